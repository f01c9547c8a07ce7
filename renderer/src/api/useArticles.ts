import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleMeta, ArticleQuery } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ArticlesState {
  articles: ArticleMeta[];
  /** True until the first answer for the current query arrives. */
  loading: boolean;
  error: string | null;
}

/** Lists articles (or the trash) for a query, and lists again whenever the library changes. */
export function useArticles(query: ArticleQuery): ArticlesState {
  const { text, sort, direction, trash } = query;
  const [state, setState] = useState<ArticlesState>({ articles: [], loading: true, error: null });
  // Answers can arrive out of order while the user types: only the latest one counts.
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    getDossier()
      .articles.list({ text: text || undefined, sort, direction, trash })
      .then(
        (articles) => ticket === latest.current && setState({ articles, loading: false, error: null }),
        (error) =>
          ticket === latest.current && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
      );
  }, [text, sort, direction, trash]);

  useEffect(load, [load]);
  useLibraryEvent('articles:changed', load);
  return state;
}
