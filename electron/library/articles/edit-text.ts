import type { Block } from '../../common/model';

/**
 * Turns text the user edited into the canonical form: paragraphs separated by one
 * blank line, white space inside each folded. A paragraph that is unchanged keeps its
 * old block (heading, quote, list item) and formatting, shifted to its new offset.
 */
export function rebuildBlocks(oldText: string, oldBlocks: Block[], edited: string): { text: string; blocks: Block[] } {
  const paragraphs = edited
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const previous = new Map<string, Block[]>();
  for (const block of oldBlocks) {
    const key = oldText.slice(block.start, block.end);
    previous.set(key, [...(previous.get(key) ?? []), block]);
  }
  const blocks: Block[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    const old = previous.get(paragraph)?.shift();
    const shift = old ? offset - old.start : 0;
    blocks.push(
      old
        ? { ...old, start: offset, end: offset + paragraph.length, marks: old.marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })) }
        : { type: 'p', start: offset, end: offset + paragraph.length, marks: [] },
    );
    offset += paragraph.length + 2;
  }
  return { text: paragraphs.join('\n\n'), blocks };
}
