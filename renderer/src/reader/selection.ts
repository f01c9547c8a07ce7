/**
 * Maps a DOM selection in the reading view to offsets in the article's canonical text.
 * Every element carrying `data-start` without `data-end` is a leaf holding exactly one
 * text node that starts at that offset (see Runs.tsx); blocks carry both attributes.
 */
const LEAVES = '[data-start]:not([data-end])';

function leafOf(node: Node): HTMLElement | null {
  const parent = node.parentElement;
  return node.nodeType === Node.TEXT_NODE && parent?.matches(LEAVES) ? parent : null;
}

function leafText(leaf: Element): Text | null {
  const first = leaf.firstChild;
  return first && first.nodeType === Node.TEXT_NODE ? (first as Text) : null;
}

/**
 * The text offset of a DOM boundary point. A point inside a leaf's text maps exactly;
 * any other point (between elements, in the header, on a control) snaps to the next
 * leaf for a start and to the previous leaf for an end, which clamps it to the article.
 */
export function offsetAt(body: Element, node: Node, offset: number, edge: 'start' | 'end', textLength: number): number {
  const leaf = leafOf(node);
  if (leaf && body.contains(leaf)) return Number(leaf.dataset.start) + offset;
  const point = document.createRange();
  point.setStart(node, offset);
  const leaves = [...body.querySelectorAll(LEAVES)];
  if (edge === 'start') {
    for (const candidate of leaves) {
      const text = leafText(candidate);
      // comparePoint: 1 when (text, 0) lies after the point.
      if (text && point.comparePoint(text, 0) >= 0) return Number((candidate as HTMLElement).dataset.start);
    }
    return textLength;
  }
  for (let i = leaves.length - 1; i >= 0; i--) {
    const text = leafText(leaves[i]);
    if (text && point.comparePoint(text, text.length) <= 0) return Number((leaves[i] as HTMLElement).dataset.start) + text.length;
  }
  return 0;
}

/** The selected passage [start, end) of the article, or null when nothing of it is selected. */
export function selectionOffsets(body: Element, selection: Selection | null, textLength: number): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(body)) return null;
  const start = Math.max(0, offsetAt(body, range.startContainer, range.startOffset, 'start', textLength));
  const end = Math.min(textLength, offsetAt(body, range.endContainer, range.endOffset, 'end', textLength));
  return start < end ? { start, end } : null;
}
