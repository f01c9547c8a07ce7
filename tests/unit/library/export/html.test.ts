import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../../electron/library/export';
import { exportInput, quotes } from '../../../fixtures/export/briefing-fixture';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('HTML export', () => {
  const html = toHtml(exportInput(), { pageSize: 'Letter' });
  const doc = new JSDOM(html).window.document;
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');

  it('is one self-contained file: no scripts, no external stylesheets, images or frames', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toMatch(/^data:/);
    // The only web addresses are links a reader can click: citations and the author's own links.
    for (const el of doc.querySelectorAll('[href]')) {
      const href = el.getAttribute('href') ?? '';
      if (/^https?:/i.test(href)) expect(el.tagName).toBe('A');
      else expect(href).toMatch(/^#/);
    }
    expect(css.match(/url\((?!data:)[^)]*\)/g)).toBeNull();
    expect(css).not.toMatch(/@import/);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('embeds the serif and sans-serif fonts', () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    const families = new Set(faces.map((f) => /font-family:'([^']+)'/.exec(f)?.[1]));
    expect(families).toEqual(new Set(['Source Serif 4', 'Inter']));
    for (const face of faces) expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
    expect(faces.some((f) => f.includes('font-style:italic'))).toBe(true);
  });

  it('prints on the chosen paper size', () => {
    expect(css).toMatch(/@page \{ size: Letter; margin: [^}]+\}/);
  });

  it('opens with a title block: title, author and date', () => {
    expect(text(doc.querySelector('h1'))).toBe('Strait crisis: what each government said');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('.byline'))).toBe('Dana Whitfield · 7 November 2025');
    expect(doc.querySelector('title')?.textContent).toBe('Strait crisis: what each government said');
  });

  it('shows each quote verbatim as a block quote with its attribution and a note number', () => {
    const figures = [...doc.querySelectorAll('figure.clip')];
    expect(figures.map((f) => f.querySelector('blockquote')?.textContent)).toEqual([
      quotes.warning,
      quotes.tricky,
      quotes.routine,
      quotes.orphaned,
    ]);
    expect(text(figures[0].querySelector('figcaption'))).toBe(
      '— Ilse Varga, Foreign Minister of Aldmark, Meridian Wire, 5 November 2025' + '1',
    );
  });

  it('links every note number to its entry in the Sources section', () => {
    const refs = [...doc.querySelectorAll('.note-ref a')];
    expect(refs.map((a) => a.textContent)).toEqual(['1', '1', '2', '2']);
    for (const ref of refs) {
      const target = doc.getElementById(ref.getAttribute('href')?.slice(1) ?? '');
      expect(target?.closest('section.sources')).not.toBeNull();
    }
    const sources = [...doc.querySelectorAll('section.sources li')].map(text);
    expect(sources[0]).toBe(
      'Hanna Lind and Petr Oskarsson, “Aldmark warns Vessland over naval build-up in the strait”, Meridian Wire, ' +
        '5 November 2025. https://meridianwire.example/2025/11/05/aldmark-warns-vessland (retrieved 6 November 2025).',
    );
    expect(doc.querySelector('section.sources a')?.getAttribute('href')).toBe('https://meridianwire.example/2025/11/05/aldmark-warns-vessland');
  });

  it('shows a missing-source marker for the deleted clip and flags the orphaned one', () => {
    expect(text(doc.querySelector('.clip-missing'))).toMatch(/^Missing source\. A clip quoted here .* was deleted/);
    const orphaned = [...doc.querySelectorAll('figure.clip')].find((f) => f.textContent?.includes(quotes.orphaned));
    expect(orphaned?.classList.contains('clip-unverified')).toBe(true);
    expect(text(orphaned?.querySelector('.clip-warning'))).toMatch(/^Unverified quote\./);
  });

  it('escapes text so a quote cannot inject markup', () => {
    expect(html).toContain('&lt;nothing&gt;');
    expect(doc.querySelector('nothing')).toBeNull();
  });
});
