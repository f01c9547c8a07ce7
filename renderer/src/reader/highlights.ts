/** A clip shown in the text: the passage [start, end) of the article text. */
export interface Highlight {
  clipId: string;
  start: number;
  end: number;
  /** What the highlight's tooltip and its "open" control say, e.g. `Clip by Mattias Reinholt: “We have…”`. */
  label: string;
}

/** A piece of a text run, either plain or inside one (or more, overlapping) highlights. */
export interface Segment {
  start: number;
  end: number;
  /** The innermost highlight over this piece (the shortest clip), or null. */
  clipId: string | null;
  /** More than one clip covers this piece. */
  overlap: boolean;
  /** Clips that begin exactly here: their "open" control goes before this piece. */
  begins: Highlight[];
}

/**
 * Cuts the text run [start, end) where highlights begin and end, so each piece can be
 * rendered as plain text or as a <mark>. Pieces keep absolute offsets.
 */
export function segmentRun(start: number, end: number, highlights: readonly Highlight[]): Segment[] {
  const over = highlights.filter((h) => h.start < end && h.end > start);
  if (over.length === 0) return [{ start, end, clipId: null, overlap: false, begins: [] }];
  const cuts = new Set([start, end]);
  for (const h of over) {
    if (h.start > start) cuts.add(h.start);
    if (h.end < end) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = over.filter((h) => h.start <= a && h.end >= b);
    const inner = covering.reduce<Highlight | null>((best, h) => (!best || h.end - h.start < best.end - best.start ? h : best), null);
    segments.push({
      start: a,
      end: b,
      clipId: inner?.clipId ?? null,
      overlap: covering.length > 1,
      begins: over.filter((h) => h.start === a),
    });
  }
  return segments;
}
