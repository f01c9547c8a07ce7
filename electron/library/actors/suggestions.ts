import type { Actor, SpeakerSuggestion } from '../../common/model';
import { findQuotations, suggestForArticle, suggestSpeaker } from './suggest';

export { suggestForArticle };

/**
 * The likely speaker of a passage the user selected: the direct quotation that holds
 * the selection when there is one, else the selection itself read as a quotation.
 */
export function suggestSpeakerForRange(text: string, start: number, end: number, actors: Actor[]): SpeakerSuggestion | null {
  const quotation =
    findQuotations(text).find((q) => q.start <= end && q.end >= start) ?? { start, end, text: text.slice(start, end) };
  return suggestSpeaker(text, quotation, actors);
}
