import type { Block, BlockType, Mark } from '../../common/model';

/**
 * Turns sanitised HTML into the canonical model: one plain text (blocks joined by a blank
 * line) and blocks with marks as offsets into it. Whitespace is collapsed the way a browser
 * renders it, so the text is what the reader sees, and what clips will quote.
 */

export interface Canonical {
  text: string;
  blocks: Block[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'html', 'legend', 'menu',
]);
const MARK_OF: Record<string, Mark['type']> = {
  em: 'em', i: 'em', cite: 'em', dfn: 'em', var: 'em',
  strong: 'strong', b: 'strong',
  code: 'code', kbd: 'code', samp: 'code', tt: 'code',
};
const HEADING: Record<string, BlockType> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/** Where text being written goes: the block type, and for list items their list. */
interface Context {
  type: BlockType;
  list?: 'ul' | 'ol';
  depth?: number;
  /** Nesting of ul/ol around this point, -1 outside lists. */
  listDepth: number;
  listKind?: 'ul' | 'ol';
}

interface OpenMark {
  type: Mark['type'];
  href?: string;
  /** Offset in the current block where the mark's first character went, -1 before that. */
  start: number;
}

export interface BlockOptions {
  /** Drop the first block when it is a heading repeating this title. */
  title?: string;
}

class Writer {
  private parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];
  private current: string[] = [];
  private currentLength = 0;
  private marks: Mark[] = [];
  private open: OpenMark[] = [];
  private pendingSpace = false;
  private atLineStart = true;
  private context: Context | null = null;

  constructor(private readonly title: string | undefined) {}

  text(data: string, context: Context, pre: boolean): void {
    this.context ??= context;
    if (pre) {
      this.emit(data.replace(/\r\n?/g, '\n'));
      return;
    }
    const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed === ' ') {
      this.pendingSpace = true;
      return;
    }
    let body = collapsed;
    if (body.charCodeAt(0) === 32) {
      this.pendingSpace = true;
      body = body.slice(1);
    }
    const trailing = body.charCodeAt(body.length - 1) === 32;
    if (trailing) body = body.slice(0, -1);
    if (body) {
      if (this.pendingSpace && !this.atLineStart) this.put(' ');
      this.pendingSpace = false;
      this.emit(body);
    }
    if (trailing) this.pendingSpace = true;
  }

  /** <br>: a line break, and two in a row (the old way of writing paragraphs) end the block. */
  lineBreak(context: Context): void {
    this.pendingSpace = false;
    if (this.currentLength === 0) return;
    if (this.atLineStart) {
      this.current.pop();
      this.currentLength -= 1;
      this.flush();
      this.context = context;
      return;
    }
    this.context ??= context;
    this.put('\n');
    this.atLineStart = true;
  }

  openMark(type: Mark['type'], href?: string): OpenMark {
    const mark: OpenMark = { type, href, start: -1 };
    this.open.push(mark);
    return mark;
  }

  closeMark(mark: OpenMark): void {
    const at = this.open.lastIndexOf(mark);
    if (at >= 0) this.open.splice(at, 1);
    this.endMark(mark);
  }

  private endMark(mark: OpenMark): void {
    let end = this.currentLength;
    // A mark never ends on the line break that follows its text.
    if (this.atLineStart && end > mark.start && this.current[this.current.length - 1] === '\n') end -= 1;
    if (mark.start >= 0 && end > mark.start) {
      const m: Mark = { type: mark.type, start: mark.start, end };
      if (mark.href) m.href = mark.href;
      this.marks.push(m);
    }
  }

  private emit(chunk: string): void {
    if (!chunk) return;
    for (const mark of this.open) if (mark.start < 0) mark.start = this.currentLength;
    this.put(chunk);
    this.atLineStart = chunk.charCodeAt(chunk.length - 1) === 10;
  }

  private put(chunk: string): void {
    this.current.push(chunk);
    this.currentLength += chunk.length;
    if (chunk !== '\n') this.atLineStart = false;
  }

  /** Ends the current block; marks still open continue in the next one. */
  flush(): void {
    for (const mark of this.open) {
      this.endMark(mark);
      mark.start = -1;
    }
    const raw = this.current.join('');
    const context = this.context;
    // Only preformatted text can start with blank lines (code often follows <pre> on a new line).
    const lead = context?.type === 'pre' ? (/^(?:[ \t]*\n)+/.exec(raw)?.[0].length ?? 0) : 0;
    const text = raw.slice(lead).replace(/\s+$/, '');
    const marks = this.marks;
    this.current = [];
    this.currentLength = 0;
    this.marks = [];
    this.pendingSpace = false;
    this.atLineStart = true;
    this.context = null;
    if (!context || !text.trim()) return;
    if (this.blocks.length === 0 && this.title !== undefined && context.type[0] === 'h' && sameText(text, this.title)) return;
    if (this.blocks.length > 0) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    const start = this.length;
    const block: Block = { type: context.type, start, end: start + text.length, marks: [] };
    for (const mark of marks) {
      const from = Math.max(mark.start - lead, 0);
      const to = Math.min(mark.end - lead, text.length);
      if (to > from) block.marks.push({ ...mark, start: start + from, end: start + to });
    }
    block.marks.sort((a, b) => a.start - b.start || b.end - a.end);
    if (context.type === 'li') {
      block.list = context.list ?? 'ul';
      block.depth = context.depth ?? 0;
    }
    this.parts.push(text);
    this.length += text.length;
    this.blocks.push(block);
  }

  result(): Canonical {
    this.flush();
    return { text: this.parts.join(''), blocks: this.blocks };
  }
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function contextFor(tag: string, outer: Context): Context {
  const heading = HEADING[tag];
  if (heading) return { ...outer, type: heading };
  switch (tag) {
    case 'blockquote':
      return { ...outer, type: 'blockquote' };
    case 'ul':
    case 'ol':
      return { ...outer, listDepth: outer.listDepth + 1, listKind: tag };
    case 'li':
      return { ...outer, type: 'li', list: outer.listKind ?? 'ul', depth: Math.max(0, outer.listDepth) };
    case 'pre':
      return { ...outer, type: 'pre' };
    default:
      return outer;
  }
}

function walk(parent: Node, context: Context, pre: boolean, writer: Writer): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      // Soft hyphens are invisible in the reader but would break search and quoting.
      writer.text(data.includes('\u00ad') ? data.replaceAll('\u00ad', '') : data, context, pre);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.localName;
    if (tag === 'br') {
      if (pre) writer.text('\n', context, true);
      else writer.lineBreak(context);
    } else if (BLOCK.has(tag)) {
      writer.flush();
      walk(element, contextFor(tag, context), pre || tag === 'pre', writer);
      writer.flush();
    } else if (tag === 'a') {
      const href = element.getAttribute('href') ?? '';
      const mark = SAFE_LINK.test(href) ? writer.openMark('link', href) : null;
      walk(element, context, pre, writer);
      if (mark) writer.closeMark(mark);
    } else if (tag === 'q') {
      writer.text('\u201c', context, pre);
      walk(element, context, pre, writer);
      writer.text('\u201d', context, pre);
    } else {
      const type = pre ? undefined : MARK_OF[tag];
      const mark = type ? writer.openMark(type) : null;
      walk(element, context, pre, writer);
      if (mark) writer.closeMark(mark);
    }
  }
}

/** The canonical text and blocks of a sanitised DOM (a fragment or an element). */
export function blocksFromDom(root: Node, options: BlockOptions = {}): Canonical {
  const writer = new Writer(options.title);
  walk(root, { type: 'p', listDepth: -1 }, false, writer);
  return writer.result();
}
