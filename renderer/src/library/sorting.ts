import type { ArticleSort } from '../../../electron/common/model';

export type Direction = 'asc' | 'desc';

export const SORT_LABELS: Record<ArticleSort, string> = {
  published: 'Date',
  title: 'Title',
  outlet: 'Outlet',
  importedAt: 'Date imported',
};

/** The order a person expects first: newest dates, alphabetical names. */
export function defaultDirection(sort: ArticleSort): Direction {
  return sort === 'title' || sort === 'outlet' ? 'asc' : 'desc';
}

export function directionLabel(sort: ArticleSort, direction: Direction): string {
  const byDate = sort === 'published' || sort === 'importedAt';
  if (byDate) return direction === 'desc' ? 'Newest first' : 'Oldest first';
  return direction === 'asc' ? 'A to Z' : 'Z to A';
}
