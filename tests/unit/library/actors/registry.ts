import type { Actor, ActorKind } from '../../../../electron/common/model';

/** A registry actor as the library stores it, for the suggestion rules to match against. */
export function actor(id: string, name: string, kind: ActorKind, extra: Partial<Actor> = {}): Actor {
  return {
    id,
    name,
    kind,
    aliases: [],
    role: '',
    affiliationId: null,
    description: '',
    createdAt: '2025-11-01T00:00:00.000Z',
    updatedAt: '2025-11-01T00:00:00.000Z',
    deletedAt: null,
    mergedInto: null,
    ...extra,
  };
}
