import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { MAX_HTML_DEPTH, type GuessableField } from '../../common/model';
import { splitByline } from './authors';
import { blocksFromDom } from './blocks';
import { normalizePublished } from './dates';
import { failures, type ImportFailure } from './errors';
import { htmlNestingDepth } from './html-depth';
import { canonicalUrl, hostOf, markupPublished, normalizeLanguage, pageMetadata } from './html-meta';
import { prepareHtml } from './html-prepare';
import { sanitizeElementInPlace, silentConsole } from './sanitize';
import type { ParsedArticle } from './types';

function clean(value: string | null | undefined): string {
  return value?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * A saved web page: the page is trimmed of what a reading view never shows, parsed by an
 * inert jsdom (no scripts, no resource loading, no URL), its article extracted by
 * Readability, sanitised by DOMPurify and converted to the canonical text and blocks.
 */
export function parseHtml(html: string, fileTitle: string): ParsedArticle | ImportFailure {
  const prepared = prepareHtml(html);
  if (htmlNestingDepth(prepared, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return failures.tooDeep();

  const dom = new JSDOM(prepared, { virtualConsole: silentConsole() });
  try {
    const doc = dom.window.document;
    // Read before Readability, which rewrites the document as it goes.
    const meta = pageMetadata(doc);
    const url = canonicalUrl(meta);
    const published = markupPublished(meta);
    if (url && !meta.base) {
      // Lets Readability turn relative links into absolute ones; jsdom fetches nothing for a <base>.
      const base = doc.createElement('base');
      base.setAttribute('href', url);
      doc.head?.prepend(base);
    }
    // The serializer hands back the article element itself, to be sanitised in place.
    const article = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse();
    if (!article?.content) return failures.noArticle();

    const title = clean(article.title);
    const content = sanitizeElementInPlace(article.content, dom.window);
    const { text, blocks } = blocksFromDom(content, { title: title || undefined });
    // Readability returns whatever text it finds; a word or two (a menu, a button) is no article.
    if (!hasWords(text, 3)) return failures.noArticle();

    const guessed: GuessableField[] = [];
    const siteName = clean(article.siteName);
    const bylineText = clean(article.byline);
    // A byline that merely repeats the site's name ("Mac & i") names no person.
    const byline = bylineText && bylineText !== siteName ? splitByline(bylineText) : null;
    let outlet = (/^https?:\/\//i.test(siteName) ? hostOf(siteName) : siteName) || byline?.outlet || '';
    if (!outlet && (outlet = hostOf(url))) guessed.push('outlet');
    return {
      title: title || firstHeading(text, blocks) || fileTitle || 'Untitled',
      outlet,
      authors: byline?.authors ?? [],
      published: normalizePublished(article.publishedTime) ?? published,
      url,
      language: normalizeLanguage(article.lang),
      sourceKind: 'html',
      guessed: title ? guessed : ['title', ...guessed],
      text,
      blocks,
    };
  } finally {
    dom.window.close();
  }
}

function firstHeading(text: string, blocks: ParsedArticle['blocks']): string {
  const heading = blocks.find((b) => b.type[0] === 'h');
  return heading ? text.slice(heading.start, heading.end) : '';
}

function hasWords(text: string, count: number): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  let found = 0;
  while (found < count && word.exec(text)) found++;
  return found >= count;
}
