/**
 * Dossier's suggestions for an article, as pure functions of its canonical text and the
 * actor registry: the direct quotations and who probably said each, the known actors it
 * names, and new names to propose. Nothing here stores anything; the user confirms.
 */
import type { Actor, ActorMention, ArticleSuggestions, ProposedActor, Quotation, SpeakerSuggestion } from '../../common/model';
import { buildCast, type Cast } from './cast';
import { findActorMentions, liveActors } from './mentions';
import { proposeFromCast, refineKinds } from './propose';
import { findQuotations, type QuotationSpan } from './quotations';
import type { Context } from './resolve';
import { attributeAll, judgeQuotation, type Verdict } from './speaker';
import { readText, sentenceIndexAt, tokenize, MASK, type TextModel } from './text';

export { findActorMentions, findQuotations };

interface Analysis {
  text: string;
  actors: Actor[];
  model: TextModel;
  cast: Cast;
  ctx: Context;
  verdicts: Map<QuotationSpan, Verdict>;
}

/** The last article read: the reader asks for quotations, speakers and proposals of one article in a row. */
let last: Analysis | null = null;

function analyse(text: string, actors: Actor[], mentions?: ActorMention[]): Analysis {
  if (last && last.text === text && last.actors === actors && !mentions) return last;
  const live = liveActors(actors);
  const model = readText(text);
  const found = mentions ?? findActorMentions(text, live);
  const cast = buildCast(model, live, found);
  refineKinds(model, cast);
  const ctx: Context = { model, cast, mentions: found, actors: new Map(live.map((a) => [a.id, a])), events: [], eventsBySentence: new Map() };
  const verdicts = attributeAll(ctx);
  const analysis = { text, actors, model, cast, ctx, verdicts };
  if (!mentions) last = analysis;
  return analysis;
}

/** A passage that is not one of the article's quotations, read as if it were quoted. */
function judgePassage(a: Analysis, start: number, end: number): Verdict {
  const sentence = sentenceIndexAt(a.model, start);
  const s = a.model.sentences[sentence];
  if (!s || end <= start) return null;
  const masked = a.model.masked.slice(0, start) + MASK.repeat(end - start) + a.model.masked.slice(end);
  const tokens = tokenize(masked, Math.min(s.start, start), Math.max(s.end, end));
  const k = tokens.findIndex((t) => t.start <= start && t.end >= end && t.type === 'quote');
  if (k < 0) return null;
  return judgeQuotation(a.ctx, tokens.slice(0, k), tokens.slice(k + 1), sentence, a.verdicts);
}

/**
 * Who probably said a quotation of the article (or a passage the user selected): a known
 * actor when one matches, else a name to propose; null when nothing credible attributes it.
 */
export function suggestSpeaker(text: string, quotation: Pick<Quotation, 'start' | 'end'>, actors: Actor[], mentions?: ActorMention[]): SpeakerSuggestion | null {
  const a = analyse(text, actors, mentions);
  const holder = a.model.quotations.find((q) => q.start <= quotation.start && q.end >= quotation.end);
  if (holder) return a.verdicts.get(holder) ?? null;
  return judgePassage(a, quotation.start, quotation.end);
}

/** New people, states, organisations... the article names that the registry does not know. */
export function proposeActors(text: string, actors: Actor[]): ProposedActor[] {
  const a = analyse(text, actors);
  return proposeFromCast(a.cast, liveActors(actors));
}

/** Everything the reader and `dossier suggest` show for one article. */
export function suggestForArticle(text: string, actors: Actor[]): ArticleSuggestions {
  const a = analyse(text, actors);
  const order = new Map<string, number>();
  for (const m of a.ctx.mentions) if (!order.has(m.actorId)) order.set(m.actorId, order.size);
  const known = [...a.ctx.mentions].sort((x, y) => order.get(x.actorId)! - order.get(y.actorId)! || x.start - y.start);
  return {
    known,
    proposed: proposeFromCast(a.cast, liveActors(actors)),
    quotations: a.model.quotations.map((q) => ({ start: q.start, end: q.end, text: q.text, parts: q.parts, speaker: a.verdicts.get(q) ?? null })),
  };
}
