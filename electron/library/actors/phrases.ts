/**
 * Noun phrases around a verb, read from tokens of the masked text: the subject before
 * "said" ("the Aldmark foreign ministry spokesman", "Jonas Kettering, a spokesman for the
 * ministry,") or after it ("said Mattias Reinholt, Aldmark's foreign minister").
 */
import { ADVERBIAL_STARTERS, isFiniteVerb, NAME_CONNECTORS, PRONOUNS, ROLE_NOUNS } from './lexicon';
import { isCapitalised, type Token } from './text';

const list = (s: string) => new Set(s.trim().split(/\s+/));

export const DETERMINERS = list('the a an its his her their our my your this that these those one another');
const INDEFINITE = list('a an one another some');
const RELATIVES = list('who which whose whom where when');
const STOP = list(`in on at to from for with by of about after before during since into onto over under between among
  against across through near than as and or but nor so yet that which who whom whose where when while if because
  although though said says told is was were are be been being has have had will would could can may might must shall
  should did does do not also later then again still already just only even there here him them us me we i you
  afterwards further too once now today yesterday tonight`);
/** Words between a subject and its verb that belong to neither ("Karavel later said", "has said"). */
const TRAILING = list(`later also afterwards further then again still has have had will would could did does was were
  is be quickly promptly once earlier separately meanwhile repeatedly simply only yesterday today`);

export type PhraseForm = 'name' | 'pronoun' | 'role' | 'indefinite' | 'relative';

export interface Phrase {
  tokens: Token[];
  start: number;
  end: number;
  form: PhraseForm;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.type === 'word';

function formOf(tokens: Token[]): PhraseForm {
  const first = tokens[0].lower;
  if (tokens.length === 1 && PRONOUNS[first]) return 'pronoun';
  if (tokens.length === 1 && RELATIVES.has(first)) return 'relative';
  if (INDEFINITE.has(first)) return 'indefinite';
  // "the foreign minister of Aldmark" is a role, whatever its last word.
  if (tokens.some((t, i) => i > 0 && /^(of|for|at)$/.test(t.lower) && ROLE_NOUNS.has(tokens[i - 1].lower))) return 'role';
  const head = tokens[tokens.length - 1];
  if (isCapitalised(head.text) && !DETERMINERS.has(head.lower)) return 'name';
  return 'role';
}

/** A phrase of the given tokens (punctuation dropped), null when no word is left. */
export function makePhrase(tokens: Token[]): Phrase | null {
  const words = tokens.filter((t) => t.type === 'word');
  if (!words.length) return null;
  return { tokens: words, start: words[0].start, end: words[words.length - 1].end, form: formOf(words) };
}

/** The noun phrase that ends just before tokens[end]: "Later on Saturday [the Vessonian defence ministry spokesman]". */
export function phraseEndingAt(tokens: Token[], end: number): Phrase | null {
  let i = end - 1;
  if (isWord(tokens[i]) && (PRONOUNS[tokens[i].lower] || RELATIVES.has(tokens[i].lower))) return makePhrase([tokens[i]]);
  const connects = (k: number) => NAME_CONNECTORS.has(tokens[k].text) && isWord(tokens[k - 1]) && isCapitalised(tokens[k - 1].text) && isCapitalised(tokens[k + 1]?.text ?? '');
  const fits = (k: number) => {
    const t = tokens[k];
    if (isCapitalised(t.text)) return !STOP.has(t.lower) && !DETERMINERS.has(t.lower);
    if (STOP.has(t.lower) || DETERMINERS.has(t.lower) || isFiniteVerb(t.lower)) return false;
    // "a move Aldmark called": a plain noun before a name belongs to another phrase; a role does not.
    const next = tokens[k + 1];
    return !(k + 1 < end && isCapitalised(next.text) && !ROLE_NOUNS.has(t.lower) && !ROLE_NOUNS.has(t.lower.replace(/s$/, '')));
  };
  while (i >= 0 && isWord(tokens[i]) && (fits(i) || connects(i))) i--;
  if (isWord(tokens[i]) && DETERMINERS.has(tokens[i].lower)) i--;
  let from = i + 1;
  // "a spokesman for the ministry": carry on over of/for/at when a role noun stands before it.
  const link = tokens[from - 1];
  if (from < end && isWord(link) && /^(of|for|at)$/.test(link.lower) && isWord(tokens[from - 2]) && (ROLE_NOUNS.has(tokens[from - 2].lower) || isCapitalised(tokens[from - 2].text))) {
    const before = phraseEndingAt(tokens, from - 1);
    if (before) from = tokens.indexOf(before.tokens[0]);
  }
  return from < end ? makePhrase(tokens.slice(from, end)) : null;
}

/** The noun phrase starting at tokens[start], up to a comma or the end: "said [Mattias Reinholt], Aldmark's...". */
export function phraseStartingAt(tokens: Token[], start: number): Phrase | null {
  let i = start;
  while (isWord(tokens[i]) && TRAILING.has(tokens[i].lower) && !isCapitalised(tokens[i].text)) i++;
  if (isWord(tokens[i]) && PRONOUNS[tokens[i].lower]) return makePhrase([tokens[i]]);
  let j = i;
  while (isWord(tokens[j]) && (j === i || !/^(who|which|whose|in|on|at|after|as|during|to|from|while|when)$/.test(tokens[j].lower))) j++;
  return j > i ? makePhrase(tokens.slice(i, j)) : null;
}

function segmentsOf(tokens: Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.type === 'punct' && t.text === ',') segments.push([]);
    else segments[segments.length - 1].push(t);
  }
  return segments;
}

/** Starts like "In Tessik", "Asked about...", "Across the strait": a lead-in, never the subject. */
const isLeadIn = (segment: Token[]) => segment.length > 0 && (ADVERBIAL_STARTERS.has(segment[0].lower) || /ing$/.test(segment[0].lower) && !isCapitalised(segment[0].text));

/**
 * The subject of a verb at tokens[end]: the phrase just before it, or, when the verb follows
 * a comma, the named phrase of "Name, apposition, who-clause, said" (a name beats its role).
 * `mustStartAtBeginning` asks that the subject take up everything before the verb (after a quote).
 */
export function subjectBefore(tokens: Token[], end: number, mustStartAtBeginning = false): Phrase | null {
  let last = end;
  while (last > 0 && isWord(tokens[last - 1]) && TRAILING.has(tokens[last - 1].lower)) last--;
  // "said on Friday", "on Saturday denied": a weekday phrase between subject and verb.
  if (last >= 2 && isWord(tokens[last - 1]) && /day$/.test(tokens[last - 1].lower) && /^(on|last)$/.test(tokens[last - 2].lower)) last -= 2;
  const before = tokens.slice(0, last);
  const segments = segmentsOf(before);
  const adjacent = segments[segments.length - 1];
  if (adjacent.length) {
    const found = phraseEndingAt(before, before.length);
    if (!found) return null;
    if (found.form === 'relative') {
      // "according to Edevane, who said": the subject is what the relative pronoun refers to.
      const comma = before.lastIndexOf(found.tokens[0]) - 1;
      return comma > 0 ? phraseEndingAt(before, comma) : null;
    }
    // After a quote only lead-ins may stand before the subject ('"...", in that law, Azzouz said').
    if (mustStartAtBeginning && found.start !== before.find(isWord)?.start && !segments.slice(0, -1).every(isLeadIn)) return null;
    return found;
  }
  const chain: Token[][] = [];
  for (let s = segments.length - 2; s >= 0; s--) {
    const segment = segments[s];
    if (!segment.length || isLeadIn(segment)) break;
    if (RELATIVES.has(segment[0].lower)) continue;
    chain.unshift(segment);
  }
  if (!chain.length) return null;
  if (mustStartAtBeginning && chain[0][0] !== before.find(isWord)) return null;
  const named = chain.find((segment) => isCapitalised(segment[0].text) && !DETERMINERS.has(segment[0].lower) && formOf(segment) === 'name');
  return makePhrase(named ?? chain[0]);
}
