/** Reading and changing the kind of block under the caret, for the toolbar. */
import { $isLinkNode } from '@lexical/link';
import { $isListNode, $removeList, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

/** The block kinds the toolbar sets; lists have their own buttons. */
export type BlockKind = 'paragraph' | 'h2' | 'h3' | 'quote';
export type BlockState = BlockKind | 'bullet' | 'number' | 'other';

export interface SelectionFormat {
  block: BlockState;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

/** Nothing applies: no caret in the text (a clip block is selected, or nothing is). */
export const NO_FORMAT: SelectionFormat = { block: 'other', bold: false, italic: false, underline: false, link: false };

/** The block directly under the root (or a shadow root such as a list item's list) holding `node`. */
function $topBlockOf(node: LexicalNode): ElementNode | null {
  if ($isElementNode(node) && $isRootOrShadowRoot(node)) return null;
  const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline() && $isRootOrShadowRoot(n.getParent()));
  return block && $isElementNode(block) ? block : null;
}

export function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const top = $topBlockOf(anchor);
  let block: BlockState = 'paragraph';
  if (list) block = list.getListType() === 'number' ? 'number' : list.getListType() === 'bullet' ? 'bullet' : 'other';
  else if ($isHeadingNode(top)) block = top.getTag() === 'h2' || top.getTag() === 'h3' ? top.getTag() as BlockKind : 'other';
  else if ($isQuoteNode(top)) block = 'quote';
  else if (top && top.getType() !== 'paragraph') block = 'other';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null || $findMatchingParent(selection.focus.getNode(), $isLinkNode) !== null,
  };
}

function $createBlock(kind: BlockKind): ElementNode {
  if (kind === 'paragraph') return $createParagraphNode();
  if (kind === 'quote') return $createQuoteNode();
  return $createHeadingNode(kind);
}

/** Turns every block the selection touches into `kind`, keeping its text; lists become plain blocks first. */
export function $setBlockKind(kind: BlockKind): void {
  let selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (selection.getNodes().some((node) => $getNearestNodeOfType(node, ListNode) || $isListNode(node))) {
    $removeList();
    selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
  }
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = $topBlockOf(node);
    if (block) blocks.set(block.getKey(), block);
  }
  for (const block of blocks.values()) {
    const current = $isHeadingNode(block) ? block.getTag() : $isQuoteNode(block) ? 'quote' : block.getType();
    if (current === kind) continue;
    const next = $createBlock(kind);
    next.setFormat(block.getFormatType());
    next.setIndent(block.getIndent());
    block.replace(next, true);
  }
}
