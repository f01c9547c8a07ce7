import type { Actor, ClipListItem } from '../../../electron/common/model';
import { formatDate } from '../app/format';

/** The verbatim quote of a clip. */
export const quoteOf = (clip: ClipListItem): string => clip.selectors.quote.exact;

/** When the statement was made, falling back on the article's date. */
export const dateOf = (clip: ClipListItem): string => formatDate(clip.statementDate ?? clip.articlePublished);

/** "Title, Outlet" for a clip's article. */
export const sourceOf = (clip: ClipListItem): string =>
  [clip.articleTitle || 'Untitled article', clip.articleOutlet].filter(Boolean).join(', ');

/** The speaker's name, or what to say when there is none. */
export function speakerName(clip: ClipListItem, byId: Map<string, Actor>): string {
  if (!clip.speakerId) return 'No speaker';
  return byId.get(clip.speakerId)?.name ?? 'Unknown actor';
}

/** A short form of a quote for labels ("Select clip: …"). */
export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
