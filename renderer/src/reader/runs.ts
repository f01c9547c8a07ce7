import type { Mark } from '../../../electron/common/model';

/** A piece of a block: plain text, or a mark wrapping smaller pieces. Offsets are absolute. */
export type Run =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mark'; mark: Mark; start: number; end: number; children: Run[] };

// When two marks cover the same range, the link wraps the emphasis, not the other way round.
const RANK: Record<Mark['type'], number> = { link: 0, strong: 1, em: 2, code: 3 };

const byPosition = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end || RANK[a.type] - RANK[b.type];

/**
 * Nests a block's marks into a tree of runs covering [start, end) exactly once.
 * A mark that crosses the end of an enclosing one is split in two, as HTML would need.
 */
export function buildRuns(start: number, end: number, marks: Mark[]): Run[] {
  let pending = marks
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }))
    .filter((m) => m.start < m.end)
    .sort(byPosition);
  const runs: Run[] = [];
  let pos = start;
  while (pending.length > 0) {
    const [outer, ...others] = pending;
    if (outer.start > pos) runs.push({ kind: 'text', start: pos, end: outer.start });
    const inside: Mark[] = [];
    const after: Mark[] = [];
    for (const mark of others) {
      if (mark.start >= outer.end) {
        after.push(mark);
        continue;
      }
      inside.push({ ...mark, end: Math.min(mark.end, outer.end) });
      if (mark.end > outer.end) after.push({ ...mark, start: outer.end });
    }
    runs.push({ kind: 'mark', mark: outer, start: outer.start, end: outer.end, children: buildRuns(outer.start, outer.end, inside) });
    pos = outer.end;
    pending = after.sort(byPosition);
  }
  if (pos < end) runs.push({ kind: 'text', start: pos, end });
  return runs;
}
