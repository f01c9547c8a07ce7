import type { Actor, ClipListItem } from '../../../electron/common/model';

/** The clips panel's filters; '' means "any". */
export interface PanelFilter {
  speakerId: string;
  tag: string;
  articleId: string;
  text: string;
}

export const ANY: PanelFilter = { speakerId: '', tag: '', articleId: '', text: '' };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a clip passes the filters; the text is looked for in quote, speaker, article and tags. */
export function matchesFilter(clip: ClipListItem, filter: PanelFilter, actors: Map<string, Actor>): boolean {
  if (filter.speakerId && clip.speakerId !== filter.speakerId) return false;
  if (filter.articleId && clip.articleId !== filter.articleId) return false;
  if (filter.tag && !clip.tags.some((t) => t.toLowerCase() === filter.tag.toLowerCase())) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const speaker = clip.speakerId ? actors.get(clip.speakerId) : undefined;
  const haystack = fold(
    [clip.selectors.quote.exact, speaker?.name, ...(speaker?.aliases ?? []), clip.articleTitle, clip.articleOutlet, ...clip.tags, clip.noteText].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

/** The options the filters offer, from the clips there are. */
export function filterOptions(clips: ClipListItem[], actors: Map<string, Actor>) {
  const tags = new Map<string, string>();
  const articles = new Map<string, string>();
  const speakers = new Map<string, string>();
  for (const clip of clips) {
    for (const tag of clip.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    articles.set(clip.articleId, clip.articleTitle || 'Untitled article');
    if (clip.speakerId) speakers.set(clip.speakerId, actors.get(clip.speakerId)?.name ?? 'Unknown actor');
  }
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);
  return {
    tags: [...tags.values()].sort((a, b) => a.localeCompare(b)),
    articles: [...articles.entries()].sort(byLabel),
    speakers: [...speakers.entries()].sort(byLabel),
  };
}

export function shortQuote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
