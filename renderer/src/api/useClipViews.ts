import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClipView } from '../../../electron/common/model';
import { getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

/**
 * A clip as a briefing shows it: the view, `null` for a deleted clip (a missing
 * source), `undefined` while it is being looked up.
 */
export type ClipViews = Record<string, ClipView | null>;

export interface ClipViewsState {
  views: ClipViews;
  /** Set when the library could not be asked; the views keep their last answer. */
  error: string | null;
}

/**
 * Looks up clips as they are now (quote, speaker, source) and looks again whenever a
 * clip, an actor or an article changes, so an embedded quote always shows its clip.
 */
export function useClipViews(ids: string[]): ClipViewsState {
  const key = [...new Set(ids)].sort().join('\n');
  const [state, setState] = useState<ClipViewsState>({ views: {}, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    const wanted = key ? key.split('\n') : [];
    if (!wanted.length) return;
    getDossier()
      .clips.resolve(wanted)
      .then(
        (views) => ticket === latest.current && setState((s) => ({ views: { ...s.views, ...views }, error: null })),
        () =>
          ticket === latest.current &&
          setState((s) => ({ ...s, error: 'The quotes could not be looked up; what shows may be out of date.' })),
      );
  }, [key]);

  useEffect(load, [load]);
  useLibraryEvent('clips:changed', load);
  useLibraryEvent('actors:changed', load);
  useLibraryEvent('articles:changed', load);
  return state;
}
