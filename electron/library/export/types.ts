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

// One definition of these, in the model the UI also reads.
import type { PageSize, QuoteProblem } from '../../common/model';
export type { PageSize, QuoteProblem } from '../../common/model';
export type QuoteProblemKind = QuoteProblem['kind'];

export interface HtmlOptions {
  pageSize?: PageSize;
}
