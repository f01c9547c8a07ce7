/**
 * The cast of an article: every name it uses, with surname-only mentions ("Varga") merged
 * into the full name ("Ilse Varga"), its likely kind, the roles the article gives it, and
 * the registry actor it is when there is one.
 */
import type { Actor, ActorKind, ActorMention } from '../../common/model';
import { bestKind, demonymClue, emptyScores, scoreName, type KindScores } from './evidence';
import { isCommonWord, isDemonym, isOrgWord, isVerbWord, MILITARY_WORDS, ORG_ENDINGS } from './lexicon';
import { findNames, type NameOccurrence } from './names';
import { rolesAround, stem, type Antecedent, type RoleNote } from './roles';
import type { TextModel } from './text';

export interface Referent {
  key: string;
  name: string;
  words: string[];
  kind: ActorKind;
  /** How much the evidence weighs for that kind (0 = a guess). */
  weight: number;
  scores: KindScores;
  occurrences: NameOccurrence[];
  roles: RoleNote[];
  actorId: string | null;
  firstAt: number;
}

export interface Cast {
  referents: Referent[];
  /** Occurrences in text order, each with its referent. */
  occurrences: { occurrence: NameOccurrence; referent: Referent }[];
  /** The occurrence covering a position (name or its title), if any. */
  at(position: number): { occurrence: NameOccurrence; referent: Referent } | undefined;
  /** Occurrences lying inside [start, end), in order. */
  within(start: number, end: number): { occurrence: NameOccurrence; referent: Referent }[];
  /** Index of the first occurrence starting at or after `position`. */
  indexAfter(position: number): number;
}

/** Where the first occurrence starting at or after `position` is in a sorted list. */
export function firstAtOrAfter(starts: { start: number }[], position: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const nameKey = (name: string) => name.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();

/** A display form: "ORSANNE" as "Orsanne" unless the article writes it otherwise somewhere. */
function displayName(occurrences: NameOccurrence[]): string {
  const written = occurrences.find((o) => o.text !== o.text.toUpperCase() || o.text.length <= 4) ?? occurrences[0];
  if (written.text === written.text.toUpperCase() && written.text.length > 4) {
    return written.text.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return written.text;
}

const personLike = (words: string[]) =>
  words.length >= 2 && words.length <= 4 && !words.some((w) => ORG_ENDINGS.has(w.toLowerCase()) || MILITARY_WORDS.has(w.toLowerCase()));

/** Builds the cast from the article's names; `mentions` are known actors found in it. */
export function buildCast(model: TextModel, actors: Actor[], mentions: ActorMention[]): Cast {
  const names = findNames(model);
  const groups = new Map<string, NameOccurrence[]>();
  for (const o of names) {
    const key = nameKey(o.text);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  // One-word names that are the surname of a longer, person-like name join it ("Varga" -> "Ilse Varga").
  const orgLike = (words: string[]) => words.length >= 2 && [ORG_ENDINGS, MILITARY_WORDS].some((set) => set.has(words[words.length - 1].toLowerCase()) || isOrgWord(words[words.length - 1]));
  const fullNames = [...groups.entries()].filter(([, g]) => personLike(g[0].words) || orgLike(g[0].words));
  const bySurname = new Map<string, typeof fullNames>();
  for (const entry of fullNames) {
    const words = entry[1][0].words;
    const surname = nameKey(words[words.length - 1]);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), entry]);
  }
  for (const [key, group] of [...groups.entries()]) {
    if (group[0].words.length !== 1) continue;
    const owners = bySurname.get(key) ?? [];
    if (!owners.length) continue;
    owners.sort((a, b) => a[1][0].start - b[1][0].start);
    for (const o of group) {
      // The full name written most recently before this mention, else the first one written.
      const owner = owners.filter(([, g]) => g[0].start <= o.start).pop() ?? owners[0];
      owner[1].push(o);
    }
    groups.delete(key);
  }
  const antecedent = antecedentIn(names);
  const capitalised = new Set(model.text.match(/\p{Lu}\p{Ll}+/gu) ?? []);
  const referents: Referent[] = [];
  for (const [key, occurrences] of groups) {
    occurrences.sort((a, b) => a.start - b.start);
    const full = occurrences.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    const scores = emptyScores();
    scoreName(model, full.words, occurrences, scores);
    if (full.words.length === 1) demonymClue(full.text, capitalised, scores);
    if (occurrences.some((o) => o.words.length < full.words.length)) scores.person += 1;
    const { kind, weight } = bestKind(scores);
    referents.push({
      key,
      name: displayName(occurrences.filter((o) => o.words.length === full.words.length)),
      words: full.words,
      kind,
      weight,
      scores,
      occurrences,
      roles: occurrences.flatMap((o) => rolesAround(model, o, antecedent)),
      actorId: null,
      firstAt: occurrences[0].start,
    });
  }
  stateOwners(referents);
  coordinatedStates(model, referents);
  linkKnownActors(referents, actors, mentions);
  const singles = new Set(referents.filter((r) => r.words.length === 1).map((r) => r.words[0]));
  const occurrences = referents
    .flatMap((referent) => referent.occurrences.map((occurrence) => ({ occurrence, referent })))
    .sort((a, b) => a.occurrence.start - b.occurrence.start);
  const starts = occurrences.map(({ occurrence }) => ({ start: occurrence.start }));
  return {
    referents: referents.filter((r) => !isJunk(r, model, singles)),
    occurrences,
    indexAfter: (position) => firstAtOrAfter(starts, position),
    within(start, end) {
      const out = [];
      for (let i = firstAtOrAfter(starts, start); i < occurrences.length && occurrences[i].occurrence.start < end; i++) {
        if (occurrences[i].occurrence.end <= end) out.push(occurrences[i]);
      }
      return out;
    },
    at(position) {
      let lo = 0;
      let hi = occurrences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const { occurrence } = occurrences[mid];
        if (occurrence.end <= position) lo = mid + 1;
        else if (occurrence.titleStart > position) hi = mid - 1;
        else return occurrences[mid];
      }
      return undefined;
    },
  };
}

/** "Its spokesman" and "the ministry's spokesman": the organisation or state written last before. */
function antecedentIn(names: NameOccurrence[]): Antecedent {
  return (at, noun) => {
    const i = firstAtOrAfter(names, at);
    for (let k = i - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) {
      const o = names[k];
      if (o.inQuote || (personLike(o.words) && !noun)) continue;
      if (noun ? !o.words.some((w) => stem(w) === stem(noun)) : o.words.length > 1 && !o.words.some((w) => ORG_ENDINGS.has(w.toLowerCase()))) continue;
      const owner = names[k - 1];
      return owner?.possessive && o.titleStart - owner.end <= 3 ? `${owner.text} ${o.text}` : o.text;
    }
    return null;
  };
}

/** "Aldmark and Vessonia": a one-word name joined by "and" to a state is likely a state too. */
function coordinatedStates(model: TextModel, referents: Referent[]): void {
  const byKey = new Map(referents.filter((r) => r.words.length === 1).map((r) => [r.key, r]));
  const isState = (key: string | undefined) => key !== undefined && byKey.get(nameKey(key))?.kind === 'state';
  for (const r of byKey.values()) {
    if (r.kind === 'state' || r.kind === 'person' && r.weight >= 2) continue;
    const paired = r.occurrences.some((o) => {
      const after = /^ (?:and|or) (\p{Lu}\p{L}+)/u.exec(model.text.slice(o.end, o.end + 40))?.[1];
      const before = /(\p{Lu}\p{L}+) (?:and|or) $/u.exec(model.text.slice(Math.max(0, o.start - 40), o.start))?.[1];
      return isState(after) || isState(before);
    });
    if (!paired) continue;
    r.scores.state += 1.5;
    Object.assign(r, bestKind(r.scores));
  }
}

const GOVERNMENT_ROLES = new Set(['minister', 'government', 'navy', 'president', 'ambassador', 'foreign', 'defence', 'defense', 'embassy', 'premier', 'chancellor']);

/** "Vessonia's response... Its foreign minister, Teodor Valesku": whoever has a foreign minister is a state. */
function stateOwners(referents: Referent[]): void {
  const byKey = new Map(referents.filter((r) => r.words.length === 1).map((r) => [r.key, r]));
  for (const r of referents) {
    for (const note of r.roles) {
      const owner = note.affiliation && byKey.get(nameKey(note.affiliation));
      if (!owner || owner === r || !note.words.some((w) => GOVERNMENT_ROLES.has(w))) continue;
      owner.scores.state += 2;
      Object.assign(owner, bestKind(owner.scores));
    }
  }
}

/** Sentence-initial common words, demonyms ("Vessonian") and the like are not actors. */
function isJunk(r: Referent, model: TextModel, singles: Set<string>): boolean {
  if (r.words.length > 1) return false;
  const word = r.words[0];
  if (isDemonym(word) || (/^\p{Lu}\p{L}+(?:ian|ean|ese|ish)$/u.test(word) && r.weight < 2)) return true;
  // "Vessonian" beside "Vessonia", or an -an word only ever used before a noun ("the Ulmoran foreign ministry").
  const base = word.replace(/(?:ian|an|n|ese|ish|i)$/, '');
  if (word !== base && [base, `${base}a`, `${base}ia`].some((b) => b !== word && singles.has(b))) return true;
  if (/an$/.test(word) && r.occurrences.every((o) => !o.possessive && /^ \p{L}/u.test(model.masked.slice(o.end, o.end + 2)) && !isVerbWord(/^ (\p{L}+)/u.exec(model.masked.slice(o.end, o.end + 30))![1]))) return true;
  const onlyInitial = r.occurrences.every((o) => o.sentenceInitial);
  if (!onlyInitial) return false;
  // "Escorted", "Hotlines", "Thirty-five": English words the lexicon lacks; a capital that only starts sentences and
  // has nothing else going for it proves nothing.
  const lower = word.toLowerCase().replace(/s$/, '');
  return isCommonWord(word) || word.split('-').every(isCommonWord) || r.weight < 0.5 || (r.weight < 1 && new RegExp(`(?<![\\p{L}])${lower}`, 'u').test(model.text));
}

/** Marks referents that are registry actors, and renames them to the registry's name. */
function linkKnownActors(referents: Referent[], actors: Actor[], mentions: ActorMention[]): void {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const mentionAt = new Map<number, ActorMention>();
  for (const m of mentions) if (!mentionAt.has(m.start)) mentionAt.set(m.start, m);
  for (const r of referents) {
    // A mention covering the name: it starts where the name does, or where its title does.
    const hit = r.occurrences.map((o) => [mentionAt.get(o.start), mentionAt.get(o.titleStart)].find((m) => m && m.end >= o.end)).find(Boolean);
    const actor = hit && byId.get(hit.actorId);
    if (!actor) continue;
    r.actorId = actor.id;
    r.name = actor.name;
    r.kind = actor.kind;
    r.weight = Math.max(r.weight, 10);
  }
}
