/**
 * What kind of actor a name is, from how the article uses it. Each clue adds weight to a
 * kind; the heaviest kind wins. Invented names ("Aldmark", "Eskil Rahn") are in no
 * lexicon, so the clues are mostly the grammar of news copy: titles, appositions, "X's
 * foreign minister", "the X government", datelines, "told the Ledger".
 */
import type { ActorKind } from '../../common/model';
import {
  ABBREVIATED, isCity, isCommonWord, isDemonym, isCountry, isFirstName, isVerbWord, isKnownOrganisation, isLastName, isOrgWord, isPlaceWord, isRegion,
  KNOWN_OUTLETS, MEDIA_WORDS, MILITARY_WORDS, ORG_ENDINGS, SPEECH_VERBS, TITLE_WORDS,
} from './lexicon';
import type { NameOccurrence } from './names';
import type { TextModel } from './text';

export type KindScores = Record<ActorKind, number>;

export const emptyScores = (): KindScores => ({ person: 0, state: 0, organisation: 0, military: 0, media: 0, other: 0 });

const STATE_AFTER_POSSESSIVE = /^['’]s\s+(?:(?:foreign|prime|defence|defense|water|interior|finance|economy|trade|justice|health|security|deputy|vice|top|chief|new|former|own)\s+)*(?:minister|ministry|government|navy|army|air force|president|capital|parliament|leader|coast ?guard|military|security council|cabinet|ambassador|embassy|envoy|delegation|side|waters|fleet|coast|border|territory|economy|people|farmers|continental shelf|prime minister|Ministry|Navy|Fleet|Army|Parliament|Government|Coastal|Northern|Southern|Eastern|Western)\b/u;
const STATE_ATTRIBUTIVE = /^\s+(?:government|authorities|cabinet|(?:foreign|defence|defense|interior|finance) (?:ministry|minister|office)|prime minister|president|navy|army|coast guard|military|officials|embassy|delegation|side|waters|border|fleet|frigates?|warships?|patrol|capital|security council)\b/u;
const PLACE_BEFORE = /\b(?:capital|city|town|port|village|province|region|in the city of),?\s+$/iu;
const STATE_OF_BEFORE = /\b(?:cape|coast|capital|territory|waters|islands?|north|south|east|west|northern|southern|eastern|western|border|shores?|government|president|prime minister|people|navy) of\s+$/iu;
const WARSHIP_BEFORE = /\b(?:frigates?|destroyers?|corvettes?|submarines?|carriers?|cruisers?|warships?|patrol boats?|minesweepers?)\s+$/iu;
const SHIP_BEFORE = /\b(?:ships?|vessels?|tankers?|freighters?|ferry|ferries|boats?|yacht)\s+$/iu;
const TOLD_BEFORE = /\b(?:told|interview with|speaking to|writing in|wrote in|reported by|quoted by|according to)\s+(?:the\s+)?$/iu;
const SPEECH_AFTER = /^\s*(?:,[^,]{1,80},\s*)?(?:said|says|told|added|explained|explains|wrote|writes|insisted|replied|answered|warned|denied)\b/u;
const GEO_WORDS = new Set(['sea', 'ocean', 'strait', 'straits', 'banks', 'gulf', 'river', 'lake', 'dam', 'reservoir', 'canal', 'island', 'islands', 'bay', 'mountains', 'gorge', 'basin', 'cape', 'peninsula', 'square', 'street', 'airport', 'harbour', 'harbor', 'port', 'valley', 'desert']);

/** Clues in the name itself. */
function nameClues(words: string[], scores: KindScores): void {
  const lower = words.map((w) => w.toLowerCase());
  const whole = lower.join(' ');
  const last = lower[lower.length - 1];
  if (isCountry(whole)) scores.state += 5;
  const abbreviated = words.length === 1 && /^\p{Lu}[\p{Lu}.]+$/u.test(words[0]) ? ABBREVIATED[whole] : undefined;
  if (abbreviated) scores[abbreviated] += 5;
  if (isCity(whole)) scores.other += 3;
  if (isRegion(whole)) scores.other += 2;
  if (isKnownOrganisation(whole)) scores.organisation += 4;
  if (KNOWN_OUTLETS.has(whole.replace(/\s+/g, '-'))) scores.media += 6;
  if (MILITARY_WORDS.has(last)) scores.military += 4;
  else if (MEDIA_WORDS.has(last) && words.length > 1) scores.media += 2;
  else if (ORG_ENDINGS.has(last) || isOrgWord(last)) scores.organisation += 3;
  else if (lower.some((w) => ORG_ENDINGS.has(w))) scores.organisation += 2.5;
  if (GEO_WORDS.has(last) || (isPlaceWord(last) && !isOrgWord(last)) || lower[0] === 'port' || lower[0] === 'mount') scores.other += 3;
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0])) scores.organisation += 1;
  if (words.length >= 2 && words.length <= 4 && !lower.some((w) => ORG_ENDINGS.has(w) || MILITARY_WORDS.has(w) || GEO_WORDS.has(w))) {
    if (!isCommonWord(words[0]) && !isDemonym(lower[0]) && !/(?:an|ian|ish|ese)$/.test(lower[0])) scores.person += 0.5;
    if (isFirstName(lower[0])) scores.person += 2;
    if (isLastName(last)) scores.person += 1;
  }
}

/** Clues in the words around one occurrence. */
function contextClues(model: TextModel, o: NameOccurrence, scores: KindScores, oneWord: boolean): void {
  const text = o.inQuote ? model.text : model.masked;
  const before = text.slice(Math.max(0, o.titleStart - 40), o.titleStart);
  const after = text.slice(o.end, o.end + 100);
  if (o.vessel) scores.military += 5;
  if (o.title && TITLE_WORDS.has(o.title.split(' ').pop()!)) scores.person += 3;
  if (STATE_AFTER_POSSESSIVE.test(after)) scores.state += 2;
  if (oneWord && STATE_ATTRIBUTIVE.test(after)) scores.state += 2;
  if (PLACE_BEFORE.test(before)) scores.other += 3;
  if (STATE_OF_BEFORE.test(before)) scores.state += 1.5;
  if (/\b(?:in|to|from|near|outside|visited|visit)\s+$/iu.test(before)) {
    scores.state += 0.3;
    scores.other += 0.5;
  }
  if (WARSHIP_BEFORE.test(before)) scores.military += 4;
  else if (SHIP_BEFORE.test(before)) scores.other += 3;
  if (/\btold\s+(?:the\s+)?$/u.test(before) && !o.title) scores.media += 3;
  else if (TOLD_BEFORE.test(before) && MEDIA_WORDS.has(o.words[o.words.length - 1].toLowerCase())) scores.media += 2;
  if (/^,\s+who\b/u.test(after) && !o.words.some((w) => ORG_ENDINGS.has(w.toLowerCase()) || isOrgWord(w))) scores.person += 3;
  if (/^,\s+which\b/u.test(after)) {
    if (oneWord) scores.state += 1.5;
    else scores.organisation += 1.5;
  }
  // A one-word name that acts ("Vessonia keeps warships", "Ulmora began filling") is more likely a state than a town.
  const verb = /^\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+day\s+)?(\p{Ll}+)/u.exec(after)?.[1];
  const withThe = /\bthe\s+$/iu.test(before);
  if (oneWord && withThe) scores.other += 0.5;
  else if (oneWord && !o.possessive && verb && isVerbWord(verb) && !SPEECH_VERBS.has(verb) && !/\b(?:in|at|from|to|near|of|by|for|with|on)\s+$/iu.test(before)) scores.state += 0.8;
  if (/\b(?:between|standoff|talks|dispute|conflict|relations|tension)\s+(?:\p{Lu}\p{L}+\s+and\s+)?$/u.test(before) && /^\s+and\s+\p{Lu}/u.test(after) || /\bbetween\s+\p{Lu}\p{L}+\s+and\s+$/u.test(before)) scores.state += 2;
  // Something that speaks is most often a person; states and organisations have other clues.
  if (SPEECH_AFTER.test(after)) scores.person += oneWord ? 0.8 : 0.5;
}

/** Adds the clues of every occurrence of one name to its scores. */
export function scoreName(model: TextModel, words: string[], occurrences: NameOccurrence[], scores: KindScores): void {
  nameClues(words, scores);
  const oneWord = words.length === 1;
  for (const o of occurrences) contextClues(model, o, scores, oneWord);
  for (const d of model.datelines) {
    const name = words.join(' ').toLowerCase();
    if (model.text.slice(d.city.start, d.city.end).toLowerCase() === name) scores.other += 3;
    if (d.regions.some((r) => model.text.slice(r.start, r.end).toLowerCase() === name)) scores.state += 2;
  }
}

/** "Vessonia" is a state when the article also says "Vessonian". */
export function demonymClue(name: string, capitalisedWords: Set<string>, scores: KindScores): void {
  const base = name.replace(/a$/, '');
  for (const ending of ['n', 'an', 'ian', 'ese', 'ish', 'i']) {
    if (capitalisedWords.has(name + ending) || capitalisedWords.has(base + ending)) {
      scores.state += 2;
      return;
    }
  }
}

/** The kind with the most weight; `other` when nothing speaks for any kind. */
export function bestKind(scores: KindScores): { kind: ActorKind; weight: number } {
  let best: ActorKind = 'other';
  let weight = 0;
  for (const kind of Object.keys(scores) as ActorKind[]) {
    if (scores[kind] > weight) {
      best = kind;
      weight = scores[kind];
    }
  }
  return { kind: best, weight };
}
