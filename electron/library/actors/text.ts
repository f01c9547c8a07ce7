/**
 * The shape of an article's text that the suggestion rules read: paragraphs, sentences
 * and words, with every quotation masked out so that no rule ever takes a word spoken
 * inside a quote ("according to your own map") for an attribution around it.
 */
import { findQuotationSpans, type QuotationSpan, type TextRange } from './quotations';

/** Replaces quoted text (marks included) in the masked copy; never found in article text. */
export const MASK = '\u0001';

export interface Sentence extends TextRange {
  paragraph: number;
}

export interface Token extends TextRange {
  text: string;
  lower: string;
  /** A word (letters/digits), a masked quotation, or one punctuation character. */
  type: 'word' | 'quote' | 'punct';
}

export interface Dateline {
  /** Where the body of the paragraph starts, after the dash. */
  end: number;
  city: TextRange;
  /** The other comma-separated names before the dash ("ORSANNE, Serravel, March 14 -"). */
  regions: TextRange[];
}

export interface TextModel {
  text: string;
  masked: string;
  quotations: QuotationSpan[];
  paragraphs: TextRange[];
  sentences: Sentence[];
  datelines: Dateline[];
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt col capt cmdr adm sgt maj rep sen gov st jr sr no vs etc inc ltd corp co
   jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est`.split(/\s+/),
);

const HONORIFICS = new Set('mr mrs ms dr prof gen lt col capt cmdr adm sgt maj rep sen gov st rev'.split(' '));

const TOKEN_RE = /\u0001+|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\u0001]/gu;

/** Words, masked quotations and punctuation of masked[start, end). */
export function tokenize(masked: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = start;
  for (let m = TOKEN_RE.exec(masked); m && m.index < end; m = TOKEN_RE.exec(masked)) {
    const text = m[0].slice(0, end - m.index);
    const type = text[0] === MASK ? 'quote' : /[\p{L}\p{N}]/u.test(text[0]) ? 'word' : 'punct';
    const token: Token = { text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length, type };
    // "Mr. Reeves", "Gen. Dorrek": the full stop of a title belongs to it and ends nothing.
    if (type === 'word' && masked[token.end] === '.' && token.end < end && HONORIFICS.has(token.lower)) {
      token.text += '.';
      token.end += 1;
      TOKEN_RE.lastIndex = token.end;
    }
    tokens.push(token);
  }
  return tokens;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
export const isPossessive = (word: string) => /['’]s$/i.test(word) && word.length > 2;
export const stripPossessive = (word: string) => (isPossessive(word) ? word.slice(0, -2) : word);

function paragraphsOf(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const breaks = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (m.index > start) ranges.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (text.length > start) ranges.push({ start, end: text.length });
  return ranges;
}

const DATELINE_RE = /^(\p{Lu}[\p{Lu}'’.\- ]*\p{Lu})((?:,\s*[^,\n—–]{1,40}?){0,3})\s+[—–-]\s+/u;
const DATE_PART_RE = /^\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+|\d{4})\b/u;

/** "ORSANNE, Serravel, March 14 - " at the start of a paragraph. */
function datelineOf(text: string, paragraph: TextRange): Dateline | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
  const m = DATELINE_RE.exec(head);
  if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 3) return null;
  const regions: TextRange[] = [];
  let at = paragraph.start + m[1].length;
  for (const part of m[2].split(',').slice(1)) {
    at += 1;
    const name = part.trim();
    if (name && !DATE_PART_RE.test(part) && /^\p{Lu}/u.test(name)) {
      const start = at + part.indexOf(name);
      regions.push({ start, end: start + name.length });
    }
    at += part.length;
  }
  return { end: paragraph.start + m[0].length, city: { start: paragraph.start, end: paragraph.start + m[1].length }, regions };
}

/** Whether the sentence goes on after position `at` (the next visible character starts a new one). */
function startsNewSentence(masked: string, at: number): boolean {
  const rest = /^[)\]]*(\s*)(.?)/su.exec(masked.slice(at, at + 8))!;
  const [, space, next] = rest;
  if (next === '' || next === '\n') return true;
  if (!space) return false;
  return /[\p{Lu}\p{N}(\u0001“"‘'„«]/u.test(next);
}

function sentenceEnds(model: Omit<TextModel, 'sentences'>, range: TextRange): number[] {
  const { masked } = model;
  const ends: number[] = [];
  const punct = /[.?!…]+/g;
  punct.lastIndex = range.start;
  for (let m = punct.exec(masked); m && m.index < range.end; m = punct.exec(masked)) {
    const end = m.index + m[0].length;
    if (!startsNewSentence(masked, end)) continue;
    if (m[0] === '.') {
      const word = /([\p{L}]+)$/u.exec(masked.slice(Math.max(range.start, m.index - 12), m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    ends.push(end);
  }
  for (const q of model.quotations) {
    if (q.open < range.start || q.open >= range.end) continue;
    const last = q.text.replace(/[\s’'”"]+$/u, '').slice(-1);
    if (/[.?!…]/.test(last) && startsNewSentence(masked, q.close)) ends.push(q.close);
  }
  return ends.sort((a, b) => a - b);
}

/** Reads an article's text once: quotations, masked copy, paragraphs, datelines, sentences. */
export function readText(text: string): TextModel {
  const quotations = findQuotationSpans(text);
  const chars = text.split('');
  for (const q of quotations) for (let i = q.open; i < q.close; i++) chars[i] = MASK;
  const masked = chars.join('');
  const paragraphs = paragraphsOf(masked);
  const datelines: Dateline[] = [];
  const partial = { text, masked, quotations, paragraphs, datelines };
  const sentences: Sentence[] = [];
  paragraphs.forEach((range, paragraph) => {
    const dateline = datelineOf(text, range);
    if (dateline) datelines.push(dateline);
    let start = dateline ? dateline.end : range.start;
    for (const end of [...sentenceEnds(partial, { start, end: range.end }), range.end]) {
      if (end <= start) continue;
      const slice = masked.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      const trail = slice.length - slice.trimEnd().length;
      if (end - trail > start + lead) sentences.push({ start: start + lead, end: end - trail, paragraph });
      start = end;
    }
  });
  return { ...partial, sentences };
}

/** Index of the sentence holding position `at` (or the last one before it). */
export function sentenceIndexAt(model: TextModel, at: number): number {
  let lo = 0;
  let hi = model.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (model.sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
