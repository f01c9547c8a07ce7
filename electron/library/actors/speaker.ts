/**
 * The attribution rules: who said each quotation, from the words around it in its
 * sentence ("...," Peskov said / said Peskov / Peskov said: "..." / according to Peskov /
 * Peskov said that ... "...") or, for a quote standing alone, from the quote or sentence
 * before it. Sentences are read in order so that "he said" can look back at who spoke.
 */
import type { SpeakerSuggestion } from '../../common/model';
import { firstAtOrAfter } from './cast';
import { isVerbWord, LEAD_VERBS, SPEECH_VERBS } from './lexicon';
import { phraseStartingAt, subjectBefore, type Phrase } from './phrases';
import type { QuotationSpan } from './quotations';
import { addEvent, eventsIn, resolvePhrase, type Context, type Resolution, type Via } from './resolve';
import { isCapitalised, tokenize, type Token } from './text';

const CONFIDENCE_BY_VIA: Record<Via, number> = { name: 1, alias: 1, surname: 0.95, government: 0.9, role: 0.8, pronoun: 0.8, spokesperson: 0.6 };

export type Verdict = SpeakerSuggestion | null;

const isWord = (t: Token | undefined): t is Token => t?.type === 'word';

function suggestion(r: Resolution, pattern: string, base: number): SpeakerSuggestion {
  const via = r.via === 'name' ? '' : ` (${r.via})`;
  return { name: r.speaker.name, actorId: r.speaker.actorId, pattern: pattern + via, confidence: Math.round(base * CONFIDENCE_BY_VIA[r.via] * 100) / 100 };
}

/**
 * Resolves an attribution phrase: a suggestion, null for an anonymous speaker ("a ferry
 * captain"), `unresolved` for a phrase that names nobody the article or registry knows,
 * `undefined` when there is no phrase.
 */
function judge(ctx: Context, phrase: Phrase | null, pattern: string, base: number): Verdict | 'unresolved' | undefined {
  if (!phrase) return undefined;
  const r = resolvePhrase(ctx, phrase);
  if (r === 'anonymous') return null;
  if (r === null) return 'unresolved';
  return suggestion(r, pattern, base);
}

const settle = (v: Verdict | 'unresolved' | undefined): Verdict | undefined => (v === 'unresolved' ? null : v);

/** '"...," said X', '"...," X said', '"...," according to X', 'described as "..." by X'. */
function afterQuote(ctx: Context, pre: Token[], post: Token[]): Verdict | undefined {
  const p = post[0]?.text === ',' ? post.slice(1) : post;
  const first = p[0];
  if (!isWord(first)) return undefined;
  if (SPEECH_VERBS.has(first.lower)) return settle(judge(ctx, phraseStartingAt(p, 1), `"…," ${first.lower} X`, 0.9));
  if (first.lower === 'according' && p[1]?.lower === 'to') return settle(judge(ctx, phraseStartingAt(p, 2), '"…," according to X', 0.85));
  if (first.lower === 'by' && pre.some((t) => LEAD_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower))) {
    return settle(judge(ctx, phraseStartingAt(p, 1), 'described as "…" by X', 0.8));
  }
  const verb = p.findIndex((t, i) => i > 0 && i < 30 && isWord(t) && SPEECH_VERBS.has(t.lower));
  if (verb > 0) {
    const direct = judge(ctx, subjectBefore(p, verb, true), `"…," X ${p[verb].lower}`, 0.9);
    if (direct !== undefined) return settle(direct);
  }
  // '"..." are all thought to contribute, according to the department'.
  const according = p.findIndex((t, i) => t.lower === 'according' && p[i + 1]?.lower === 'to');
  if (according > 0) return settle(judge(ctx, phraseStartingAt(p, according + 2), '"…" …, according to X', 0.75));
  return undefined;
}

/** 'X said: "..."', 'according to X, "..."' and reported speech with a partial quote, 'X said that ... "..."'. */
function beforeQuote(ctx: Context, pre: Token[]): Verdict | undefined {
  const lastPunct = pre[pre.length - 1];
  const direct = lastPunct?.type === 'punct' && /[:,]/.test(lastPunct.text);
  let unresolved = false;
  // The verb nearest the quote first; a subject nobody knows ("the company asked") gives way to an earlier one.
  for (let i = pre.length - 1; i >= 0; i--) {
    const t = pre[i];
    if (!isWord(t)) continue;
    let verdict: Verdict | 'unresolved' | undefined;
    if (t.lower === 'according' && pre[i + 1]?.lower === 'to') {
      verdict = judge(ctx, phraseStartingAt(pre, i + 2), 'according to X, "…"', direct ? 0.85 : 0.8);
    } else if (SPEECH_VERBS.has(t.lower) || LEAD_VERBS.has(t.lower)) {
      const close = direct && pre.length - i <= 8;
      const pattern = !close ? `X ${t.lower} that … "…"` : pre.length - i === 2 ? `X ${t.lower}: "…"` : `X ${t.lower} …: "…"`;
      verdict = judge(ctx, subjectBefore(pre, i), pattern, close ? 0.9 : 0.75);
    }
    if (verdict === 'unresolved') unresolved = true;
    else if (verdict !== undefined) return verdict;
  }
  if (unresolved) return null;
  // "His spokeswoman, Daria Mentis, put it more gently:": a colon lead-in names its speaker as the subject.
  if (lastPunct?.text === ':') {
    const verb = pre.findIndex((t, i) => i > 0 && isWord(t) && !isCapitalised(t.text) && isVerbWord(t.lower));
    if (verb > 0) return settle(judge(ctx, subjectBefore(pre, verb), 'X …: "…"', 0.7));
  }
  return undefined;
}

/** A quote standing alone as a sentence: the speaker of the quote before it, or whom the sentence before spoke of. */
function continuing(ctx: Context, verdicts: Map<QuotationSpan, Verdict>, sentence: number): Verdict {
  const { sentences, quotations, masked } = ctx.model;
  const here = sentences[sentence];
  for (let s = sentence - 1; s >= 0; s--) {
    const { start, end, paragraph } = sentences[s];
    if (paragraph < here.paragraph - 1) break;
    const sameParagraph = paragraph === here.paragraph;
    // "In a statement, the ministry said:" closing the paragraph before a quoted paragraph.
    if (!sameParagraph && masked[end - 1] === ':') {
      const lead = beforeQuote(ctx, tokenize(masked, start, end));
      return lead === undefined ? null : lead && { ...lead, pattern: `${lead.pattern} (paragraph before)` };
    }
    const quotes: QuotationSpan[] = [];
    for (let i = firstAtOrAfter(quotations, start); i < quotations.length && quotations[i].open < end; i++) quotes.push(quotations[i]);
    if (quotes.length) {
      const before = verdicts.get(quotes[quotes.length - 1]);
      if (!before) return null;
      const pattern = sameParagraph ? 'continues the previous quote' : 'continues the quote of the previous paragraph';
      return { ...before, pattern, confidence: Math.min(before.confidence, sameParagraph ? 0.7 : 0.6) };
    }
    if (!sameParagraph) return subjectOfParagraphEnd(ctx, tokenize(masked, start, end));
    const event = eventsIn(ctx, s)[0];
    const named = ctx.cast.within(start, end).find(({ occurrence: o }) => !o.possessive && !o.inQuote);
    const who = event?.speaker ?? (named && named.referent.kind === 'person' ? { name: named.referent.name, actorId: named.referent.actorId } : null);
    if (who) return { name: who.name, actorId: who.actorId, pattern: 'named in the sentence before', confidence: 0.5 };
  }
  return null;
}

/**
 * A quoted paragraph after a paragraph that ends on someone ("...he defended his decision.")
 * most often gives that person's words.
 */
function subjectOfParagraphEnd(ctx: Context, tokens: Token[]): Verdict {
  const verb = tokens.findIndex((t, i) => i > 0 && isWord(t) && !isCapitalised(t.text) && isVerbWord(t.lower));
  const subject = verb > 0 ? subjectBefore(tokens, verb) : null;
  const r = subject && subject.form !== 'indefinite' ? resolvePhrase(ctx, subject) : null;
  if (!r || r === 'anonymous' || r.speaker.kind !== 'person') return null;
  return suggestion(r, 'named at the end of the paragraph before', 0.5);
}

/** The verdict for one quotation (or selected passage) given the tokens of its sentence around it. */
export function judgeQuotation(ctx: Context, pre: Token[], post: Token[], sentence: number, verdicts: Map<QuotationSpan, Verdict>, previous?: Verdict): Verdict {
  const after = afterQuote(ctx, pre, post);
  if (after !== undefined) return after;
  const before = beforeQuote(ctx, pre);
  if (before !== undefined) return before;
  // '... had "listened to every argument" and called the figure 'final'': the same speaker as the quote before.
  if (previous) return { ...previous, pattern: 'same sentence as the quote before', confidence: Math.min(previous.confidence, 0.7) };
  if (!pre.some(isWord) && !post.some(isWord)) return continuing(ctx, verdicts, sentence);
  return null;
}

/** Records who each speech verb of a sentence is about, for later "he said" and lone quotes. */
function noteSubjects(ctx: Context, tokens: Token[], sentence: number): void {
  let clause = 0;
  tokens.forEach((t, i) => {
    if (t.type === 'quote') clause = i + 1;
    if (!isWord(t) || !SPEECH_VERBS.has(t.lower)) return;
    const phrase = subjectBefore(tokens.slice(clause, i), i - clause);
    const r = phrase && phrase.form !== 'indefinite' ? resolvePhrase(ctx, phrase) : null;
    if (r && r !== 'anonymous') addEvent(ctx, { at: phrase!.start, sentence, speaker: r.speaker });
  });
}

/** Attributes every quotation of the article, in reading order. */
export function attributeAll(ctx: Context): Map<QuotationSpan, Verdict> {
  const verdicts = new Map<QuotationSpan, Verdict>();
  const { sentences, quotations, masked } = ctx.model;
  let q = 0;
  sentences.forEach((s, index) => {
    const tokens = tokenize(masked, s.start, s.end);
    const quoteTokens = tokens.map((t, i) => (t.type === 'quote' ? i : -1)).filter((i) => i >= 0);
    for (const k of quoteTokens) {
      while (q < quotations.length && quotations[q].close <= tokens[k].start) q++;
      const quotation = quotations[q];
      if (!quotation || quotation.open >= tokens[k].end) continue;
      const previous = quoteTokens.filter((i) => i < k).pop() ?? -1;
      const next = quoteTokens.find((i) => i > k) ?? tokens.length;
      const before = previous >= 0 ? verdicts.get(quotations[q - 1]) : undefined;
      const verdict = judgeQuotation(ctx, tokens.slice(previous + 1, k), tokens.slice(k + 1, next), index, verdicts, before);
      verdicts.set(quotation, verdict);
      if (verdict) addEvent(ctx, { at: quotation.open, sentence: index, speaker: { name: verdict.name, actorId: verdict.actorId, kind: kindOf(ctx, verdict) } });
    }
    noteSubjects(ctx, tokens, index);
  });
  return verdicts;
}

function kindOf(ctx: Context, v: SpeakerSuggestion) {
  if (v.actorId) return ctx.actors.get(v.actorId)?.kind ?? null;
  return ctx.cast.referents.find((r) => r.name === v.name)?.kind ?? null;
}
