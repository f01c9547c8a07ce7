/** Every node the briefing editor knows, in one place (the body may hold any of them). */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { ClipNode } from './ClipNode';

export const BRIEFING_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  ClipNode,
];

export { $createClipNode, $isClipNode, ClipNode } from './ClipNode';
