import type { Block } from '../../../electron/common/model';

export interface ListNode {
  kind: 'list';
  list: 'ul' | 'ol';
  items: ListItemNode[];
}

export interface ListItemNode {
  block: Block;
  /** Lists nested inside this item. */
  children: ListNode[];
}

export type BodyNode = { kind: 'block'; block: Block } | ListNode;

/**
 * Groups consecutive list-item blocks into (nested) lists. A depth that jumps by more
 * than one level is treated as one level deeper, so every nested list has a parent item.
 */
export function groupBlocks(blocks: Block[]): BodyNode[] {
  const nodes: BodyNode[] = [];
  let i = 0;
  while (i < blocks.length) {
    if (blocks[i].type !== 'li') {
      nodes.push({ kind: 'block', block: blocks[i++] });
      continue;
    }
    const items: { block: Block; depth: number }[] = [];
    let depth = -1;
    for (; i < blocks.length && blocks[i].type === 'li'; i++) {
      depth = Math.min(blocks[i].depth ?? 0, depth + 1);
      items.push({ block: blocks[i], depth });
    }
    let at = 0;
    while (at < items.length) {
      const [list, next] = buildList(items, at, 0);
      nodes.push(list);
      at = next;
    }
  }
  return nodes;
}

function buildList(items: { block: Block; depth: number }[], from: number, depth: number): [ListNode, number] {
  const list: ListNode = { kind: 'list', list: items[from].block.list ?? 'ul', items: [] };
  let at = from;
  while (at < items.length) {
    const item = items[at];
    if (item.depth < depth) break;
    if (item.depth > depth) {
      const [child, next] = buildList(items, at, depth + 1);
      list.items[list.items.length - 1].children.push(child);
      at = next;
      continue;
    }
    // A different kind of list at the same depth starts a new list.
    if ((item.block.list ?? 'ul') !== list.list && list.items.length > 0) break;
    list.items.push({ block: item.block, children: [] });
    at++;
  }
  return [list, at];
}
