/**
 * Finding the direct quotations of an article. Curly and straight double marks, quotes
 * nested inside them, and British-style single quotes; apostrophes (don't, Aldmark's,
 * six days' notice) are not quotation marks. The news convention for a quote that runs
 * over several paragraphs (an opening mark at the start of each paragraph, a closing
 * mark only at the end of the last) gives one quotation.
 */
import type { Quotation } from '../../common/model';

/** A [start, end) range of the article text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A quotation with where its marks are: `open` is the opening mark, `close` the index after the closing mark. */
export interface QuotationSpan extends Quotation {
  /** The inside of each paragraph of a multi-paragraph quotation (one range otherwise). */
  parts: TextRange[];
  open: number;
  close: number;
}

interface Segment {
  open: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** A single mark after a word and before a non-letter closes a quote; between letters it is an apostrophe. */
const closesSingle = (prev: string | undefined, next: string | undefined) => !isSpace(prev) && !isWordChar(next);
const opensSingle = (prev: string | undefined, next: string | undefined) => !isWordChar(prev) && /\p{L}/u.test(next ?? '');

function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const breaks = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => r.end > r.start);
}

/**
 * The top-level quotations of one paragraph. `ignore` holds opening marks found to be
 * apostrophes on an earlier pass (a single mark that never closed, as in '70s).
 */
function scanParagraph(text: string, range: TextRange, ignore: Set<number>): { segments: Segment[]; strayOpen: number | null } {
  const segments: Segment[] = [];
  let top: { at: number; double: boolean; straight: boolean } | null = null;
  let nested: { double: boolean; straight: boolean } | null = null;
  for (let i = range.start; i < range.end; i++) {
    const c = text[i];
    if (c !== '"' && c !== "'" && !OPEN_DOUBLE.has(c) && !CLOSE_DOUBLE.has(c) && c !== '‘' && c !== '’') continue;
    const prev = i > range.start ? text[i - 1] : undefined;
    const next = i + 1 < range.end ? text[i + 1] : undefined;
    const close = () => {
      segments.push({ open: top!.at, innerStart: top!.at + 1, innerEnd: i, closed: true });
      top = null;
      nested = null;
    };
    if (!top) {
      if (ignore.has(i)) continue;
      if (OPEN_DOUBLE.has(c) || (c === '"' && !isSpace(next)) || (c === '”' && isSpace(prev) && !isSpace(next))) {
        top = { at: i, double: true, straight: c === '"' };
      } else if ((c === '‘' && !isWordChar(prev)) || (c === "'" && opensSingle(prev, next))) {
        top = { at: i, double: false, straight: c === "'" };
      }
    } else if (top.double) {
      const closesTop = top.straight ? c === '"' && !nested?.double : CLOSE_DOUBLE.has(c);
      if (nested && !nested.double && (c === '’' || c === "'") && closesSingle(prev, next)) nested = null;
      else if (nested?.double && c === '"') nested = null;
      else if (closesTop) close();
      else if (!nested && ((c === '‘' && !isWordChar(prev)) || (c === "'" && opensSingle(prev, next)))) nested = { double: false, straight: c === "'" };
      else if (!nested && c === '"' && !top.straight) nested = { double: true, straight: true };
    } else {
      if (nested && (CLOSE_DOUBLE.has(c) || c === '"')) nested = null;
      else if (!nested && (OPEN_DOUBLE.has(c) || c === '"')) nested = { double: true, straight: c === '"' };
      else if (!nested && (c === '’' || c === "'") && closesSingle(prev, next)) close();
    }
  }
  const open = top as { at: number; double: boolean } | null;
  if (open && !open.double) return { segments, strayOpen: open.at };
  if (open) {
    let end = range.end;
    while (end > open.at + 1 && /\s/.test(text[end - 1])) end--;
    segments.push({ open: open.at, innerStart: open.at + 1, innerEnd: end, closed: false });
  }
  return { segments, strayOpen: null };
}

function paragraphSegments(text: string, range: TextRange): Segment[] {
  const ignore = new Set<number>();
  for (;;) {
    const { segments, strayOpen } = scanParagraph(text, range, ignore);
    if (strayOpen === null) return segments;
    ignore.add(strayOpen);
  }
}

function firstNonSpace(text: string, range: TextRange): number {
  let i = range.start;
  while (i < range.end && /\s/.test(text[i])) i++;
  return i;
}

/** Every direct quotation in an article's canonical text, in order, with the positions of its marks. */
export function findQuotationSpans(text: string): QuotationSpan[] {
  const all: (Segment & { paragraph: number; leads: boolean; last: boolean })[] = [];
  paragraphRanges(text).forEach((range, paragraph) => {
    const segments = paragraphSegments(text, range);
    const lead = firstNonSpace(text, range);
    segments.forEach((segment, i) => all.push({ ...segment, paragraph, leads: segment.open === lead, last: i === segments.length - 1 }));
  });
  const spans: QuotationSpan[] = [];
  for (let i = 0; i < all.length; i++) {
    const parts = [all[i]];
    // A quote left open at the end of a paragraph continues when the next paragraph opens with a mark.
    for (let tail = all[i]; !tail.closed && tail.last; tail = all[i]) {
      const following = all[i + 1];
      if (!following || following.paragraph !== tail.paragraph + 1 || !following.leads) break;
      parts.push(following);
      i++;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!text.slice(first.innerStart, last.innerEnd).trim()) continue;
    spans.push({
      start: first.innerStart,
      end: last.innerEnd,
      text: text.slice(first.innerStart, last.innerEnd),
      parts: parts.map((part) => ({ start: part.innerStart, end: part.innerEnd })),
      open: first.open,
      close: last.closed ? last.innerEnd + 1 : last.innerEnd,
    });
  }
  return spans;
}

/**
 * Every direct quotation in an article's canonical plain text: `start`/`end` are the text
 * inside the marks. A multi-paragraph quotation is one quotation whose `parts` give the
 * inside of each paragraph.
 */
export function findQuotations(text: string): (Quotation & { parts: TextRange[] })[] {
  return findQuotationSpans(text).map(({ start, end, text: inner, parts }) => ({ start, end, text: inner, parts }));
}
