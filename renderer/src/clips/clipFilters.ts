import type { ClipListItem, ClipQuery, ClipStatus } from '../../../electron/common/model';

/** The clip view's filters as the form holds them: '' means "any". */
export interface ClipFilterValues {
  actorId: string;
  speakerId: string;
  tag: string;
  articleId: string;
  from: string;
  to: string;
  status: '' | ClipStatus;
}

export const NO_FILTERS: ClipFilterValues = { actorId: '', speakerId: '', tag: '', articleId: '', from: '', to: '', status: '' };

export function hasFilters(values: ClipFilterValues): boolean {
  return Object.values(values).some(Boolean);
}

/** The library query for the filters; a reversed date range is read the way the user meant it. */
export function queryOf(values: ClipFilterValues): ClipQuery {
  let { from, to } = values;
  if (from && to && from > to) [from, to] = [to, from];
  const query: ClipQuery = {
    actorId: values.actorId,
    speakerId: values.speakerId,
    tag: values.tag,
    articleId: values.articleId,
    from,
    to,
    status: values.status || undefined,
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as ClipQuery;
}

/** Every tag used on clips, in alphabetical order, one per spelling ignoring case. */
export function tagsOf(clips: ClipListItem[]): string[] {
  const seen = new Map<string, string>();
  for (const clip of clips) for (const tag of clip.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
