/**
 * What every export format shares: the parsed body, each clip's quote and attribution,
 * and the numbered sources (one per article, numbered by first citation).
 */
import {
  attributionFor,
  citationFor,
  collectClipIds,
  formatLongDate,
  parseBriefingBody,
  type Citation,
  type ResolvedClip,
  type SerializedBriefingState,
} from '../../common/briefing-doc';
import type { ArticleMeta } from '../../common/model';
import type { ExportInput, QuoteProblem } from './types';
import { checkClip } from './verify';

export interface Source {
  /** 1-based footnote number. */
  number: number;
  article: ArticleMeta;
  citation: Citation;
}

export type PreparedClip =
  | { state: 'missing'; clipId: string }
  | {
      state: 'present';
      clipId: string;
      resolved: ResolvedClip;
      quote: string;
      attribution: string;
      source: Source;
      /** Set when the quote could not be verified; the export says so beside it. */
      problem: QuoteProblem | null;
      /** What the export prints beside an unverified quote, for the reader of the briefing. */
      warning: string;
    };

export interface PreparedBriefing {
  title: string;
  author: string;
  /** "7 November 2025", or '' when the briefing has no date. */
  date: string;
  state: SerializedBriefingState;
  clips: Map<string, PreparedClip>;
  sources: Source[];
}

const WARNINGS: Record<QuoteProblem['kind'], string> = {
  missing: '',
  orphaned: 'This quote could no longer be found in its article as the article now reads; check it against the source.',
  'not-verbatim': 'This quote does not match its article word for word; check it against the source.',
};

export function prepareBriefing(input: ExportInput): PreparedBriefing {
  const { briefing } = input;
  const state = parseBriefingBody(briefing.body);
  const clips = new Map<string, PreparedClip>();
  const sourcesByArticle = new Map<string, Source>();

  for (const clipId of collectClipIds(state)) {
    const resolved = input.clips[clipId];
    if (!resolved || resolved.clip.deletedAt) {
      clips.set(clipId, { state: 'missing', clipId });
      continue;
    }
    let source = sourcesByArticle.get(resolved.article.id);
    if (!source) {
      source = { number: sourcesByArticle.size + 1, article: resolved.article, citation: citationFor(resolved.article) };
      sourcesByArticle.set(resolved.article.id, source);
    }
    const problem = checkClip(clipId, resolved);
    clips.set(clipId, {
      state: 'present',
      clipId,
      resolved,
      quote: resolved.clip.selectors.quote.exact,
      attribution: attributionFor(resolved),
      source,
      problem,
      warning: problem ? WARNINGS[problem.kind] : '',
    });
  }

  return {
    title: briefing.title.trim() || 'Untitled briefing',
    author: briefing.author.trim(),
    date: formatLongDate(briefing.date),
    state,
    clips,
    sources: [...sourcesByArticle.values()],
  };
}
