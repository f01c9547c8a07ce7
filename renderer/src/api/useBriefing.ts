import { useEffect, useState } from 'react';
import type { Briefing } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';

export interface BriefingState {
  briefing: Briefing | null;
  loading: boolean;
  error: string | null;
}

/**
 * Opens one briefing, once per id. It is not read again when it changes: the editor
 * that opened it is what changes it, and re-reading would throw away what is typed.
 */
export function useBriefing(id: string): BriefingState {
  const [state, setState] = useState<BriefingState>({ briefing: null, loading: true, error: null });

  useEffect(() => {
    let current = true;
    setState({ briefing: null, loading: true, error: null });
    getDossier()
      .briefings.get(id)
      .then(
        (briefing) => current && setState({ briefing, loading: false, error: null }),
        (error) => current && setState({ briefing: null, loading: false, error: errorMessage(error) }),
      );
    return () => {
      current = false;
    };
  }, [id]);

  return state;
}
