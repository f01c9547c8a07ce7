/**
 * Anchoring a clip into its article's canonical text, after the W3C Web Annotation
 * model: a TextQuoteSelector (exact + context) and a TextPositionSelector (offsets).
 *
 * Re-anchoring tries the stored position, then the exact quote with its context, then a
 * fuzzy match. A fuzzy match that is not clearly the same passage leaves the clip
 * orphaned: it must never silently move to a look-alike passage.
 */
import approxSearch from 'approx-string-match';

/** How many characters of context a quote selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface ClipSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; confidence: number }
  | { status: 'orphaned'; reason: string; best: { start: number; end: number; confidence: number } | null };

/** Below this, a fuzzy match is not trusted and the clip is orphaned. */
export const FUZZY_THRESHOLD = 0.85;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves offsets off the middle of a surrogate pair (emoji and other non-BMP characters). */
export function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  if (start > 0 && start < text.length && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
  return [start, end];
}

/** Describes the passage [start, end) of a text as the selector pair a clip stores. */
export function describeRange(text: string, start: number, end: number): ClipSelectors {
  [start, end] = snapToCodePoints(text, start, end);
  const [prefixStart] = snapToCodePoints(text, Math.max(0, start - CONTEXT_LENGTH), start);
  const [, suffixEnd] = snapToCodePoints(text, end, Math.min(text.length, end + CONTEXT_LENGTH));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** How alike two strings are, 0..1, allowing edits (1 = identical). */
function similarity(pattern: string, window: string): number {
  if (!pattern.length) return 1;
  if (!window.length) return 0;
  const matches = approxSearch(window, pattern, pattern.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : pattern.length;
  return Math.max(0, 1 - errors / pattern.length);
}

/** How well the text around [start, end) matches the stored prefix and suffix, 0..1. */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const { prefix, suffix } = quote;
  if (!prefix && !suffix) return 1;
  const before = text.slice(Math.max(0, start - prefix.length - 4), start);
  const after = text.slice(end, end + suffix.length + 4);
  const p = prefix ? similarity(prefix, before) : 1;
  const s = suffix ? similarity(suffix, after) : 1;
  return (p * prefix.length + s * suffix.length) / (prefix.length + suffix.length);
}

function allIndexes(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Finds where a clip now sits in (possibly edited) text, or says it is orphaned. */
export function anchorClip(text: string, selectors: ClipSelectors): AnchorResult {
  const { quote, position } = selectors;
  const { exact } = quote;
  if (!exact) return { status: 'orphaned', reason: 'The clip has no quote.', best: null };

  // 1. The stored position still holds the quote, in the same surroundings.
  if (text.slice(position.start, position.end) === exact) {
    const context = contextScore(text, position.start, position.end, quote);
    if (context >= 0.5 || allIndexes(text, exact).length === 1) {
      return { status: 'anchored', start: position.start, end: position.end, method: 'position', confidence: 1 };
    }
  }

  // 2. The quote appears verbatim: pick the occurrence whose context matches best.
  const exactHits = allIndexes(text, exact).map((start) => ({
    start,
    context: contextScore(text, start, start + exact.length, quote),
    distance: Math.abs(start - position.start),
  }));
  if (exactHits.length === 1) {
    // A verbatim quote that appears once is the quote, even if its surroundings were rewritten.
    const [hit] = exactHits;
    const confidence = hit.context >= 0.5 ? 1 : 0.9;
    return { status: 'anchored', start: hit.start, end: hit.start + exact.length, method: 'quote', confidence };
  }
  if (exactHits.length > 1) {
    exactHits.sort((a, b) => b.context - a.context || a.distance - b.distance);
    const [best, second] = exactHits;
    // A repeated passage is only told apart by its context; if that is not clear, say so.
    if (best.context >= 0.5 && best.context - second.context >= 0.1) {
      return { status: 'anchored', start: best.start, end: best.start + exact.length, method: 'quote', confidence: best.context };
    }
    return {
      status: 'orphaned',
      reason: `The quote now appears ${exactHits.length} times and its surroundings changed, so Dossier cannot tell which one it was.`,
      best: { start: best.start, end: best.start + exact.length, confidence: best.context },
    };
  }

  // 3. The quote itself was edited: accept only a close match in matching surroundings.
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - FUZZY_THRESHOLD)) + 1);
  const candidates = approxSearch(text, exact, maxErrors).map((m) => {
    const [start, end] = snapToCodePoints(text, m.start, m.end);
    const quoteScore = 1 - m.errors / exact.length;
    const context = contextScore(text, start, end, quote);
    return { start, end, quoteScore, confidence: quoteScore * 0.75 + context * 0.25 };
  });
  candidates.sort((a, b) => b.confidence - a.confidence);
  const best = candidates[0];
  if (best && best.quoteScore >= FUZZY_THRESHOLD && best.confidence >= FUZZY_THRESHOLD) {
    const rival = candidates.find((c) => c.start !== best.start && Math.abs(c.confidence - best.confidence) < 0.02);
    if (!rival) return { status: 'anchored', start: best.start, end: best.end, method: 'fuzzy', confidence: best.confidence };
  }
  return {
    status: 'orphaned',
    reason: best
      ? `The quoted passage changed too much (best match ${Math.round(best.confidence * 100)}% alike); check it and clip it again.`
      : 'The quoted passage is no longer in the article.',
    best: best ? { start: best.start, end: best.end, confidence: best.confidence } : null,
  };
}
