/**
 * How deeply an HTML text nests elements, measured with one pass of a tag scanner rather
 * than a DOM: jsdom, Readability and DOMPurify all walk trees recursively somewhere, so a
 * page nested thousands of levels deep must be refused before any of them sees it.
 *
 * The scanner follows the parser's main rules (void elements, raw-text elements, end tags
 * closing what they match, implied end tags of p, li, dt/dd, table parts and options) so
 * ordinary sloppy pages, with thousands of unclosed <p> or <li>, are not mistaken for deep ones.
 */

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'image',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Start tags that close an open <p> (the parser's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** For elements whose end tag is optional: which open elements a new one closes, and where the search stops. */
const IMPLIED: Record<string, { closes: string[]; stop: string[] }> = {
  li: { closes: ['li'], stop: ['ul', 'ol', 'menu', 'table'] },
  dt: { closes: ['dt', 'dd'], stop: ['dl', 'table'] },
  dd: { closes: ['dt', 'dd'], stop: ['dl', 'table'] },
  option: { closes: ['option'], stop: ['select', 'datalist'] },
  optgroup: { closes: ['option', 'optgroup'], stop: ['select'] },
  tr: { closes: ['tr', 'td', 'th'], stop: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
  rt: { closes: ['rt', 'rp', 'rb'], stop: ['ruby'] },
  rp: { closes: ['rt', 'rp', 'rb'], stop: ['ruby'] },
};
const P_SCOPE_STOP = new Set(['table', 'td', 'th', 'button', 'caption', 'object', 'template', 'marquee', 'applet']);
/** Elements that the parser never nests inside themselves: a new one closes the old. */
const NO_SELF_NESTING = new Set(['a', 'button', 'nobr', 'form']);

const endTags = new Map<string, RegExp>();
function endTagOf(name: string): RegExp {
  let re = endTags.get(name);
  if (!re) endTags.set(name, (re = new RegExp(`</${name}`, 'gi')));
  return re;
}

function popTo(stack: string[], names: readonly string[], stop: readonly string[] | Set<string>): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!;
    if (names.includes(open)) {
      stack.length = i;
      return;
    }
    if (Array.isArray(stop) ? stop.includes(open) : (stop as Set<string>).has(open)) return;
  }
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * The index of the ">" that ends a tag whose name ends at `from`, or -1 if the tag never
 * ends. A quoted attribute value (one that follows "=") may contain ">".
 */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let j = from; j < html.length; j++) {
    const c = html.charCodeAt(j);
    if (c === 62) return j;
    if ((c === 34 || c === 39) && afterEquals) {
      j = html.indexOf(c === 34 ? '"' : "'", j + 1);
      if (j < 0) return -1;
      afterEquals = false;
    } else if (c === 61) {
      afterEquals = true;
    } else if (!isSpace(c)) {
      afterEquals = false;
    }
  }
  return -1;
}

/**
 * The deepest element nesting found, stopping early once it exceeds `limit` (so the
 * answer is then some number above the limit, not the exact depth). A hand-written
 * scanner rather than a regular expression, so that hostile input such as a million
 * unterminated tags costs linear time, never quadratic.
 */
export function htmlNestingDepth(html: string, limit: number): number {
  const stack: string[] = [];
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const next = html.charCodeAt(i + 1);
    if (next === 33) {
      // <!-- comment -->, <!doctype>, <![CDATA[ ]]>
      const close = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (close < 0) break;
      i = html.indexOf('<', close + 1);
      continue;
    }
    const closing = next === 47;
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(j))) {
      i = html.indexOf('<', i + 1); // a lone "<" is text
      continue;
    }
    const nameStart = j;
    while (j < html.length && !isSpace(html.charCodeAt(j)) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (end < 0) break; // an unterminated tag swallows the rest of the file
    i = html.indexOf('<', end + 1);
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name)) continue;
    if (name === 'plaintext') break;
    if (RAW_TEXT.has(name)) {
      // Markup inside is text, up to the matching end tag.
      const endTag = endTagOf(name);
      endTag.lastIndex = end + 1;
      const found = endTag.exec(html);
      if (!found) break;
      i = found.index;
      continue;
    }
    const implied = IMPLIED[name];
    if (implied) popTo(stack, implied.closes, implied.stop);
    if (CLOSES_P.has(name)) popTo(stack, ['p'], P_SCOPE_STOP);
    if (NO_SELF_NESTING.has(name)) popTo(stack, [name], P_SCOPE_STOP);
    stack.push(name);
    if (stack.length > max) {
      max = stack.length;
      if (max > limit) break;
    }
  }
  return max;
}
