import { useCallback } from 'react';
import type { Actor, ActorKind, ProposedActor } from '../../../electron/common/model';
import { errorMessage } from '../api/dossier';
import { useApi } from '../api/useApi';
import { useToast } from '../app/Toasts';
import { actorNamed, fold } from './actorMatch';

/**
 * Adds a name to the actor registry, or finds it there already. What Dossier proposed for
 * the article (kind, role) is used when the name is one of its proposals.
 */
export function useAddActor(actors: readonly Actor[], proposed: readonly ProposedActor[] = []) {
  const api = useApi();
  const notify = useToast();
  return useCallback(
    async (name: string, kind: ActorKind = 'person'): Promise<Actor | null> => {
      const known = actorNamed(actors, name);
      if (known) return known;
      const proposal = proposed.find((p) => fold(p.name) === fold(name));
      try {
        const actor = await api.actors.create({ name: name.trim(), kind: proposal?.kind ?? kind, role: proposal?.role ?? '' });
        notify({ message: `Added ${actor.name} to the actors.` });
        return actor;
      } catch (e) {
        notify({ message: errorMessage(e), tone: 'error' });
        return null;
      }
    },
    [api, notify, actors, proposed],
  );
}
