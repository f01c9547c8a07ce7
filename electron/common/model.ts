/**
 * The data model shared by every process. Pure types and constants: no I/O.
 *
 * An article's canonical plain text is the single source of truth for offsets:
 * every block, mark and (later) clip selector is a [start, end) range of UTF-16
 * code units into `ArticleContent.text`.
 */
import type { ClipSelectors } from './anchoring';

/** ISO 8601 timestamp, e.g. `2025-11-05T05:06:00.000Z`, or a plain date `2025-11-05`. */
export type IsoDate = string;

/** Where an article came from. */
export type ArticleSourceKind = 'html' | 'markdown' | 'text';

/** Metadata fields that import may guess from plain text and the user should confirm. */
export type GuessableField = 'title' | 'authors' | 'outlet' | 'published';

/** An imported source text's metadata, as listed in the library. */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string;
  authors: string[];
  /** Publication date or date-time (ISO); null when unknown. */
  published: IsoDate | null;
  /** Canonical URL when known (http/https only). */
  url: string;
  /** BCP 47 language tag when known, e.g. `en`. */
  language: string;
  importedAt: IsoDate;
  /** SHA-256 (hex) of the normalised canonical text: equal hashes mean duplicates. */
  hash: string;
  tags: string[];
  sourceKind: ArticleSourceKind;
  /** Original file name, or empty for pasted text. */
  fileName: string;
  /** Fields import guessed from the text; cleared once the user confirms the metadata. */
  guessed: GuessableField[];
  /** A short plain-text excerpt for the list. */
  excerpt: string;
  wordCount: number;
  /** Set when the article is in the trash. */
  deletedAt: IsoDate | null;
  /** Last metadata or text change. */
  updatedAt: IsoDate;
}

/** Inline formatting over a block's text, as absolute offsets into the article text. */
export interface Mark {
  type: 'em' | 'strong' | 'code' | 'link';
  start: number;
  end: number;
  /** For links only: an http, https or mailto URL. */
  href?: string;
}

export type BlockType = 'p' | 'h2' | 'h3' | 'h4' | 'blockquote' | 'li' | 'pre';

/**
 * One block of the reading view. Blocks cover the canonical text in order, separated
 * by "\n\n"; rendering the blocks reproduces the text exactly, so a selection in the
 * reader maps back to text offsets.
 */
export interface Block {
  type: BlockType;
  start: number;
  end: number;
  marks: Mark[];
  /** For list items: which kind of list, and nesting depth (0 = top level). */
  list?: 'ul' | 'ol';
  depth?: number;
}

/** A previous text of an article, kept when the user edits the text. */
export interface ArticleVersion {
  text: string;
  blocks: Block[];
  hash: string;
  replacedAt: IsoDate;
}

/** An article's body: canonical text and the blocks that structure it. */
export interface ArticleContent {
  id: string;
  text: string;
  blocks: Block[];
  versions: ArticleVersion[];
}

/** An article with its body, as opened in the reader. */
export interface Article extends ArticleMeta {
  content: ArticleContent;
}

/** What the user may change in an article's metadata. */
export interface ArticleMetaPatch {
  title?: string;
  outlet?: string;
  authors?: string[];
  published?: IsoDate | null;
  url?: string;
  language?: string;
  tags?: string[];
  /** Marks guessed metadata as checked by the user. */
  confirmed?: boolean;
}

/** One file (or a pasted text) handed to import. Bytes, never a path from the renderer. */
export interface ImportItem {
  /** File name (used for the kind of file and in messages); `pasted text` for a paste. */
  name: string;
  /** Raw bytes of the file; the importer detects the encoding. */
  data: Uint8Array;
}

export type ImportOutcome =
  | { status: 'imported'; name: string; article: ArticleMeta }
  | { status: 'duplicate'; name: string; existing: ArticleMeta }
  | { status: 'failed'; name: string; code: ImportErrorCode; message: string };

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'unsupported-type'
  | 'no-article'
  | 'too-deep'
  | 'malformed'
  | 'io';

/** The summary of one import batch. */
export interface ImportReport {
  outcomes: ImportOutcome[];
  imported: number;
  duplicates: number;
  failed: number;
}

/** Files larger than this are refused (documented in README). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** HTML nested deeper than this is refused rather than risk a stack overflow. */
export const MAX_HTML_DEPTH = 500;

/** A warning about the library that the user must see (for example a file moved aside). */
export interface LibraryWarning {
  code: 'corrupt-file' | 'newer-schema' | 'migrated';
  message: string;
  /** File concerned, relative to the library folder. */
  file: string;
  at: IsoDate;
}

export interface LibraryInfo {
  /** Absolute path of the library folder (shown to the user, never sent back as input). */
  path: string;
  articleCount: number;
  trashCount: number;
  schemaVersion: number;
  warnings: LibraryWarning[];
}

export type ArticleSort = 'published' | 'title' | 'outlet' | 'importedAt';

/** Listing options; filtering by typed text happens in the library so it scales. */
export interface ArticleQuery {
  /** Words to find in title, outlet, authors and text. */
  text?: string;
  sort?: ArticleSort;
  direction?: 'asc' | 'desc';
  /** List the trash instead of the library. */
  trash?: boolean;
}

/**
 * A command from the app menu that the window carries out. The menu cannot open the
 * window's file picker itself (Chromium requires a click inside the page), so the UI
 * answers by showing its import controls.
 */
export type AppCommand = 'import-files' | 'import-folder' | 'paste-text';

/** Change notifications main -> renderer. */
export interface LibraryEvents {
  'articles:changed': { ids: string[] };
  'clips:changed': { ids: string[]; articleIds: string[] };
  'actors:changed': { ids: string[] };
  'briefings:changed': { ids: string[] };
  'library:warning': LibraryWarning;
  /** Sent by the main process only (never by the library): a menu item was chosen. */
  'app:command': { command: AppCommand };
}
export type LibraryEventName = keyof LibraryEvents;

/** Errors crossing a process boundary are plain values the UI can show. */
export interface DossierError {
  code: string;
  message: string;
}

export function isDossierError(value: unknown): value is DossierError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DossierError).code === 'string' &&
    typeof (value as DossierError).message === 'string'
  );
}

// ---------------------------------------------------------------------------
// Clips and actors (see DESIGN.md, Clips and anchoring, Actors)

export type ActorKind = 'person' | 'state' | 'organisation' | 'military' | 'media' | 'other';

export const ACTOR_KINDS: { kind: ActorKind; label: string }[] = [
  { kind: 'person', label: 'Person' },
  { kind: 'state', label: 'State' },
  { kind: 'organisation', label: 'Organisation' },
  { kind: 'military', label: 'Military unit or asset' },
  { kind: 'media', label: 'Media outlet' },
  { kind: 'other', label: 'Other' },
];

/** A person, state, organisation... that speaks in or is spoken of in clips. */
export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names and descriptive aliases ("Peskov", "the Kremlin spokesman"). */
  aliases: string[];
  /** Role, e.g. "Kremlin spokesman". */
  role: string;
  /** Another actor this one belongs to (Peskov -> Russia). */
  affiliationId: string | null;
  description: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  /** Set when deleted (to the trash), or merged into another actor. */
  deletedAt: IsoDate | null;
  mergedInto: string | null;
}

export type ActorInput = Partial<Omit<Actor, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'mergedInto'>> & { name: string };

/**
 * A clip's place in its article, after the W3C Web Annotation selectors; the types
 * live beside the anchoring rules in `anchoring.ts`.
 */
export type { ClipSelectors, TextPositionSelector, TextQuoteSelector } from './anchoring';

export type ClipStatus = 'anchored' | 'orphaned';

/** A verbatim quote from one article, with who said it and whom it is about. */
export interface Clip {
  id: string;
  articleId: string;
  selectors: ClipSelectors;
  /** `orphaned` when the article's text changed and the quote could not be found again. */
  status: ClipStatus;
  /** Why the clip is orphaned, for the user. */
  statusReason: string;
  speakerId: string | null;
  aboutIds: string[];
  tags: string[];
  /** When the statement was made; defaults to the article's date. */
  statementDate: IsoDate | null;
  /** The note as a serialised Lexical editor state (JSON), and its plain text. */
  noteJson: string;
  noteText: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  /** Set when the clip is in the trash; briefings show such clips as missing sources. */
  deletedAt: IsoDate | null;
}

/** A clip as listed, with what the list shows of its article. */
export interface ClipListItem extends Clip {
  articleTitle: string;
  articleOutlet: string;
  articlePublished: IsoDate | null;
}

export interface ClipInput {
  articleId: string;
  start: number;
  end: number;
  speakerId?: string | null;
  aboutIds?: string[];
  tags?: string[];
  statementDate?: IsoDate | null;
  noteJson?: string;
  noteText?: string;
}

export type ClipPatch = Partial<Pick<Clip, 'speakerId' | 'aboutIds' | 'tags' | 'statementDate' | 'noteJson' | 'noteText'>>;

export interface ClipQuery {
  actorId?: string;
  speakerId?: string;
  aboutId?: string;
  tag?: string;
  articleId?: string;
  /** Inclusive ISO dates on the statement date. */
  from?: IsoDate;
  to?: IsoDate;
  status?: ClipStatus;
  /** List the clip trash instead. */
  trash?: boolean;
  /** At most this many clips (the first by date); the UI pages long lists. */
  limit?: number;
}

/** Counts over every live clip, for lists that show totals without listing every clip. */
export interface ClipSummary {
  total: number;
  tags: string[];
  byActor: Record<string, { said: number; about: number }>;
}

// ---------------------------------------------------------------------------
// Briefings (see DESIGN.md, Briefings and export)

export interface BriefingMeta {
  id: string;
  title: string;
  author: string;
  /** The briefing's date, shown on its cover. */
  date: IsoDate;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  deletedAt: IsoDate | null;
}

export interface Briefing extends BriefingMeta {
  /** The body as a serialised Lexical editor state (JSON). Clip blocks are `dossier-clip` nodes. */
  body: string;
}

export type ExportFormat = 'md' | 'html' | 'pdf';

// ---------------------------------------------------------------------------
// Suggestions: what Dossier proposes in an article, for the user to confirm.

/** A known actor named in an article. */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  matched: string;
}

/** A name the NLP found that is not in the registry yet. */
export interface ProposedActor {
  name: string;
  kind: ActorKind;
  mentions: number;
  firstAt: number;
  role?: string;
}

/** Who probably said a quote, and which rule decided it. */
export interface SpeakerSuggestion {
  name: string;
  /** The registry actor, or null when the name is a proposal. */
  actorId: string | null;
  pattern: string;
  confidence: number;
}

/** A direct quotation in the article: offsets of the text inside the quotation marks. */
export interface Quotation {
  start: number;
  end: number;
  text: string;
  /** For a quote running over several paragraphs: the range inside each paragraph. */
  parts?: { start: number; end: number }[];
}

export interface ArticleSuggestions {
  known: ActorMention[];
  proposed: ProposedActor[];
  quotations: (Quotation & { speaker: SpeakerSuggestion | null })[];
}

/** Whether a clip's quote is verbatim in its article, as export and the CLI report it. */
export interface ClipCheck {
  clipId: string;
  articleId: string;
  verbatim: boolean;
  status: ClipStatus;
  message: string;
}

/** What a briefing shows of an embedded clip: the clip now, its source and its speaker. */
export interface ClipView {
  clip: Clip;
  article: ArticleMeta;
  speaker: Actor | null;
  speakerAffiliation: Actor | null;
}

export type BriefingTemplate = 'by-actor' | 'timeline';

export interface BriefingInput {
  title?: string;
  author?: string;
  date?: IsoDate;
  body?: string;
}

/** A quote in a briefing that cannot be vouched for, listed before export. */
export interface QuoteProblem {
  clipId: string;
  kind: 'missing' | 'orphaned' | 'not-verbatim';
  message: string;
}

export type PageSize = 'A4' | 'Letter';

export interface ExportRequest {
  format: ExportFormat;
  pageSize?: PageSize;
  /** Export even though some quotes have problems (the user chose to go on). */
  force?: boolean;
}

export type ExportResult =
  | { status: 'problems'; problems: QuoteProblem[] }
  | { status: 'saved'; fileName: string; problems: QuoteProblem[] }
  | { status: 'cancelled' };
