import type { Actor, Clip } from '../../common/model';
import { libraryError } from '../errors';
import type { Library } from '../library';

/** Moves actors to the trash (or back); their clips keep pointing at them. */
export async function setActorsDeleted(lib: Library, ids: string[], deleted: boolean): Promise<void> {
  const now = new Date().toISOString();
  const changed = ids.map((id) => ({ ...lib.actors.get(id), deletedAt: deleted ? now : null, updatedAt: now }));
  await lib.actors.replace(changed);
  lib.events.emit('actors:changed', { ids });
}

/**
 * Merges one actor into another: every clip spoken by or about the first moves to the
 * second, its names become aliases, and actors affiliated with it follow.
 */
export async function mergeActors(lib: Library, fromId: string, intoId: string): Promise<{ actor: Actor; movedClips: number }> {
  if (fromId === intoId) throw libraryError('bad-merge', 'Choose two different actors to merge.');
  const from = lib.actors.get(fromId);
  const into = lib.actors.get(intoId);
  if (from.deletedAt || into.deletedAt) throw libraryError('bad-merge', 'Restore the actor from the trash before merging it.');
  const now = new Date().toISOString();

  const byArticle = new Map<string, Clip[]>();
  for (const clip of (await lib.clips.all()).values()) {
    if (clip.speakerId !== fromId && !clip.aboutIds.includes(fromId)) continue;
    const moved: Clip = {
      ...clip,
      speakerId: clip.speakerId === fromId ? intoId : clip.speakerId,
      aboutIds: [...new Set(clip.aboutIds.map((id) => (id === fromId ? intoId : id)))],
      updatedAt: now,
    };
    byArticle.set(clip.articleId, [...(byArticle.get(clip.articleId) ?? []), moved]);
  }
  for (const [articleId, clips] of byArticle) await lib.clips.put(articleId, clips);

  const names = new Set([...into.aliases, from.name, ...from.aliases].filter((n) => n.toLowerCase() !== into.name.toLowerCase()));
  const merged: Actor = {
    ...into,
    aliases: [...names],
    role: into.role || from.role,
    description: [into.description, from.description].filter(Boolean).join('\n\n'),
    affiliationId: into.affiliationId ?? (from.affiliationId === intoId ? null : from.affiliationId),
    updatedAt: now,
  };
  const followers = lib.actors
    .all()
    .filter((a) => a.affiliationId === fromId && a.id !== intoId)
    .map((a) => ({ ...a, affiliationId: intoId, updatedAt: now }));
  await lib.actors.replace([merged, { ...from, mergedInto: intoId, deletedAt: now, updatedAt: now }, ...followers]);

  const clipIds = [...byArticle.values()].flat().map((c) => c.id);
  lib.events.emit('clips:changed', { ids: clipIds, articleIds: [...byArticle.keys()] });
  lib.events.emit('actors:changed', { ids: [fromId, intoId, ...followers.map((a) => a.id)] });
  return { actor: merged, movedClips: clipIds.length };
}
