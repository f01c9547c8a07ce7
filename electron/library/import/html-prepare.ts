/**
 * Trims a saved page before jsdom parses it. jsdom builds a full DOM, parses every
 * stylesheet and style attribute with a CSS engine and opens a window per iframe; for
 * a reading view none of that is wanted, and on real pages it costs more time than the
 * article extraction itself (and some stylesheets crash jsdom's CSS parser).
 *
 * Removed, with their content: comments, scripts (JSON-LD kept: Readability reads its
 * metadata), styles, iframes, inline SVG and MathML, noscript, templates, form controls
 * and embedded media. Style attributes are dropped; ones that hide an element become the
 * `hidden` attribute, so Readability still skips hidden content.
 *
 * Each pattern mirrors how the HTML parser ends these elements (at the first matching end
 * tag, or the end of the file), so the page is cut where the parser would have cut it.
 * No pattern can run past a "<" or ">" it does not expect, which keeps the cost linear
 * on hostile input; a tag they miss (a "<" inside an attribute) is simply left to jsdom.
 */

const DROPPED =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|iframe|svg|math|noscript|template|select|textarea|object|video|audio|canvas)\b([^<>]*)>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^<>]*?\s)style\s*=\s*("[^"<>]*"|'[^'<>]*'|[^\s"'<>]+)/g;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function prepareHtml(html: string): string {
  return html
    .replace(DROPPED, (whole, tag: string | undefined, attributes: string | undefined) =>
      tag && tag.length === 6 && tag.toLowerCase() === 'script' && JSON_LD.test(attributes ?? '') ? whole : '',
    )
    .replace(STYLE_ATTRIBUTE, (_whole, head: string, value: string) =>
      HIDING_STYLE.test(value) ? `${head}hidden ` : head,
    );
}
