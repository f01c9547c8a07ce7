import type { Actor, Clip } from '../../../electron/common/model';

/** A quote shortened for labels and lists. */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** What a clip's highlight and its "open" button say: `clip by Mattias Reinholt: “We have…”`. */
export function clipLabel(clip: Clip, byId: Map<string, Actor>): string {
  const speaker = clip.speakerId ? byId.get(clip.speakerId)?.name : undefined;
  return `clip${speaker ? ` by ${speaker}` : ''}: “${shortQuote(clip.selectors.quote.exact, 48)}”`;
}
