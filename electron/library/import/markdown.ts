import { Marked } from 'marked';
import { MAX_HTML_DEPTH, type GuessableField } from '../../common/model';
import { splitByline } from './authors';
import { blocksFromDom } from './blocks';
import { normalizePublished } from './dates';
import { failures, type ImportFailure } from './errors';
import { splitFrontMatter } from './front-matter';
import { detectHeader, wireDateline } from './header';
import { htmlNestingDepth } from './html-depth';
import { safeUrl } from './html-meta';
import { sanitizeHtml } from './sanitize';
import { fallbackTitle, normalizeNewlines } from './text';
import type { ParsedArticle } from './types';

/** One parser for all Markdown: GitHub-flavoured, synchronous, no extensions. */
const marked = new Marked({ gfm: true, async: false });

const HEADING_TITLE = /^\s{0,3}#\s+(.+?)(?:\s+#+)?\s*$/;

/** A Markdown line as words: no heading hashes, emphasis markers, links or hard breaks. */
function plainLine(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\$/, '')
    .trim();
}

/** The deepest run of blockquote markers: marked recurses per level, so a bomb must stop here. */
function deepestQuote(source: string): number {
  let deepest = 0;
  for (const m of source.matchAll(/^[ \t]*((?:>[ \t]*)+)/gm)) {
    const depth = m[1]!.replace(/[ \t]/g, '').length;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

function toHtml(markdown: string): string | ImportFailure {
  if (deepestQuote(markdown) > MAX_HTML_DEPTH / 2) return failures.tooDeep();
  try {
    const html = marked.parse(markdown) as string;
    return htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH ? failures.tooDeep() : html;
  } catch (error) {
    if (error instanceof RangeError) return failures.tooDeep(); // stack exhausted
    throw error;
  }
}

/**
 * Markdown: front matter and first lines give the metadata (front matter and a leading
 * `# Title` are the author's own statements; the rest is guessed as for plain text), then
 * marked renders HTML that is sanitised and converted like a page's article.
 */
export function parseMarkdown(source: string, fileTitle: string): ParsedArticle | ImportFailure {
  const { meta, body } = splitFrontMatter(normalizeNewlines(source));
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const headingMatch = first >= 0 ? HEADING_TITLE.exec(lines[first]!) : null;
  const heading = headingMatch ? plainLine(headingMatch[1]!) : null;
  const header = detectHeader(lines, { title: meta.title ?? heading, clean: plainLine });
  if (heading !== null && (meta.title === undefined || heading === meta.title)) header.lines.add(first);

  const html = toHtml(lines.filter((_line, i) => !header.lines.has(i)).join('\n'));
  if (typeof html !== 'string') return html;
  let { text, blocks } = blocksFromDom(sanitizeHtml(html));
  if (!text && !header.title) return failures.empty(false);

  const stated = new Set<GuessableField>();
  const authors = meta.authors ? (splitByline(meta.authors.join(', '))?.authors ?? []) : [];
  if (authors.length) stated.add('authors');
  const statedOutlet = meta.source && !/^https?:/i.test(meta.source) ? meta.source : null;
  if (statedOutlet) stated.add('outlet');
  const statedDate = normalizePublished(meta.date);
  if (statedDate) stated.add('published');
  const guessed = header.guessed.filter((field) => !stated.has(field));

  let title = header.title;
  if (!title) {
    title = fallbackTitle(text, fileTitle);
    guessed.unshift('title');
  }
  if (!text) {
    // Only a title: keep it as the text rather than import nothing.
    text = title;
    blocks = [{ type: 'p', start: 0, end: title.length, marks: [] }];
  }
  let outlet = statedOutlet ?? header.outlet;
  if (!outlet && (outlet = wireDateline(text))) guessed.push('outlet');
  return {
    title,
    outlet: outlet ?? '',
    authors: authors.length ? authors : header.authors,
    published: statedDate ?? header.published,
    url: safeUrl(meta.url) || safeUrl(meta.source) || safeUrl(header.url) || '',
    language: meta.language ?? '',
    sourceKind: 'markdown',
    guessed,
    text,
    blocks,
  };
}
