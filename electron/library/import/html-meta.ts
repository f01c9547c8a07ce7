import { normalizePublished } from './dates';

/** An absolute http(s) URL, or '' for anything else (javascript:, relative, garbage). */
export function safeUrl(raw: string | null | undefined, base?: string): string {
  if (!raw) return '';
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** The page's <meta> values by lower-cased name/property/itemprop, its canonical link and base. */
export interface PageMetadata {
  values: Map<string, string>;
  canonical: string | null;
  base: string | null;
  time: string | null;
}

/**
 * The page's meta, link and base elements and its first <time datetime>. The head is
 * searched for all of them; the body, which may be large, only for microdata metas,
 * times and a canonical link the head lacks (each search walks the whole subtree).
 */
export function pageMetadata(doc: Document): PageMetadata {
  const values = new Map<string, string>();
  const head = doc.head ?? doc.documentElement;
  const body = doc.body;
  const metas = [...head.getElementsByTagName('meta'), ...(body && body !== head ? body.getElementsByTagName('meta') : [])];
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  // Some templates put the canonical link in the body: look there only when the head has none.
  const canonical = canonicalLink(head) ?? (body && body !== head ? canonicalLink(body) : null);
  const base = head.getElementsByTagName('base')[0]?.getAttribute('href')?.trim() || null;
  let time: string | null = null;
  for (const el of (body ?? head).getElementsByTagName('time')) {
    if ((time = el.getAttribute('datetime')?.trim() || null)) break;
  }
  return { values, canonical, base, time };
}

function canonicalLink(root: Element): string | null {
  for (const link of root.getElementsByTagName('link')) {
    const rel = ` ${link.getAttribute('rel')?.toLowerCase() ?? ''} `;
    const href = link.getAttribute('href')?.trim();
    if (rel.includes(' canonical ') && href) return href;
  }
  return null;
}

/** The page's own address: <link rel=canonical>, else og:url (http/https only). */
export function canonicalUrl(meta: PageMetadata): string {
  return (
    safeUrl(meta.canonical, safeUrl(meta.base) || undefined) ||
    safeUrl(meta.values.get('og:url')) ||
    safeUrl(meta.values.get('twitter:url'))
  );
}

const PUBLISHED_KEYS = [
  'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'pubdate',
  'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date', 'og:published_time', 'article:published',
];

/**
 * A publication date from page markup Readability does not read: other meta names,
 * then the first <time datetime> (almost always the article's own date).
 */
export function markupPublished(meta: PageMetadata): string | null {
  for (const key of PUBLISHED_KEYS) {
    const value = normalizePublished(meta.values.get(key));
    if (value) return value;
  }
  return normalizePublished(meta.time);
}

/** A BCP 47 tag in its canonical case ("en-GB"), or '' when the page's lang is not one. */
export function normalizeLanguage(raw: string | null | undefined): string {
  const tag = raw?.trim().replace(/_/g, '-');
  if (!tag) return '';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return '';
  }
}

/** "www.theguardian.com" -> "theguardian.com": the outlet when a page names none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
