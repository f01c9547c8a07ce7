import type { ArticleSourceKind, Block, GuessableField, ImportErrorCode } from '../../common/model';

/** What import makes of one file, before the library stores it. */
export interface ParsedArticle {
  title: string;
  outlet: string;
  authors: string[];
  /** ISO date or date-time, or null when none was found. */
  published: string | null;
  /** http(s) URL or ''. */
  url: string;
  /** BCP 47 tag or ''. */
  language: string;
  sourceKind: ArticleSourceKind;
  /** Metadata that was guessed from plain text rather than read from structured data. */
  guessed: GuessableField[];
  /** The canonical plain text: blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
}

export type ParseResult =
  | { ok: true; article: ParsedArticle }
  | { ok: false; code: ImportErrorCode; message: string };
