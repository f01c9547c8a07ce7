/**
 * A briefing as CommonMark + GFM: YAML front matter, the body, each clip a block quote
 * with an attribution line and a footnote per source article, then a sources appendix.
 */
import { childrenOf, isClipNode, isoDay, type Citation, type SerializedNode } from '../../common/briefing-doc';
import { escapeMarkdown, inlineMarkdown, linkDestination, prefixLines } from './markdown-text';
import { prepareBriefing, type PreparedBriefing, type PreparedClip } from './prepare';
import type { ExportInput } from './types';

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Text that may span paragraphs ("\n\n") and lines ("\n"), escaped, as Markdown paragraphs. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => escapeMarkdown(para.trim()).replace(/\n/g, '\\\n'))
    .filter(Boolean)
    .join('\n\n');
}

function clipBlock(clip: PreparedClip | undefined, clipId: string): string {
  if (!clip || clip.state === 'missing') {
    return `**Missing source:** a clip quoted here (${escapeMarkdown(clipId)}) was deleted from the library.`;
  }
  const quote = prefixLines(paragraphs(clip.quote), '> ');
  const attribution = `— ${escapeMarkdown(clip.attribution)}[^${clip.source.number}]`;
  const warning = clip.problem ? `\n\n**Unverified quote:** ${escapeMarkdown(clip.warning)}` : '';
  return `${quote}\n\n${attribution}${warning}`;
}

function listBlock(node: SerializedNode, doc: PreparedBriefing): string {
  const numbered = node.listType === 'number';
  let n = typeof node.start === 'number' ? node.start : 1;
  const items: string[] = [];
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item).filter((c) => c.type === 'list');
    const inline = childrenOf(item).filter((c) => c.type !== 'list');
    const checkbox = node.listType === 'check' ? (item.checked ? '[x] ' : '[ ] ') : '';
    const marker = numbered ? `${n}. ` : '- ';
    const indent = ' '.repeat(marker.length);
    const parts: string[] = [];
    const text = inlineMarkdown(inline);
    // An item holding only a nested list continues the previous item, as Lexical nests lists.
    if (text || !nested.length) parts.push(prefixLines(checkbox + text, marker, indent));
    for (const list of nested) {
      const body = listBlock(list, doc);
      if (parts.length) parts.push(prefixLines(body, indent));
      else if (items.length) items[items.length - 1] += `\n${prefixLines(body, indent)}`;
      else parts.push(prefixLines(body, indent));
    }
    if (parts.length) {
      items.push(parts.join('\n'));
      n += 1;
    }
  }
  return items.join('\n');
}

function block(node: SerializedNode, doc: PreparedBriefing): string {
  if (isClipNode(node)) return clipBlock(doc.clips.get(node.clipId), node.clipId);
  switch (node.type) {
    case 'heading': {
      const level = HEADING_LEVEL[String(node.tag)] ?? 2;
      const text = inlineMarkdown(childrenOf(node)).replace(/\\\n/g, ' ');
      return text ? `${'#'.repeat(level)} ${text}` : '';
    }
    case 'quote':
      return prefixLines(inlineMarkdown(childrenOf(node)), '> ');
    case 'list':
      return listBlock(node, doc);
    default:
      return inlineMarkdown(childrenOf(node));
  }
}

function citationMarkdown(citation: Citation): string {
  const { authors, title, outlet, published, url, retrieved } = citation;
  const head = [authors, title && `“${title}”`, outlet, published].filter(Boolean).map(escapeMarkdown).join(', ');
  const link = url ? ` ${linkDestination(url)}` : '';
  const tail = retrieved ? ` (retrieved ${escapeMarkdown(retrieved)})` : '';
  return link || tail ? `${head}.${link}${tail}.` : `${head}.`;
}

function frontMatter(doc: PreparedBriefing, isoDate: string): string {
  // JSON strings are valid YAML double-quoted scalars, so any title survives.
  const lines = [`title: ${JSON.stringify(doc.title)}`, `author: ${JSON.stringify(doc.author)}`];
  if (isoDate) lines.push(`date: ${isoDate}`);
  return `---\n${lines.join('\n')}\n---`;
}

export function toMarkdown(input: ExportInput): string {
  const doc = prepareBriefing(input);
  const parts = [frontMatter(doc, isoDay(input.briefing.date))];
  for (const node of childrenOf(doc.state.root)) {
    const text = block(node, doc);
    if (text.trim()) parts.push(text);
  }
  if (doc.sources.length) {
    parts.push('## Sources');
    parts.push(doc.sources.map((s) => `${s.number}. ${citationMarkdown(s.citation)}`).join('\n'));
    parts.push(doc.sources.map((s) => `[^${s.number}]: ${citationMarkdown(s.citation)}`).join('\n\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
