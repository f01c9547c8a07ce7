/**
 * Proper names as written: runs of capitalised words ("Halberg Centre for Maritime
 * Studies", "Water Minister Miriam Oduya"), cleaned of sentence-initial common words and
 * split from the title in front of them. Whether a name is a person, a state or an
 * organisation is decided later, from all its occurrences together (cast.ts).
 */
import { ADVERBIAL_STARTERS, isCommonWord, isFirstName, isKnownName, isOrgWord, isPlaceWord, MONTHS, NAME_CONNECTORS, ORG_ENDINGS, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS } from './lexicon';
import { isCapitalised, isPossessive, stripPossessive, tokenize, type TextModel, type Token } from './text';

export interface NameOccurrence {
  start: number;
  end: number;
  /** The name as written, without a possessive 's and without the title. */
  text: string;
  words: string[];
  /** A title written in front of the name ("Water Minister"), lowercased. */
  title: string;
  titleStart: number;
  possessive: boolean;
  /** The first word of the name starts a sentence, so its capital proves nothing. */
  sentenceInitial: boolean;
  inQuote: boolean;
  /** A ship: "AMS Vigil". */
  vessel: boolean;
}

const isNameWord = (t: Token) =>
  t.type === 'word' && (isCapitalised(t.text) || /^\p{Lu}{2,}/u.test(t.text)) && !/^\d/.test(t.text) && !/(?:['’](?:ll|ve|re|d|m)|n['’]t)$/iu.test(t.text);
/** "Fishermen's Association", "Farmers' Union": a common noun's possessive inside an organisation's name. */
const commonPossessive = (t: Token) => {
  const base = stripPossessive(t.text);
  return isPossessive(t.text) && (isCommonWord(base) || ROLE_NOUNS.has(base.toLowerCase()) || /(?:men|ers)$/.test(base));
};
const JUNK = new Set([...MONTHS, ...WEEKDAYS, 'i', 'ok', 'tv']);

type Word = Token & { initial: boolean; inQuote: boolean };

/** Words of the original text with a flag for sentence starts (after . ? ! : an opening mark or a paragraph break). */
function wordsOf(model: TextModel): Word[] {
  const { text, masked } = model;
  const starts = new Set(model.sentences.map((s) => s.start));
  for (const q of model.quotations) for (const part of q.parts) starts.add(part.start);
  let boundary = true;
  const words = tokenize(text, 0, text.length) as Word[];
  for (const token of words) {
    token.inQuote = masked.charCodeAt(token.start) !== text.charCodeAt(token.start);
    if (token.type === 'punct') {
      token.initial = false;
      if (BOUNDARY_MARKS.has(token.text)) boundary = true;
      continue;
    }
    token.initial = boundary || starts.has(token.start);
    boundary = false;
  }
  return words;
}

const BOUNDARY_MARKS = new Set([...'.?!:“"‘\'„«\n—–']);

/** "Ministry of Defence", "Gulf of Mexico", "Secretary of State", "van Gogh" join; "Jamie Werner of Ngātiwai" does not. */
function joinsInstitution(left: Token[], connector: string): boolean {
  if (connector !== 'of' && connector !== 'for') return true;
  return left.some((t) => ORG_ENDINGS.has(t.lower) || isOrgWord(t.lower) || isPlaceWord(t.lower) || TITLE_WORDS.has(t.lower) || isCommonWord(t.text) && !isFirstName(t.text));
}

function joinedBySpace(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

/** Splits "Water Minister Miriam Oduya" into its title and the name; a name of org words keeps its capitals. */
function splitTitle(words: string[]): number {
  let split = -1;
  for (let i = 0; i < words.length - 1; i++) if (TITLE_WORDS.has(words[i].toLowerCase().replace(/\.$/, '')) || (i === 0 && ROLE_NOUNS.has(words[i].toLowerCase()))) split = i;
  if (split < 0) return 0;
  const rest = words.slice(split + 1);
  if (rest.some((w) => ORG_ENDINGS.has(w.toLowerCase()) || isOrgWord(w)) || NAME_CONNECTORS.has(rest[0])) return 0;
  return split + 1;
}

/** Every capitalised name in the article, in order, inside quotations too. */
export function findNames(model: TextModel): NameOccurrence[] {
  const { text } = model;
  const words = wordsOf(model);
  const names: NameOccurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i])) continue;
    let j = i;
    for (;;) {
      const next = words[j + 1];
      if (!next) break;
      const apostrophe = /^['’]$/.test(next.text) && next.start === words[j].end && /s$/.test(words[j].text) && isCommonWord(words[j].text);
      if (apostrophe && words[j + 2] && isNameWord(words[j + 2]) && joinedBySpace(text, next, words[j + 2])) {
        j += 2;
        continue;
      }
      if ((isPossessive(words[j].text) && !(commonPossessive(words[j]) && isNameWord(next))) || !joinedBySpace(text, words[j], next)) break;
      if (isNameWord(next)) j++;
      else if (NAME_CONNECTORS.has(next.text) && words[j + 2] && isNameWord(words[j + 2]) && joinedBySpace(text, next, words[j + 2]) && joinsInstitution(words.slice(i, j + 1), next.text)) j += 2;
      else break;
    }
    const run = words.slice(i, j + 1);
    i = j;
    // A common word that merely starts the sentence ("The", "Insurers", "According") is not part of a name.
    let first = 0;
    const known = isKnownName(run.map((t) => t.text).join(' '));
    while (!known && first < run.length && (JUNK.has(stripPossessive(run[first].lower)) || NAME_CONNECTORS.has(run[first].text) || ((run[first].initial || ADVERBIAL_STARTERS.has(run[first].lower) || run[first].lower === 'the') && isCommonWord(stripPossessive(run[first].text)) && !TITLE_WORDS.has(run[first].lower) && !TITLE_WORDS.has(run[first + 1]?.lower ?? '')))) first++;
    let last = run.length - 1;
    while (last >= first && (NAME_CONNECTORS.has(run[last].text) || JUNK.has(stripPossessive(run[last].lower)))) last--;
    if (last < first) continue;
    const kept = run.slice(first, last + 1).filter((t) => t.type === 'word');
    const texts = kept.map((t, k) => (k === kept.length - 1 ? stripPossessive(t.text) : t.text));
    const titleWords = splitTitle(texts);
    const nameWords = texts.slice(titleWords);
    if (nameWords.every((w) => TITLE_WORDS.has(w.toLowerCase()) || isCommonWord(w) && w === w.toLowerCase())) continue;
    const startToken = kept[titleWords];
    const endToken = kept[kept.length - 1];
    const possessive = isPossessive(endToken.text);
    const end = possessive ? endToken.end - 2 : endToken.end;
    names.push({
      start: startToken.start,
      end,
      text: text.slice(startToken.start, end),
      words: nameWords,
      title: texts.slice(0, titleWords).join(' ').toLowerCase(),
      titleStart: kept[0].start,
      possessive,
      sentenceInitial: kept[0].initial,
      inQuote: kept[0].inQuote,
      vessel: nameWords.length >= 2 && /^\p{Lu}{2,3}S$/u.test(nameWords[0]) && nameWords.length <= 3,
    });
  }
  return withOwners(text, [...names, ...ministries(model)].sort((a, b) => a.start - b.start));
}

const MINISTRY_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+) (?:foreign|defence|defense|interior|finance|fisheries|water|justice|health|trade|economy|energy|transport|agriculture) (?:ministry|office)(?![\p{L}])/gu;

/** "the Aldmark foreign ministry": an organisation named in lower case after its state. */
function ministries(model: TextModel): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  for (const m of model.text.matchAll(MINISTRY_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const inQuote = model.masked[start] !== model.text[start];
    out.push({ start, end, text: m[0], words: m[0].split(' '), title: '', titleStart: start, possessive: false, sentenceInitial: false, inQuote, vessel: false });
  }
  return out;
}

/**
 * "Vessonia's Ministry of Defence" and "Aldmark's Ministry of Defence" are two organisations:
 * a name made only of common words takes the possessive owner written before it.
 */
function withOwners(text: string, names: NameOccurrence[]): NameOccurrence[] {
  for (let i = 1; i < names.length; i++) {
    const owner = names[i - 1];
    const name = names[i];
    const generic = name.words.every((w) => isCommonWord(w) || ORG_ENDINGS.has(w.toLowerCase()) || NAME_CONNECTORS.has(w));
    if (!owner.possessive || name.title || !generic || owner.words.length > 3 || text.slice(owner.end, name.start) !== text.slice(owner.end, owner.end + 2) + ' ') continue;
    // A longer owner is part of one name ("Kelholm Fishermen's Association"), not an actor of its own.
    if (owner.words.length > 1) names.splice(--i, 1);
    names[i] = { ...name, start: owner.start, titleStart: owner.start, text: text.slice(owner.start, name.end), words: [...owner.words.slice(0, -1), text.slice(owner.start + (owner.text.length - owner.words[owner.words.length - 1].length), owner.end + 2), ...name.words], sentenceInitial: owner.sentenceInitial };
  }
  return names;
}
