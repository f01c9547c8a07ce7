import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ArticleState {
  article: Article | null;
  loading: boolean;
  error: string | null;
}

/** Opens one article with its text; opens it again when it changes. */
export function useArticle(id: string | null): ArticleState {
  const [state, setState] = useState<ArticleState>({ article: null, loading: id !== null, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    if (id === null) {
      setState({ article: null, loading: false, error: null });
      return;
    }
    setState((s) => ({ article: s.article?.id === id ? s.article : null, loading: true, error: null }));
    getDossier()
      .articles.get(id)
      .then(
        (article) => ticket === latest.current && setState({ article, loading: false, error: null }),
        (error) => ticket === latest.current && setState({ article: null, loading: false, error: errorMessage(error) }),
      );
  }, [id]);

  useEffect(load, [load]);
  useLibraryEvent(
    'articles:changed',
    useCallback(({ ids }: { ids: string[] }) => id !== null && ids.includes(id) && load(), [id, load]),
  );
  return state;
}
