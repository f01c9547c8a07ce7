import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getPreviousSelection,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type ElementNode,
  type PointType,
} from 'lexical';
import { $createClipNode } from '../nodes';

function $rootBlockOf(point: PointType): ElementNode | null {
  let node = point.getNode();
  while (node.getParent() && !$isRootOrShadowRoot(node.getParent())) node = node.getParent()!;
  return $isElementNode(node) && !$isRootOrShadowRoot(node) ? node : null;
}

function $isAtStart(point: PointType, block: ElementNode): boolean {
  if (point.offset !== 0) return false;
  const node = point.getNode();
  return node === block || node === block.getFirstDescendant();
}

function $isAtEnd(point: PointType, block: ElementNode): boolean {
  const node = point.getNode();
  if (point.type === 'text') return node === block.getLastDescendant() && point.offset === node.getTextContentSize();
  return (node === block && point.offset === block.getChildrenSize()) || (node === block.getLastDescendant() && $isElementNode(node) && point.offset === node.getChildrenSize());
}

/**
 * Puts a clip block where the caret is without leaving empty blocks behind: before a
 * block when the caret is at its start, after it when at its end (the caret then goes
 * to an empty paragraph after the clip, ready for typing), in place of the caret's
 * empty paragraph (which stays below the clip), else splitting the block at the caret.
 */
export function $insertClip(clipId: string): void {
  const clip = $createClipNode(clipId);
  const selection = $getSelection() ?? $getPreviousSelection();
  if ($isRangeSelection(selection) && selection.isCollapsed()) {
    const block = $rootBlockOf(selection.anchor);
    if (block) {
      if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
        block.insertBefore(clip);
        block.selectStart();
        return;
      }
      if ($isAtStart(selection.anchor, block)) {
        block.insertBefore(clip);
        return;
      }
      if ($isAtEnd(selection.anchor, block)) {
        block.insertAfter(clip);
        const next = clip.getNextSibling();
        const paragraph = $isParagraphNode(next) && next.getChildrenSize() === 0 ? next : clip.insertAfter($createParagraphNode());
        if ($isElementNode(paragraph)) paragraph.selectStart();
        return;
      }
    }
  }
  $insertNodeToNearestRoot(clip);
}
