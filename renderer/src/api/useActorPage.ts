import type { Actor, ClipListItem } from '../../../electron/common/model';
import { useActorRegistry } from './useActorRegistry';
import { useClipList } from './useClipList';

export interface ActorPageState {
  /** The actor, or null while loading or when it is gone (merged away, never existed). */
  actor: Actor | null;
  /** The actor it is affiliated with, when there is one. */
  affiliation: Actor | null;
  /** Clips the actor is the speaker of, by statement date. */
  said: ClipListItem[];
  /** Clips about the actor, by statement date. */
  about: ClipListItem[];
  /** Every actor known (live and in the trash), to name the speakers in `about`. */
  byId: Map<string, Actor>;
  loading: boolean;
  error: string | null;
}

/** What an actor's page shows: the actor, what they said and what was said about them. */
export function useActorPage(actorId: string): ActorPageState {
  const registry = useActorRegistry();
  const said = useClipList({ speakerId: actorId });
  const about = useClipList({ aboutId: actorId });
  const actor = registry.byId.get(actorId) ?? null;
  return {
    actor,
    affiliation: actor?.affiliationId ? (registry.byId.get(actor.affiliationId) ?? null) : null,
    said: said.clips,
    about: about.clips,
    byId: registry.byId,
    loading: registry.loading || said.loading || about.loading,
    error: registry.error ?? said.error ?? about.error,
  };
}
