import type { ClipQuery, ClipStatus } from '../../../electron/common/model';

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

