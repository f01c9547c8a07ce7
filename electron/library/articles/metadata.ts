import { createHash, randomBytes } from 'node:crypto';
import type { ArticleMeta, ArticleMetaPatch, ArticleQuery, GuessableField } from '../../common/model';
import { libraryError } from '../errors';

/** 16 hex digits: unique enough for one library, short enough for file names and CLI use. */
export function newId(): string {
  return randomBytes(8).toString('hex');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function excerptOf(text: string, title: string): string {
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 220).replace(/\s+\S*$/, '')}…` : flat;
}

export function wordCountOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function isValidDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Applies a user's metadata edit; every edited field stops counting as guessed. */
export function applyPatch(meta: ArticleMeta, patch: ArticleMetaPatch, now: string): ArticleMeta {
  const next: ArticleMeta = { ...meta, updatedAt: now };
  const touched: GuessableField[] = [];
  if (patch.title !== undefined) {
    if (!clean(patch.title)) throw libraryError('bad-title', 'An article needs a title.');
    next.title = clean(patch.title);
    touched.push('title');
  }
  if (patch.outlet !== undefined) {
    next.outlet = clean(patch.outlet);
    touched.push('outlet');
  }
  if (patch.authors !== undefined) {
    next.authors = patch.authors.map(clean).filter(Boolean);
    touched.push('authors');
  }
  if (patch.published !== undefined) {
    const value = patch.published === null ? '' : patch.published.trim();
    if (value && !isValidDate(value)) {
      throw libraryError('bad-date', `"${patch.published}" is not a date Dossier understands; use YYYY-MM-DD.`);
    }
    next.published = value || null;
    touched.push('published');
  }
  if (patch.url !== undefined) {
    const value = patch.url.trim();
    if (value && !isWebUrl(value)) throw libraryError('bad-url', 'The URL must start with http:// or https://.');
    next.url = value;
  }
  if (patch.language !== undefined) next.language = patch.language.trim();
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map(clean).filter(Boolean))];
  next.guessed = patch.confirmed ? [] : meta.guessed.filter((f) => !touched.includes(f));
  return next;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorts a listing; unknown dates go last whichever the direction. */
export function sortArticles(list: ArticleMeta[], query: ArticleQuery): ArticleMeta[] {
  const sort = query.sort ?? 'published';
  const sign = (query.direction ?? (sort === 'title' || sort === 'outlet' ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const byDate = (a: string | null, b: string | null) => {
    if (a === b) return 0;
    if (!a) return 1;
    if (!b) return -1;
    return sign * (a < b ? -1 : 1);
  };
  return list.sort((a, b) => {
    let order = 0;
    if (sort === 'published') order = byDate(a.published, b.published);
    else if (sort === 'importedAt') order = byDate(a.importedAt, b.importedAt);
    else if (sort === 'title') order = sign * collator.compare(a.title, b.title);
    else if (sort === 'outlet') order = sign * collator.compare(a.outlet, b.outlet) || byDate(a.published, b.published);
    return order || collator.compare(a.title, b.title);
  });
}
