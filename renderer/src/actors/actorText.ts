import { ACTOR_KINDS, type Actor, type ActorKind, type ClipListItem } from '../../../electron/common/model';

export function kindLabel(kind: ActorKind): string {
  return ACTOR_KINDS.find((k) => k.kind === kind)?.label ?? 'Other';
}

export interface ClipCounts {
  said: number;
  about: number;
}

/** How many clips each actor said, and how many are about them. */
export function countClips(clips: ClipListItem[]): Map<string, ClipCounts> {
  const counts = new Map<string, ClipCounts>();
  const entry = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { said: 0, about: 0 }));
    return c;
  };
  for (const clip of clips) {
    if (clip.speakerId) entry(clip.speakerId).said += 1;
    for (const id of clip.aboutIds) entry(id).about += 1;
  }
  return counts;
}

/** Whether an actor's name, aliases or role contain the typed words, ignoring case. */
export function matchesText(actor: Actor, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = [actor.name, ...actor.aliases, actor.role].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}
