import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../../electron/library/export';
import { clipIds, exportInput, quotes } from '../../../fixtures/export/briefing-fixture';

/** Parses the exported Markdown the way a GFM reader would, front matter set aside. */
function parse(markdown: string): Document {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const html = micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return new JSDOM(html).window.document;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Markdown export', () => {
  const markdown = toMarkdown(exportInput());
  const doc = parse(markdown);

  it('starts with YAML front matter holding title, author and date', () => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
    const fields = Object.fromEntries(front.split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2)));
    expect(JSON.parse(fields.title)).toBe('Strait crisis: what each government said');
    expect(JSON.parse(fields.author)).toBe('Dana Whitfield');
    expect(fields.date).toBe('2025-11-07');
  });

  it('parses back to each quote word for word inside its own block quote', () => {
    const blockquotes = [...doc.querySelectorAll('blockquote')].map((bq) => bq.textContent?.trim());
    for (const quote of [quotes.warning, quotes.tricky, quotes.routine, quotes.orphaned]) {
      expect(blockquotes).toContain(quote);
    }
  });

  it('keeps Markdown-looking characters in a quote as text, not formatting', () => {
    const tricky = [...doc.querySelectorAll('blockquote')].find((bq) => bq.textContent?.includes('12 ships'));
    expect(tricky?.querySelector('em, strong, a, h1, ol, ul')).toBeNull();
  });

  it('follows each quote with its attribution line and a footnote reference that resolves', () => {
    const attribution = [...doc.querySelectorAll('p')].find((p) => text(p).startsWith('— Ilse Varga'));
    expect(text(attribution)).toBe('— Ilse Varga, Foreign Minister of Aldmark, Meridian Wire, 5 November 2025' + '1');
    const refs = [...doc.querySelectorAll('a[data-footnote-ref]')];
    expect(refs).toHaveLength(4);
    for (const ref of refs) {
      const target = ref.getAttribute('href')?.slice(1) ?? '';
      expect(doc.getElementById(target), `footnote ${target}`).not.toBeNull();
    }
  });

  it('cites each source article once, with outlet, authors, date, URL and retrieval date', () => {
    const notes = [...doc.querySelectorAll('section[data-footnotes] li')].map(text);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('Hanna Lind and Petr Oskarsson, “Aldmark warns Vessland over naval build-up in the strait”, Meridian Wire, 5 November 2025.');
    expect(notes[0]).toContain('https://meridianwire.example/2025/11/05/aldmark-warns-vessland (retrieved 6 November 2025)');
    expect(notes[1]).toContain('Mara Ekholm');
    expect(notes[1]).toContain('https://northern-courier.example/news/strait-exercises?id=42&lang=en');
  });

  it('ends with a Sources appendix listing the articles in footnote order', () => {
    const heading = [...doc.querySelectorAll('h2')].find((h) => text(h) === 'Sources');
    const list = heading?.nextElementSibling;
    expect(list?.tagName).toBe('OL');
    const items = [...(list?.querySelectorAll('li') ?? [])].map(text);
    expect(items[0]).toMatch(/^Hanna Lind and Petr Oskarsson, .*Meridian Wire/);
    expect(items[1]).toMatch(/^Mara Ekholm, .*Northern Courier/);
    expect(list?.querySelector('a')?.getAttribute('href')).toBe('https://meridianwire.example/2025/11/05/aldmark-warns-vessland');
  });

  it('converts the typed text: headings, emphasis, links and lists', () => {
    // GFM adds its own "Footnotes" heading for the definitions.
    expect([...doc.querySelectorAll('h2:not(#footnote-label)')].map(text)).toEqual(['Summary', 'What Aldmark said', 'What Vessland said', 'Sources']);
    expect(text(doc.querySelector('strong'))).toBe('hardened');
    expect(text(doc.querySelector('em'))).toBe('routine');
    expect(doc.querySelector('a[href="https://mfa.aldmark.example/statements/2025-11-05"]')?.textContent).toBe('ministry statement');
    expect([...doc.querySelectorAll('ul li')].map(text)).toEqual(['Aldmark demands a withdrawal', 'Vessland calls the exercises defensive']);
  });

  it('marks a deleted clip as a missing source and flags an orphaned quote', () => {
    expect(markdown).toContain(`**Missing source:** a clip quoted here (${clipIds.deleted}) was deleted`);
    const orphanedAt = markdown.indexOf(quotes.orphaned);
    expect(markdown.indexOf('**Unverified quote:**', orphanedAt)).toBeGreaterThan(orphanedAt);
  });
});
