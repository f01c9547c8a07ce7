import type { ImportItem } from '../../common/model';
import { checkBytes } from './checks';
import { decodeHtml, decodeText } from './decode';
import { failures } from './errors';
import { parseHtml } from './html';
import { isPaste, kindOfName, looksLikeHtml } from './kind';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import type { ParseResult } from './types';

/** "Naval build-up.html" -> "Naval build-up": a last-resort title. */
function fileTitleOf(name: string): string {
  if (isPaste(name)) return '';
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).replace(/[_]+/g, ' ').trim();
}

/**
 * Reads one file (or paste) into an article, or says in the user's words why it cannot.
 * Synchronous and self-contained: it never touches the library, the disk or the network,
 * and never throws for bad input (an unexpected failure becomes a `malformed` result).
 */
export function parseImportItem(item: ImportItem): ParseResult {
  const kind = kindOfName(item.name);
  if (!kind) return failures.unsupported(item.name);
  const refused = checkBytes(item.data);
  if (refused) return refused;

  const paste = isPaste(item.name);
  const decoded = kind === 'html' ? decodeHtml(item.data) : decodeText(item.data);
  if (!decoded.text.trim()) return failures.empty(paste);

  const fileTitle = fileTitleOf(item.name);
  try {
    const result =
      kind === 'html' || (paste && looksLikeHtml(decoded.text))
        ? parseHtml(decoded.text, fileTitle)
        : kind === 'markdown'
          ? parseMarkdown(decoded.text, fileTitle)
          : parseText(decoded.text, fileTitle);
    if (!result) return failures.empty(paste);
    return 'ok' in result ? result : { ok: true, article: result };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return failures.tooDeep();
    const detail = error instanceof Error ? error.message.split('\n', 1)[0]!.slice(0, 120) : String(error);
    return failures.malformed(detail);
  }
}
