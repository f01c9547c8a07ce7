import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../../electron/common/model';
import { errorMessage, getDossier } from './dossier';
import { useLibraryEvent } from './useApi';

export interface ActorRegistryState {
  /** Live actors, by name. */
  actors: Actor[];
  /** Actors in the trash, by name. */
  trash: Actor[];
  /** Every actor listed (live and in the trash), to name a clip's speaker even when deleted. */
  byId: Map<string, Actor>;
  loading: boolean;
  error: string | null;
}

/** The actor registry and its trash; lists again whenever an actor changes. */
export function useActorRegistry(): ActorRegistryState {
  const [lists, setLists] = useState<{ actors: Actor[]; trash: Actor[] }>({ actors: [], trash: [] });
  const [status, setStatus] = useState<{ loading: boolean; error: string | null }>({ loading: true, error: null });
  const latest = useRef(0);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    const dossier = getDossier();
    Promise.all([dossier.actors.list({}), dossier.actors.list({ trash: true })]).then(
      ([actors, trash]) => {
        if (ticket !== latest.current) return;
        setLists({ actors, trash });
        setStatus({ loading: false, error: null });
      },
      (error) => ticket === latest.current && setStatus({ loading: false, error: errorMessage(error) }),
    );
  }, []);

  useEffect(load, [load]);
  useLibraryEvent('actors:changed', load);

  const byId = useMemo(() => new Map([...lists.trash, ...lists.actors].map((a) => [a.id, a])), [lists]);
  return { ...lists, byId, ...status };
}
