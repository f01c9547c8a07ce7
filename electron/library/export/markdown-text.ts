/**
 * Turning briefing text into CommonMark/GFM that parses back to the same characters:
 * escaping, emphasis delimiters and code spans. Quotes must survive word for word.
 */
import { TEXT_FORMAT, childrenOf, isSafeUrl, type SerializedNode } from '../../common/briefing-doc';

/** Characters with inline meaning anywhere in a line (GFM adds ~ and |). */
const INLINE_SPECIAL = /[\\`*_[\]<>&~|#]/g;

/** Escapes text for a Markdown paragraph, including what would start a block at a line start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    // GFM turns bare URLs into links and keeps escapes inside them literally ("a\&b"),
    // so a URL in a quote is kept as plain text instead.
    .replace(/\b(https?):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    .split('\n')
    .map(escapeLineStart)
    .join('\n');
}

/** A line that begins like a list item, heading underline or thematic break must not become one. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2');
}

/** A code span whose fence is longer than any run of backticks inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link destination in angle brackets, which allows parentheses and needs no escaping but <>. */
export function linkDestination(url: string): string {
  return `<${url.trim().replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

const DELIMITERS: { bit: number; mark: string }[] = [
  { bit: TEXT_FORMAT.bold, mark: '**' },
  { bit: TEXT_FORMAT.italic, mark: '*' },
  { bit: TEXT_FORMAT.strikethrough, mark: '~~' },
];

/**
 * Renders a run of inline nodes (text, linebreak, link, tab). Emphasis is kept open across
 * runs that share it and whitespace is moved outside the delimiters, because `**bold **`
 * is not emphasis in CommonMark.
 */
export function inlineMarkdown(nodes: SerializedNode[]): string {
  let out = '';
  let open: string[] = [];
  let pendingSpace = '';

  const moveTo = (marks: string[]) => {
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep] === marks[keep]) keep += 1;
    for (let i = open.length - 1; i >= keep; i -= 1) out += open[i];
    out += pendingSpace;
    pendingSpace = '';
    for (let i = keep; i < marks.length; i += 1) out += marks[i];
    open = marks.slice();
  };

  for (const node of nodes) {
    if (node.type === 'linebreak') {
      moveTo([]);
      out += '\\\n';
    } else if (node.type === 'link' || node.type === 'autolink') {
      const label = inlineMarkdown(childrenOf(node));
      moveTo([]);
      out += isSafeUrl(node.url) ? `[${label}](${linkDestination(node.url)})` : label;
    } else if (typeof node.text === 'string' || node.type === 'tab') {
      const text = node.type === 'tab' ? '\t' : String(node.text);
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? ['', '', text, ''];
      if (!core) {
        pendingSpace += text;
        continue;
      }
      const format = typeof node.format === 'number' ? node.format : 0;
      pendingSpace += lead;
      moveTo(DELIMITERS.filter((d) => format & d.bit).map((d) => d.mark));
      out += format & TEXT_FORMAT.code ? codeSpan(core) : escapeMarkdown(core);
      pendingSpace = trail;
    } else if (childrenOf(node).length) {
      moveTo([]);
      out += inlineMarkdown(childrenOf(node));
    }
  }
  moveTo([]);
  return out.replace(/\\\n$/, '');
}

/** Prefixes every line, for block quotes ("> ") and list continuation (spaces). */
export function prefixLines(text: string, first: string, rest = first): string {
  return text
    .split('\n')
    .map((line, i) => ((i === 0 ? first : rest) + line).replace(/\s+$/, ''))
    .join('\n');
}
