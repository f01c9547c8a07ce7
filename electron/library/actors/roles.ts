/**
 * Roles from the way news copy introduces people: "Ilse Varga, Aldmark's foreign minister,",
 * "Aldmark's foreign minister, Ilse Varga,", "foreign minister Ilse Varga", "Commodore
 * Eskil Rahn", "Dorrek, who commands Vessonia's Northern Fleet". A later "the ministry
 * spokeswoman" or "the commodore" is matched against these notes (and the registry's roles).
 */
import { isFiniteVerb, ROLE_NOUNS, SPEECH_VERBS } from './lexicon';
import type { NameOccurrence } from './names';
import { phraseEndingAt } from './phrases';
import { tokenize, type TextModel } from './text';

export interface RoleNote {
  /** Words to match a later role phrase against (lowercase). */
  words: string[];
  /** The role as a user would file it ("foreign minister"), or null for a who-clause. */
  display: string | null;
  /** The owner of the role when written ("Aldmark" in "Aldmark's foreign minister"). */
  affiliation: string | null;
  at: number;
}

const ROLE_END = /(?=,|\.|;|:|\s+(?:said|says|told|added|explains|explained|wrote|insisted|replied)\b|$)/;
const AFTER_RE = new RegExp(String.raw`^,\s+((?:a|an|the|his|her|its|their)\s+)?([^,.;:\u0001“”"()]{2,90}?)` + ROLE_END.source, 'u');
const WHO_RE = /^,\s+who\s+(?:is|was|has been|had been|now\s+)?\s*([^,.;:\u0001]{2,80})/u;

const wordsOf = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** "commander" and "commands", "spokesman" and "spokeswoman", "minister" and "ministers" share a stem. */
const stems = new Map<string, string>();

export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const result = computeStem(word);
  if (stems.size < 50_000) stems.set(word, result);
  return result;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  w = w.replace(/(?:wo)?m[ae]n$|persons?$|people$/, '');
  if (w.length > 4) w = w.replace(/(?<!s)s$/, '');
  if (w.length > 5) w = w.replace(/(?:er|ed|ing|or)$/, '');
  return w;
}

/** Place names and their adjectives ("Vessonia", "Vessonian") match on a common beginning. */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const n = Math.min(x.length, y.length) - 1;
  return n >= 5 && x.slice(0, n) === y.slice(0, n);
}

function hasRoleNoun(words: string[]): boolean {
  return words.some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(stem(w)) || /(?:ist|man|woman|person)$/.test(w));
}

/** Finds what "its" or "the ministry's" refers to: the name of an organisation or state written before `at`. */
export type Antecedent = (at: number, noun: string | null) => string | null;

function noteFrom(phrase: string, at: number, antecedent: Antecedent): RoleNote | null {
  const pronounOwner = /^(?:its|their)\s/i.test(phrase.trim());
  const trimmed = phrase.trim().replace(/^(?:a|an|the|his|her|its|their)\s+/i, '');
  const owner = /^(\p{Lu}[\p{L}\- ]*?)['’]s\s+(.+)$/u.exec(trimmed);
  const nounOwner = owner ? null : /^(\p{Ll}+)['’]s\s+(.+)$/u.exec(trimmed);
  const display = (owner ?? nounOwner)?.[2] ?? trimmed;
  if (!hasRoleNoun(wordsOf(display)) || (/^\p{Lu}/u.test(display) && !owner && !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(display))) return null;
  const of = /\b(?:of|for|at)\s+(?:the\s+)?(\p{Lu}[^,]*)$/u.exec(display);
  const referred = pronounOwner ? antecedent(at, null) : nounOwner ? antecedent(at, nounOwner[1]) : null;
  const affiliation = owner ? owner[1] : (referred ?? (of ? of[1] : null));
  return { words: [...wordsOf(trimmed), ...(referred ? wordsOf(referred) : [])], display, affiliation, at };
}

/** Role notes written around one occurrence of a name. */
export function rolesAround(model: TextModel, occurrence: NameOccurrence, antecedent: Antecedent): RoleNote[] {
  const notes: RoleNote[] = [];
  const { masked } = model;
  if (occurrence.inQuote) return notes;
  // "Mr." or "Dr" is a form of address, not a role.
  if (occurrence.title && !/^(?:mr|mrs|ms|miss|dr|sir|dame|prof|mstr)\.?$/.test(occurrence.title)) notes.push({ words: wordsOf(occurrence.title), display: occurrence.title, affiliation: null, at: occurrence.titleStart });
  const after = masked.slice(occurrence.end + (occurrence.possessive ? 2 : 0), occurrence.end + 120);
  // "In Kelholm, a spokesman said": a place after a preposition has no apposition.
  const leadIn = /\b(?:in|at|from|near|on|across|over|outside|inside)\s+$/iu.test(masked.slice(Math.max(0, occurrence.titleStart - 12), occurrence.titleStart));
  const firstWord = /^,\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
  const startsClause = /^(?:who|which|whose|where|when)$/.test(firstWord) || SPEECH_VERBS.has(firstWord) || isFiniteVerb(firstWord);
  const apposition = occurrence.possessive || leadIn || startsClause ? null : AFTER_RE.exec(after);
  if (apposition) {
    const note = noteFrom(apposition[0].replace(/^,\s+/, ''), occurrence.end, antecedent);
    if (note) notes.push(note);
  }
  const who = WHO_RE.exec(after);
  if (who) notes.push({ words: wordsOf(who[1]), display: null, affiliation: null, at: occurrence.end });
  // "Aldmark's foreign minister, Ilse Varga" and "foreign minister Ilse Varga".
  const from = Math.max(0, occurrence.titleStart - 100);
  // Only a lower-case role noun right before the name ("foreign minister, Ilse Varga") is worth reading further.
  const before = /(\p{Ll}+),?\s*$/u.exec(masked.slice(Math.max(0, occurrence.titleStart - 24), occurrence.titleStart))?.[1];
  if (!before || !hasRoleNoun([before])) return notes;
  const tokens = tokenize(masked, from, occurrence.titleStart);
  let end = tokens.length;
  if (tokens[end - 1]?.text === ',') end--;
  const lastWord = tokens[end - 1];
  if (lastWord?.type === 'word' && !/^\p{Lu}/u.test(lastWord.text) && hasRoleNoun([lastWord.lower])) {
    const phrase = phraseEndingAt(tokens, end);
    if (phrase) {
      const note = noteFrom(masked.slice(phrase.start, phrase.end), phrase.start, antecedent);
      if (note) notes.push(note);
    }
  }
  return notes;
}

/** Stems of the words a role phrase or note is made of. */
export const stemsOf = (words: string[]) => words.map(stem);
