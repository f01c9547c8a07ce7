import { collectClipIds, type ResolvedClip } from '../../common/briefing-doc';
import type { ExportInput, QuoteProblem } from './types';

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Checks one clip: it exists, it is anchored, and its quote is exactly the article's
 * text at the clip's position. One problem per clip, the one to fix first.
 */
export function checkClip(clipId: string, resolved: ResolvedClip | null | undefined): QuoteProblem | null {
  // A clip in the trash is as gone for the reader as a purged one.
  if (!resolved || resolved.clip.deletedAt) {
    return {
      clipId,
      kind: 'missing',
      message: 'A clip quoted in this briefing was deleted. Restore the clip from the trash, or remove its "missing source" block.',
    };
  }
  const { clip, articleText, article } = resolved;
  const quote = clip.selectors.quote.exact;
  const label = `"${shorten(quote)}" (${article.outlet || article.title})`;
  if (clip.status === 'orphaned') {
    const reason = clip.statusReason || 'Its article changed and the quote could not be found again.';
    return { clipId, kind: 'orphaned', message: `The quote ${label} is no longer anchored in its article: ${reason}` };
  }
  const { start, end } = clip.selectors.position;
  if (!quote || articleText.slice(start, end) !== quote) {
    const elsewhere = quote !== '' && articleText.includes(quote);
    return {
      clipId,
      kind: 'not-verbatim',
      message: elsewhere
        ? `The quote ${label} appears in its article, but not where the clip points. Open the clip to re-anchor it.`
        : `The quote ${label} is not in its article's text word for word. Clip it again from the article.`,
    };
  }
  return null;
}

/** Every quote problem of a briefing, in the order its clips appear. */
export function verifyQuotes(input: ExportInput): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const id of collectClipIds(input.briefing.body)) {
    const problem = checkClip(id, input.clips[id]);
    if (problem) problems.push(problem);
  }
  return problems;
}
