import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClipListItem } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ArticleClipsState {
  /** The article's clips (not in the trash), anchored and orphaned, in text order. */
  clips: ClipListItem[];
  loading: boolean;
  error: string | null;
}

const byPosition = (a: ClipListItem, b: ClipListItem) =>
  a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end;

/** The clips of one article; lists again when they change or the article's text is edited. */
export function useArticleClips(articleId: string): ArticleClipsState {
  const [state, setState] = useState<ArticleClipsState>({ clips: [], loading: true, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    getDossier()
      .clips.list({ articleId })
      .then(
        (clips) => ticket === latest.current && setState({ clips: clips.sort(byPosition), loading: false, error: null }),
        (error) => ticket === latest.current && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
      );
  }, [articleId]);

  useEffect(load, [load]);
  useLibraryEvent(
    'clips:changed',
    useCallback(({ articleIds }: { articleIds: string[] }) => articleIds.includes(articleId) && load(), [articleId, load]),
  );
  useLibraryEvent(
    'articles:changed',
    useCallback(({ ids }: { ids: string[] }) => ids.includes(articleId) && load(), [articleId, load]),
  );
  return state;
}
