import MiniSearch from 'minisearch';
import type { ArticleMeta } from '../../common/model';

/** Folds case and accents so "Peña" is found by typing "pena". */
function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The filter behind the library's search box: every typed word must start a word of the
 * article's title, outlet, authors, tags or excerpt. Built on first use, then kept in step.
 */
export class ArticleSearch {
  private index: MiniSearch<ArticleMeta> | null = null;

  constructor(private readonly source: () => Iterable<ArticleMeta>) {}

  private build(): MiniSearch<ArticleMeta> {
    const index = new MiniSearch<ArticleMeta>({
      fields: ['title', 'outlet', 'authors', 'tags', 'excerpt'],
      extractField: (doc, field) => {
        const value = doc[field as keyof ArticleMeta];
        return Array.isArray(value) ? value.join(' ') : String(value ?? '');
      },
      processTerm: (term) => fold(term),
      searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 3, authors: 2, outlet: 2 } },
    });
    index.addAll([...this.source()]);
    return index;
  }

  /** Ids of matching articles, best match first. */
  match(text: string): Set<string> {
    this.index ??= this.build();
    return new Set(this.index.search(text).map((r) => r.id as string));
  }

  /** Keeps the index in step with a changed or new article (no-op until first search). */
  upsert(meta: ArticleMeta): void {
    if (!this.index) return;
    if (this.index.has(meta.id)) this.index.discard(meta.id);
    this.index.add(meta);
  }

  remove(id: string): void {
    if (this.index?.has(id)) this.index.discard(id);
  }
}
