import { ACTOR_KINDS, type Actor, type ActorKind } from '../../../electron/common/model';

export function kindLabel(kind: ActorKind): string {
  return ACTOR_KINDS.find((k) => k.kind === kind)?.label ?? 'Other';
}

export interface ClipCounts {
  said: number;
  about: number;
}

/** How many clips each actor said, and how many are about them. */
/** Whether an actor's name, aliases or role contain the typed words, ignoring case. */
export function matchesText(actor: Actor, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = [actor.name, ...actor.aliases, actor.role].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}
