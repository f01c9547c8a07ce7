/**
 * Known actors named in an article: by name and aliases, case-insensitively, on word
 * boundaries, with straight or curly apostrophes and possessives ("the Kremlin's",
 * "Aldmark’s"). A person registered as "Dmitry Peskov" is also found as "Peskov" when no
 * other actor answers to that surname.
 */
import type { Actor, ActorMention } from '../../common/model';

interface Term {
  /** Normalised words ("the", "kremlin", "spokesman"). */
  words: string[];
  actorIds: string[];
  /** One capitalised word ("Peskov", "Will"): only found with its capital, so "will" is not an actor. */
  needsCapital: boolean;
}

/** Lower case, one kind of apostrophe, no final full stop ("U.S." and "U.S" are one word). */
function normal(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('`')) w = w.replace(/[’`]/g, "'");
  return w.endsWith('.') ? w.slice(0, -1) : w;
}
const wordsOf = (text: string) => text.trim().split(/\s+/).map(normal).filter(Boolean);
const WORD_RE = /[\p{L}\p{N}]+(?:['’`\-.][\p{L}\p{N}]+)*\.?/gu;

export const liveActors = (actors: Actor[]) => actors.filter((a) => !a.deletedAt && !a.mergedInto);

/** Terms by their first words, longest first. */
function termsOf(actors: Actor[]): TermIndex {
  const terms = new Map<string, Term>();
  const add = (text: string, id: string, surname = false) => {
    const words = wordsOf(text);
    if (!words.length || words.join(' ').length < 2) return;
    const key = words.join(' ');
    if (surname && terms.has(key)) return;
    const term = terms.get(key) ?? { words, actorIds: [], needsCapital: words.length === 1 && /^\p{Lu}/u.test(text.trim()) };
    if (!term.actorIds.includes(id)) term.actorIds.push(id);
    terms.set(key, term);
  };
  for (const actor of actors) for (const name of [actor.name, ...actor.aliases]) add(name, actor.id);
  // Surnames of people, when they belong to one actor only and are not a name of their own.
  const surnames = new Map<string, Actor[]>();
  for (const actor of actors) {
    const words = actor.name.trim().split(/\s+/);
    if (actor.kind !== 'person' || words.length < 2) continue;
    const surname = normal(words[words.length - 1]);
    const owners = surnames.get(surname);
    if (owners) owners.push(actor);
    else surnames.set(surname, [actor]);
  }
  for (const [, owners] of surnames) {
    if (owners.length === 1) add(owners[0].name.trim().split(/\s+/).pop()!, owners[0].id, true);
  }
  // Indexed by first word, then second word: "the" starts hundreds of aliases.
  const index: TermIndex = new Map();
  for (const term of terms.values()) {
    const entry = index.get(term.words[0]) ?? { single: [], bySecond: new Map<string, Term[]>() };
    if (term.words.length === 1) entry.single.push(term);
    else {
      const list = entry.bySecond.get(term.words[1]);
      if (list) list.push(term);
      else entry.bySecond.set(term.words[1], [term]);
    }
    index.set(term.words[0], entry);
  }
  for (const entry of index.values()) for (const list of entry.bySecond.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

type TermIndex = Map<string, { single: Term[]; bySecond: Map<string, Term[]> }>;

/** Terms that may start at a word, longest first. */
function candidatesAt(index: TermIndex, word: string, next: string | undefined): Term[] {
  const out: Term[] = [];
  const bare = word.replace(/'s?$/, '');
  for (const key of bare === word ? [word] : [word, bare]) {
    const entry = index.get(key);
    if (!entry) continue;
    if (next !== undefined) {
      out.push(...(entry.bySecond.get(next) ?? []));
      const nextBare = next.replace(/'s?$/, '');
      if (nextBare !== next) out.push(...(entry.bySecond.get(nextBare) ?? []));
    }
    out.push(...entry.single);
  }
  return out.length > 1 ? out.sort((a, b) => b.words.length - a.words.length) : out;
}

/**
 * Every mention of a known (live) actor in the text, in order; the longest name wins where
 * names overlap. Reads the text word by word, so a registry of thousands costs no more than a few.
 */
export function findActorMentions(text: string, actors: Actor[]): ActorMention[] {
  const index = termsOf(liveActors(actors));
  if (!index.size) return [];
  const words = [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, norm: normal(m[0]) }));
  const mentions: ActorMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    const candidates = candidatesAt(index, first.norm, words[i + 1]?.norm);
    if (!candidates.length) continue;
    for (const term of candidates) {
      const n = term.words.length;
      if (i + n > words.length || (term.needsCapital && !/^\p{Lu}/u.test(first.text))) continue;
      let end = -1;
      for (let k = 0; k < n; k++) {
        const w = words[i + k];
        if (k > 0 && !/^\s+$/.test(text.slice(words[i + k - 1].end, w.start))) break;
        // The last word may carry a possessive: "Aldmark's navy", "the Kremlin’s".
        const possessive = k === n - 1 && w.norm !== term.words[k] && w.norm.replace(/'s?$/, '') === term.words[k];
        if (w.norm !== term.words[k] && !possessive) break;
        if (k === n - 1) end = possessive ? w.start + w.text.replace(/['’`]s?\.?$/, '').length : w.end - (w.text.endsWith('.') && !term.words[k].includes('.') ? 1 : 0);
      }
      if (end < 0) continue;
      for (const actorId of term.actorIds) mentions.push({ actorId, start: first.start, end, matched: text.slice(first.start, end) });
      i += n - 1;
      break;
    }
  }
  return mentions;
}
