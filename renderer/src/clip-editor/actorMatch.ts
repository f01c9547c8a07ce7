import type { Actor } from '../../../electron/common/model';

/** Folds case and accents, so "mattias" finds "Mattias" and "Kennerley" finds "Kennérley". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The actor whose name or alias is exactly `name` (folded), if any. */
export function actorNamed(actors: readonly Actor[], name: string): Actor | undefined {
  const wanted = fold(name);
  return actors.find((a) => fold(a.name) === wanted) ?? actors.find((a) => a.aliases.some((alias) => fold(alias) === wanted));
}

/** Actors whose name or an alias contains the typed text; names that start with it first. */
export function matchActors(actors: readonly Actor[], typed: string, limit = 8): Actor[] {
  const query = fold(typed);
  if (!query) return [...actors].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
  const scored: { actor: Actor; score: number }[] = [];
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases].map(fold);
    const score = names.some((n) => n.startsWith(query)) ? 0 : names.some((n) => n.split(/\s+/).some((w) => w.startsWith(query))) ? 1 : names.some((n) => n.includes(query)) ? 2 : -1;
    if (score >= 0) scored.push({ actor, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit)
    .map((s) => s.actor);
}
