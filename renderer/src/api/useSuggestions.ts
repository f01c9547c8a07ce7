import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSuggestions, SpeakerSuggestion } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ArticleSuggestionsState {
  suggestions: ArticleSuggestions | null;
  loading: boolean;
  error: string | null;
}

/**
 * The actors named in an article and the ones proposed for the registry. Asks again when
 * the registry changes (an added proposal becomes a known actor) or the text is edited.
 */
export function useArticleSuggestions(articleId: string): ArticleSuggestionsState {
  const [state, setState] = useState<ArticleSuggestionsState>({ suggestions: null, loading: true, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    getDossier()
      .articles.suggest(articleId)
      .then(
        (suggestions) => ticket === latest.current && setState({ suggestions, loading: false, error: null }),
        (error) => ticket === latest.current && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
      );
  }, [articleId]);

  useEffect(load, [load]);
  useLibraryEvent('actors:changed', load);
  useLibraryEvent(
    'articles:changed',
    useCallback(({ ids }: { ids: string[] }) => ids.includes(articleId) && load(), [articleId, load]),
  );
  return state;
}

/** Who probably said the passage [start, end) of an article; null when Dossier cannot tell. */
export function useSpeakerSuggestion(articleId: string, start: number, end: number): SpeakerSuggestion | null {
  const [suggestion, setSuggestion] = useState<SpeakerSuggestion | null>(null);
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    getDossier()
      .clips.suggestSpeaker(articleId, start, end)
      .then(
        (next) => ticket === latest.current && setSuggestion(next),
        // A suggestion is a convenience: without one the user picks the speaker.
        () => ticket === latest.current && setSuggestion(null),
      );
  }, [articleId, start, end]);

  useEffect(load, [load]);
  // A proposal the user adds to the registry becomes a known actor.
  useLibraryEvent('actors:changed', load);
  return suggestion;
}
