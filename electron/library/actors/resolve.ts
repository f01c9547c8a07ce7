/**
 * Who a subject phrase is: a registry actor named by name or alias, a name in the
 * article (a surname stands for the full name written earlier), "the Kaldesh government"
 * for the state, a role phrase ("the ministry spokeswoman") for the person the article
 * or the registry gives that role, or a pronoun for the person last spoken of.
 */
import type { Actor, ActorKind, ActorMention } from '../../common/model';
import { firstAtOrAfter, type Cast, type Referent } from './cast';
import { GOVERNMENT_WORDS, isFemaleName, isMaleName, ORG_ENDINGS, ROLE_NOUNS, isOrgWord } from './lexicon';
import { DETERMINERS, makePhrase, type Phrase } from './phrases';
import { sameName, stem } from './roles';
import { isCapitalised, sentenceIndexAt, type TextModel } from './text';

export interface Speaker {
  name: string;
  actorId: string | null;
  kind: ActorKind | null;
}

export type Via = 'name' | 'surname' | 'alias' | 'role' | 'pronoun' | 'government' | 'spokesperson';

export interface Resolution {
  speaker: Speaker;
  via: Via;
}

/** Someone the article has just spoken of: the subject of a speech verb or the speaker of a quote. */
export interface SpeakerEvent {
  at: number;
  sentence: number;
  speaker: Speaker;
}

export interface Context {
  model: TextModel;
  cast: Cast;
  mentions: ActorMention[];
  actors: Map<string, Actor>;
  events: SpeakerEvent[];
  /** The same events by sentence. */
  eventsBySentence: Map<number, SpeakerEvent[]>;
}

export function addEvent(ctx: Context, event: SpeakerEvent): void {
  ctx.events.push(event);
  const list = ctx.eventsBySentence.get(event.sentence);
  if (list) list.push(event);
  else ctx.eventsBySentence.set(event.sentence, [event]);
}

export const eventsIn = (ctx: Context, sentence: number) => ctx.eventsBySentence.get(sentence) ?? [];

const isPossessiveAt = (text: string, end: number) => /^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));

const fromReferent = (r: Referent): Speaker => ({ name: r.name, actorId: r.actorId, kind: r.kind });
const fromActor = (a: Actor): Speaker => ({ name: a.name, actorId: a.id, kind: a.kind });

/**
 * The head name of a phrase: its last name that is not a possessive ("Aldmark's foreign
 * minister [Ilse Varga]"), before any "of the ..." that follows a name ("[Clara Westenholt]
 * of the Halberg Centre").
 */
function headName(ctx: Context, phrase: Phrase, cutAtPreposition = true): Resolution | null {
  const { text } = ctx.model;
  let end = phrase.end;
  if (cutAtPreposition) {
    const cut = phrase.tokens.find((t, i) => i > 0 && /^(of|for|at|from|in|with)$/.test(t.text) && isCapitalised(phrase.tokens[i - 1].text) && !ctx.cast.at(t.start));
    if (cut) end = cut.start;
  }
  const known = ctx.mentions.filter((m) => m.start >= phrase.start && m.end <= end && !isPossessiveAt(text, m.end));
  const lastKnown = known[known.length - 1];
  const named = ctx.cast.within(phrase.start, end).filter(({ occurrence: o }) => !o.possessive);
  const lastNamed = named[named.length - 1];
  if (lastKnown && (!lastNamed || lastKnown.end >= lastNamed.occurrence.end)) {
    const actor = ctx.actors.get(lastKnown.actorId)!;
    return { speaker: fromActor(actor), via: lastKnown.matched.toLowerCase() === actor.name.toLowerCase() ? 'name' : 'alias' };
  }
  if (!lastNamed) return null;
  const { occurrence, referent } = lastNamed;
  return { speaker: fromReferent(referent), via: occurrence.words.length < referent.words.length ? 'surname' : 'name' };
}

interface Candidate {
  speaker: Speaker;
  words: string[];
  /** Capitalised words of whom the role is held for ("Aldmark", "Ministry"): a different one rules a candidate out. */
  owners: string[];
  lastSeen: number;
}

const capitalisedWords = (s: string | null | undefined) => (s ?? '').split(/[^\p{L}\p{N}-]+/u).filter((w) => /^\p{Lu}/u.test(w));

/** Words of a referent's roles (as written before `until`, or all of them), its registry role and aliases. */
function candidateOf(ctx: Context, r: Referent, until: number, orgHead: boolean, lastSeen: number): Candidate {
  const notes = r.roles.filter((n) => n.at < until);
  const actor = r.actorId ? ctx.actors.get(r.actorId) : undefined;
  const registered = actor ? `${actor.role} ${actor.aliases.join(' ')}`.toLowerCase().split(/[^\p{L}\p{N}-]+/u) : [];
  const owners = notes.flatMap((n) => capitalisedWords(n.affiliation));
  owners.push(...capitalisedWords(actor?.affiliationId ? ctx.actors.get(actor.affiliationId)?.name : undefined));
  const words = [...notes.flatMap((n) => n.words), ...registered, ...(orgHead ? r.words.map((w) => w.toLowerCase()) : []), ...owners.map((w) => w.toLowerCase())];
  return { speaker: fromReferent(r), words, owners, lastSeen };
}

/**
 * People (or organisations) with a role or name that a role phrase could mean: those the
 * article named before `at`, or, looking ahead, those it names in the next few sentences
 * ("Kaldesh's water minister said ... Miriam Oduya told ...").
 */
function roleCandidates(ctx: Context, at: number, orgHead: boolean, ahead: boolean): Candidate[] {
  const out: Candidate[] = [];
  const wanted = (kind: ActorKind) => (orgHead ? kind !== 'person' : kind === 'person');
  const horizon = ahead ? ctx.model.sentences[Math.min(ctx.model.sentences.length - 1, sentenceIndexAt(ctx.model, at) + 4)].end : at;
  for (const r of ctx.cast.referents) {
    if (!wanted(r.kind)) continue;
    const seenCount = firstAtOrAfter(r.occurrences, at);
    if (ahead ? seenCount > 0 || r.firstAt > horizon : !seenCount) continue;
    out.push(candidateOf(ctx, r, ahead ? horizon : at, orgHead, ahead ? -1 - (r.firstAt - at) / 1e6 : r.occurrences[seenCount - 1].start));
  }
  if (ahead) return out;
  const lastEvent = new Map<string, number>();
  for (const e of ctx.events) if (e.at < at) lastEvent.set(e.speaker.name, e.at);
  for (const c of out) c.lastSeen = Math.max(c.lastSeen, lastEvent.get(c.speaker.name) ?? -1);
  // Registry actors whose role fits even if the article never names them.
  const named = new Set(out.map((c) => c.speaker.actorId));
  for (const c of registryRoles(ctx)) if (wanted(c.speaker.kind!) && !named.has(c.speaker.actorId)) out.push(c);
  return out;
}

const registryCache = new WeakMap<Context, Candidate[]>();

/** The registry's actors with a role or alias, read once per article. */
function registryRoles(ctx: Context): Candidate[] {
  let list = registryCache.get(ctx);
  if (list) return list;
  list = [];
  for (const actor of ctx.actors.values()) {
    const words = `${actor.role} ${actor.aliases.join(' ')}`.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    const owners = capitalisedWords(actor.affiliationId ? ctx.actors.get(actor.affiliationId)?.name : '');
    if (words.length) list.push({ speaker: fromActor(actor), words: [...words, ...owners.map((w) => w.toLowerCase())], owners, lastSeen: -2 });
  }
  registryCache.set(ctx, list);
  return list;
}

function bestCandidate(candidates: Candidate[], head: string, modifiers: string[]): Candidate | null {
  let best: { c: Candidate; score: number } | null = null;
  for (const c of candidates) {
    const stems = c.words.map(stem);
    if (!stems.includes(stem(head))) continue;
    let score = c.words.includes(head) ? 2.5 : 2;
    for (const m of modifiers) {
      if (c.words.some((w) => sameName(w, m)) || stems.includes(stem(m))) score += 1;
      else if (isCapitalised(m) && c.owners.length && !c.owners.some((o) => modifiers.some((x) => sameName(o, x)))) score -= 1.5;
    }
    if (c.lastSeen === -2) score -= 0.5;
    if (!best || score > best.score || (score === best.score && c.lastSeen > best.c.lastSeen)) best = { c, score };
  }
  return best && best.score >= 2 ? best.c : null;
}

const isRoleWord = (w: string) => ROLE_NOUNS.has(w.toLowerCase()) || ROLE_NOUNS.has(stem(w));
/** Heads that speak for their owner: "the prime minister's office", "the minister's spokeswoman". */
const OWNER_HEADS = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'aides', 'aide', 'team', 'camp']);
/** Heads that stand for the organisation the article spoke of last ("the company said"). */
const GENERIC_ORGS = new Set(['company', 'firm', 'group', 'ministry', 'commission', 'agency', 'organisation', 'organization', 'bloc', 'alliance', 'institute', 'union', 'association', 'operator', 'insurer']);

/** "the ministry spokeswoman", "the Vessonian fleet commander", "the commodore", "the foreign minister of Aldmark". */
function resolveRole(ctx: Context, phrase: Phrase): Resolution | null {
  const tokens = phrase.tokens.filter((t) => !DETERMINERS.has(t.lower));
  if (!tokens.length) return null;
  const words = tokens.map((t) => t.text.replace(/['’]s$/, ''));
  const prep = words.findIndex((w, i) => i > 0 && /^(of|for|at)$/.test(w) && isRoleWord(words[i - 1]));
  const headAt = prep > 0 ? prep - 1 : words.length - 1;
  const head = words[headAt].toLowerCase();
  const owner = tokens.findIndex((t, i) => i < headAt && /['’]s$/.test(t.text));
  if (OWNER_HEADS.has(head) && owner >= 0) {
    const ownerToken = tokens[owner];
    const named = isCapitalised(ownerToken.text) ? ctx.cast.at(ownerToken.start) : undefined;
    const found = named ? { speaker: fromReferent(named.referent) } : resolveRole(ctx, makePhrase(phrase.tokens.slice(0, phrase.tokens.indexOf(ownerToken) + 1))!);
    if (found) return { speaker: found.speaker, via: 'spokesperson' };
  }
  const orgHead = !isRoleWord(head) && (ORG_ENDINGS.has(head) || isOrgWord(head));
  if (!orgHead && !isRoleWord(head)) return null;
  const modifiers = words.filter((w, i) => i !== headAt && !/^(of|for|at)$/.test(w));
  const behind = bestCandidate(roleCandidates(ctx, phrase.start, orgHead, false), head, modifiers);
  if (behind) return { speaker: behind.speaker, via: 'role' };
  const ahead = roleCandidates(ctx, phrase.start, orgHead, true);
  const best = bestCandidate(ahead, head, modifiers);
  if (best) return { speaker: best.speaker, via: 'role' };
  // A lede names the role and the next paragraph the person: the first person named soon after, with no other role.
  const unroled = ahead.filter((c) => !c.words.some(isRoleWord)).sort((x, y) => y.lastSeen - x.lastSeen)[0];
  if (!orgHead && unroled) return { speaker: unroled.speaker, via: 'role' };
  if (!GENERIC_ORGS.has(head)) return null;
  let recent: Cast['occurrences'][number] | undefined;
  for (let i = ctx.cast.indexAfter(phrase.start) - 1; i >= 0 && !recent; i--) {
    const o = ctx.cast.occurrences[i];
    if (!o.occurrence.inQuote && o.referent.kind === 'organisation') recent = o;
  }
  return recent && sentenceIndexAt(ctx.model, phrase.start) - sentenceIndexAt(ctx.model, recent.occurrence.start) <= 3 ? { speaker: fromReferent(recent.referent), via: 'role' } : null;
}

/** The person a "he" or "she" most likely means: the subject of a recent sentence before this one. */
function resolvePronoun(ctx: Context, pronoun: string, sentence: number): Resolution | null {
  const wantPerson = pronoun === 'he' || pronoun === 'she';
  const fits = (s: Speaker) => {
    if (wantPerson !== (s.kind === 'person')) return false;
    const first = s.name.split(/\s+/)[0];
    return !(pronoun === 'he' && isFemaleName(first) && !isMaleName(first)) && !(pronoun === 'she' && isMaleName(first) && !isFemaleName(first));
  };
  const { sentences } = ctx.model;
  for (let s = sentence - 1; s >= Math.max(0, sentence - 6); s--) {
    const { start, end } = sentences[s];
    const subject = eventsIn(ctx, s).find((e) => fits(e.speaker));
    if (subject) return { speaker: subject.speaker, via: 'pronoun' };
    const named = ctx.cast.within(start, end).find(({ occurrence: o, referent }) => !o.inQuote && !o.possessive && fits(fromReferent(referent)));
    if (named) return { speaker: fromReferent(named.referent), via: 'pronoun' };
  }
  return null;
}

/**
 * Resolves a subject phrase to a speaker; `anonymous` for "a ferry captain" or "an official"
 * (the article says who, and it is nobody to file), null when the phrase means nothing known.
 */
export function resolvePhrase(ctx: Context, phrase: Phrase): Resolution | 'anonymous' | null {
  const sentence = sentenceIndexAt(ctx.model, phrase.start);
  const words = phrase.tokens.map((t) => t.lower);
  const head = words[words.length - 1];
  switch (phrase.form) {
    case 'pronoun':
      return head === 'they' ? 'anonymous' : resolvePronoun(ctx, head, sentence);
    case 'relative':
      return null;
    case 'indefinite': {
      // "a spokesman for the Kremlin" speaks for the Kremlin.
      const spokes = words.findIndex((w) => /^spokes(?:wo)?m[ae]n$|^spokesperson$/.test(w));
      if (spokes >= 0 && /^(for|of|at)$/.test(words[spokes + 1] ?? '')) {
        const rest = phrase.tokens.slice(spokes + 2);
        const owner = rest.length ? { ...phrase, tokens: rest, start: rest[0].start, form: 'name' as const } : null;
        const found = owner && headName(ctx, owner, false);
        if (found) return { speaker: found.speaker, via: 'spokesperson' };
        // "a spokesman for Aldmark's foreign ministry": the ministry, named as the article names it.
        const named = rest.filter((t) => !DETERMINERS.has(t.lower));
        if (named.some((t) => isCapitalised(t.text))) {
          const name = ctx.model.text.slice(named[0].start, named[named.length - 1].end);
          return { speaker: { name, actorId: null, kind: 'organisation' }, via: 'spokesperson' };
        }
      }
      return 'anonymous';
    }
    case 'name':
      return headName(ctx, phrase);
    case 'role': {
      const known = headName(ctx, phrase);
      if (known?.via === 'alias' && !isPossessiveAt(ctx.model.text, phrase.end)) {
        const m = ctx.mentions.find((x) => x.start <= phrase.start + 4 && x.end >= phrase.end);
        if (m) return known;
      }
      if (GOVERNMENT_WORDS.has(head) && known) return { speaker: known.speaker, via: 'government' };
      return resolveRole(ctx, phrase);
    }
  }
}
