import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClipListItem, ClipQuery } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ClipListState {
  clips: ClipListItem[];
  /** True until the first answer for the current query arrives. */
  loading: boolean;
  error: string | null;
}

/** Drops empty filters: the library treats a present-but-empty filter as a filter. */
function cleanQuery(query: ClipQuery): ClipQuery {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== false));
}

/**
 * Clips matching a filter, oldest statement first; lists again when clips, their
 * articles (titles, trash) or the query change.
 */
export function useClipList(query: ClipQuery): ClipListState {
  const key = JSON.stringify(cleanQuery(query));
  const [state, setState] = useState<ClipListState>({ clips: [], loading: true, error: null });
  // Answers can arrive out of order while the user changes filters: only the latest counts.
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    getDossier()
      .clips.list(JSON.parse(key) as ClipQuery)
      .then(
        (clips) => ticket === latest.current && setState({ clips, loading: false, error: null }),
        (error) => ticket === latest.current && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
      );
  }, [key]);

  useEffect(load, [load]);
  useLibraryEvent('clips:changed', load);
  useLibraryEvent('articles:changed', load);
  return state;
}
