import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingMeta } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface BriefingsState {
  /** Most recently updated first. */
  briefings: BriefingMeta[];
  /** True until the first answer arrives. */
  loading: boolean;
  error: string | null;
}

/** What a list shows: the body stays out of React state (it can be large). */
function metaOf({ id, title, author, date, createdAt, updatedAt, deletedAt }: BriefingMeta): BriefingMeta {
  return { id, title, author, date, createdAt, updatedAt, deletedAt };
}

/** Lists briefings (or the trash), and lists again whenever a briefing changes. */
export function useBriefings(trash = false): BriefingsState {
  const [state, setState] = useState<BriefingsState>({ briefings: [], loading: true, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    getDossier()
      .briefings.list({ trash })
      .then(
        (list) => ticket === latest.current && setState({ briefings: list.map(metaOf), loading: false, error: null }),
        (error) => ticket === latest.current && setState((s) => ({ ...s, loading: false, error: errorMessage(error) })),
      );
  }, [trash]);

  useEffect(load, [load]);
  useLibraryEvent('briefings:changed', load);
  return state;
}
