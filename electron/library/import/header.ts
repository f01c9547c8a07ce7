import type { GuessableField } from '../../common/model';
import { hasByPrefix, splitByline } from './authors';
import { dateLine } from './dates';
import { knownOutlet, outletLike } from './outlets';

/**
 * Metadata in the first lines of a pasted article: the title (first substantial line),
 * a byline ("By X", "By X and Y" or a line of names), an outlet line ("Reuters",
 * "The Guardian | 5 November 2025") and the publication date. Lines recognised as
 * metadata are reported so they can be left out of the article body.
 */

export interface Header {
  title: string | null;
  authors: string[];
  outlet: string | null;
  published: string | null;
  /** A source link on a line of its own (http/https). */
  url: string | null;
  /** Indexes of the lines that held metadata. */
  lines: Set<number>;
  guessed: GuessableField[];
}

export interface HeaderOptions {
  /** How many non-empty lines to look at. */
  maxLines?: number;
  /** A title already known (Markdown heading, front matter): do not guess one. */
  title?: string | null;
  /** Turns a source line into plain words (Markdown strips its emphasis markers). */
  clean?: (line: string) => string;
}

const SEGMENT = /\s+[|·•‧]\s+|\s+[—–-]\s+|\s*\|\s*/;
const IGNORABLE = /^(?:\d+\s*(?:min(?:ute)?s?|m)\s+read|share|comments?|listen|save|print|follow|\d+\s+comments?)$/i;
const MAX_TITLE = 200;
/** Longer lines are body text; they end the header (and are never scanned by patterns). */
const MAX_LINE = 300;

type Piece =
  | { kind: 'date'; value: string; updated: boolean }
  | { kind: 'byline'; authors: string[]; outlet: string | null }
  | { kind: 'outlet'; name: string }
  | { kind: 'url'; url: string }
  | { kind: 'ignore' };

function classify(segment: string, namesAllowed: boolean, besideDate: boolean): Piece | null {
  if (IGNORABLE.test(segment)) return { kind: 'ignore' };
  const url = /^(?:source:\s*)?(https?:\/\/\S+)$/i.exec(segment);
  if (url) return { kind: 'url', url: url[1]! };
  const date = dateLine(segment);
  if (date) return { kind: 'date', value: date.value, updated: date.updated };
  const known = knownOutlet(segment);
  if (known) return { kind: 'outlet', name: known };
  if (hasByPrefix(segment)) {
    const byline = splitByline(segment, true);
    if (byline) return { kind: 'byline', ...byline };
  }
  // Beside a date, a short name is an author or an outlet; alone, only a line of names
  // right after the title or other metadata counts (headlines are capitalised like names).
  // A line shaped like an outlet's name ("Meridian Wire", "The Northern Ledger") is an
  // outlet, not another author, even on its own line after the byline.
  if ((besideDate || namesAllowed) && (outletLike(segment) || /^The\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$/u.test(segment))) {
    return { kind: 'outlet', name: segment };
  }
  if (namesAllowed || besideDate) {
    const byline = splitByline(segment, true);
    if (byline?.authors.length) return { kind: 'byline', ...byline };
  }
  if (besideDate && segment.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(segment)) return { kind: 'outlet', name: segment };
  return null;
}

/** The pieces of a metadata line, or null when the line is (partly) something else. */
function metadataLine(line: string, namesAllowed: boolean): Piece[] | null {
  const whole = dateLine(line); // before splitting: "Nov. 5, 2025 - 5:06 p.m." is one date
  if (whole) return [{ kind: 'date', value: whole.value, updated: whole.updated }];
  const segments = line.split(SEGMENT).map((s) => s.trim()).filter(Boolean);
  if (segments.length === 0 || segments.length > 5) return null;
  const besideDate = segments.length > 1 && segments.some((s) => dateLine(s));
  const pieces: Piece[] = [];
  for (const segment of segments) {
    const piece = classify(segment, namesAllowed, besideDate);
    if (!piece) return null;
    pieces.push(piece);
  }
  return pieces.every((p) => p.kind === 'ignore') ? null : pieces;
}

function titleLike(line: string): boolean {
  return line.length >= 2 && line.length <= MAX_TITLE && /\p{L}/u.test(line) && !/^https?:\/\//i.test(line);
}

function nextIsDate(lines: string[], index: number, clean: (line: string) => string): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    return lines[i]!.length <= MAX_LINE && dateLine(clean(lines[i]!)) !== null;
  }
  return false;
}

export function detectHeader(lines: string[], options: HeaderOptions = {}): Header {
  const clean = options.clean ?? ((line: string) => line.trim());
  const header: Header = { title: options.title ?? null, authors: [], outlet: null, published: null, url: null, lines: new Set(), guessed: [] };
  let updated: string | null = null;
  let seen = 0;
  let otherLines = 0;
  for (let i = 0; i < lines.length && seen < (options.maxLines ?? 8); i++) {
    if (!lines[i]!.trim()) continue;
    if (lines[i]!.length > MAX_LINE) break; // a body paragraph: the header is over
    const line = clean(lines[i]!);
    if (!line) continue;
    // The title already known (a Markdown heading) is neither metadata nor body.
    if (options.title && line === options.title && !header.lines.size) continue;
    seen++;
    // Names count right after the title or other metadata, or (after a standfirst) when a date follows.
    const namesAllowed = header.title !== null && (otherLines === 0 || nextIsDate(lines, i, clean));
    const pieces = metadataLine(line, namesAllowed);
    if (pieces) {
      header.lines.add(i);
      for (const piece of pieces) {
        if (piece.kind === 'date') {
          if (piece.updated) updated ??= piece.value;
          else header.published ??= piece.value;
        } else if (piece.kind === 'outlet') {
          header.outlet ??= piece.name;
        } else if (piece.kind === 'byline') {
          for (const a of piece.authors) if (!header.authors.includes(a)) header.authors.push(a);
          if (piece.outlet) header.outlet ??= piece.outlet;
        } else if (piece.kind === 'url') {
          header.url ??= piece.url;
        }
      }
      continue;
    }
    if (header.title === null && titleLike(line)) {
      header.title = line;
      header.lines.add(i);
      header.guessed.push('title');
      continue;
    }
    // A standfirst may sit between the title and the byline; a second ordinary line is the body.
    if (++otherLines >= 2 || header.title === null) break;
  }
  header.published ??= updated;
  if (header.authors.length) header.guessed.push('authors');
  if (header.outlet) header.guessed.push('outlet');
  if (header.published) header.guessed.push('published');
  return header;
}

const WIRE_DATELINE = /^\p{Lu}[\p{L} .,'’-]{1,40}?\s*\((Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Interfax|UPI|EFE|ANSA|Kyodo|Yonhap)\)\s*[-–—]/u;

/** "KYIV (Reuters) -" at the start of the body names the wire service that wrote it. */
export function wireDateline(paragraph: string): string | null {
  return WIRE_DATELINE.exec(paragraph)?.[1] ?? null;
}
