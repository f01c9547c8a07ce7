import { useCallback, useRef } from 'react';
import type { ArticleMeta } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useToast } from './Toasts';

export interface TrashWithUndo {
  /** Moves articles to the trash and offers Undo. */
  trash(articles: ArticleMeta[]): Promise<boolean>;
  /** Restores what the last trash() moved; false when there is nothing to undo. */
  undo(): boolean;
}

/** Delete is cheap to reverse: a toast with Undo, and Ctrl+Z right after. */
export function useTrashWithUndo(onRestored: (ids: string[]) => void): TrashWithUndo {
  const api = useApi();
  const notify = useToast();
  const last = useRef<string[] | null>(null);

  const restore = useCallback(
    (ids: string[]) => {
      if (last.current === ids) last.current = null;
      api.articles.restore(ids).then(
        () => {
          notify({ message: ids.length === 1 ? 'Restored the article.' : `Restored ${ids.length} articles.` });
          onRestored(ids);
        },
        (e) => notify({ message: errorMessage(e), tone: 'error' }),
      );
    },
    [api, notify, onRestored],
  );

  const trash = useCallback(
    async (articles: ArticleMeta[]) => {
      const ids = articles.map((a) => a.id);
      try {
        await api.articles.trash(ids);
      } catch (e) {
        notify({ message: errorMessage(e), tone: 'error' });
        return false;
      }
      last.current = ids;
      const what = articles.length === 1 ? `“${articles[0].title}”` : `${articles.length} articles`;
      notify({ message: `Moved ${what} to the trash.`, action: { label: 'Undo', run: () => restore(ids) } });
      return true;
    },
    [api, notify, restore],
  );

  const undo = useCallback(() => {
    if (!last.current) return false;
    restore(last.current);
    return true;
  }, [restore]);

  return { trash, undo };
}
