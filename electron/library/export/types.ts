import type { ResolvedClip } from '../../common/briefing-doc';
import type { Briefing } from '../../common/model';

export type { ResolvedClip } from '../../common/briefing-doc';

/**
 * Everything an export needs: the briefing and each clip its body embeds, looked up
 * by the caller. `null` means the clip was deleted: the export shows a "missing
 * source" marker in its place. An id absent from `clips` is treated the same way.
 */
export interface ExportInput {
  briefing: Briefing;
  clips: Record<string, ResolvedClip | null>;
}

export type QuoteProblemKind = 'missing' | 'orphaned' | 'not-verbatim';

/** A quote that cannot be vouched for, listed before export so the user can fix it or go on. */
export interface QuoteProblem {
  clipId: string;
  kind: QuoteProblemKind;
  /** What is wrong and what to do, for the user. */
  message: string;
}

export type PageSize = 'A4' | 'Letter';

export interface HtmlOptions {
  pageSize?: PageSize;
}
