import type { Block } from '../../common/model';
import type { Canonical } from './blocks';
import { detectHeader, wireDateline } from './header';
import type { ParsedArticle } from './types';

/** Line endings of every platform become "\n"; a BOM, if decoding left one, goes. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/**
 * Paragraphs of plain text: separated by blank lines, or, when a text has no blank line
 * at all (as many copy-pastes from web pages come), one per line. Runs of spaces collapse;
 * line breaks inside a paragraph stay.
 */
export function paragraphsOf(lines: string[]): string[] {
  const trimmed = lines.map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim());
  const first = trimmed.findIndex(Boolean);
  const last = trimmed.findLastIndex(Boolean);
  let hasBlank = false;
  for (let i = first + 1; i < last && !hasBlank; i++) hasBlank = !trimmed[i];
  if (!hasBlank) return trimmed.filter(Boolean);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of trimmed) {
    if (line) current.push(line);
    else if (current.length) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join('\n'));
  return paragraphs;
}

/** Paragraph blocks over their text joined by blank lines. */
export function paragraphBlocks(paragraphs: string[]): Canonical {
  const blocks: Block[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    blocks.push({ type: 'p', start: offset, end: offset + p.length, marks: [] });
    offset += p.length + 2;
  }
  return { text: paragraphs.join('\n\n'), blocks };
}

/** A title when none was found: the start of the text, cut at a word. */
export function fallbackTitle(text: string, fileTitle: string): string {
  if (fileTitle) return fileTitle;
  const first = text.trim().split('\n', 1)[0]!.trim();
  if (first.length <= 80) return first;
  const cut = first.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

export function parseText(source: string, fileTitle: string): ParsedArticle | null {
  const lines = normalizeNewlines(source).split('\n');
  const header = detectHeader(lines);
  const body = paragraphsOf(lines.filter((_line, i) => !header.lines.has(i)));
  if (body.length === 0) {
    // Only a title (or a one-line note): keep it as the text rather than lose it.
    if (!header.title) return null;
    body.push(header.title);
  }
  const { text, blocks } = paragraphBlocks(body);
  const guessed = [...header.guessed];
  let outlet = header.outlet;
  if (!outlet && (outlet = wireDateline(body[0]!))) guessed.push('outlet');
  let title = header.title;
  if (!title) {
    title = fallbackTitle(text, fileTitle);
    guessed.unshift('title');
  }
  return {
    title,
    outlet: outlet ?? '',
    authors: header.authors,
    published: header.published,
    url: header.url ?? '',
    language: '',
    sourceKind: 'text',
    guessed,
    text,
    blocks,
  };
}
