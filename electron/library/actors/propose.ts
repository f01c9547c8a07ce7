/**
 * New names to offer for the registry: the cast minus known actors, with compromise's
 * reading deciding between kinds where the article's grammar left it unsure.
 */
import type { Actor, ProposedActor } from '../../common/model';
import { bestKind } from './evidence';
import { nameKey, type Cast, type Referent } from './cast';
import { nlpVotes } from './nlp';
import type { TextModel } from './text';

/** Below this weight the rules are unsure of a name's kind and ask compromise. */
const UNSURE = 2.5;

function knownKeys(actors: Actor[]): Set<string> {
  return new Set(actors.flatMap((a) => [a.name, ...a.aliases]).map(nameKey));
}

function roleOf(r: Referent): string | undefined {
  if (r.kind !== 'person') return undefined;
  const note = r.roles.find((n) => n.display && n.display.split(' ').length > 1) ?? r.roles.find((n) => n.display);
  return note?.display ?? undefined;
}

/** Lets compromise settle the kind of the names the rules are unsure of (once per article, before attribution). */
export function refineKinds(model: TextModel, cast: Cast): void {
  const unsure = cast.referents.filter((r) => !r.actorId && r.weight < UNSURE).sort((a, b) => b.occurrences.length - a.occurrences.length || a.firstAt - b.firstAt);
  for (const [r, vote] of nlpVotes(model, unsure)) {
    r.scores.person += 1.5 * vote.person;
    r.scores.organisation += 1.5 * vote.organisation;
    r.scores.state += 0.6 * vote.place;
    r.scores.other += 0.8 * vote.place;
    Object.assign(r, bestKind(r.scores));
  }
}

/** Names found in the article that the registry does not know yet, most mentioned first. */
export function proposeFromCast(cast: Cast, actors: Actor[]): ProposedActor[] {
  const known = knownKeys(actors);
  return cast.referents
    .filter((r) => !r.actorId && !known.has(r.key))
    .map((r) => {
      const proposal: ProposedActor = { name: r.name, kind: r.kind, mentions: r.occurrences.length, firstAt: r.firstAt };
      const role = roleOf(r);
      if (role) proposal.role = role;
      return proposal;
    })
    .sort((a, b) => b.mentions - a.mentions || a.firstAt - b.firstAt);
}
