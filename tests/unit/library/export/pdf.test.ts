import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../../../electron/library/export';
import { findChromium, printPdfWithChromium } from '../../../../electron/library/export/chromium-pdf';
import { exportInput, quotes } from '../../../fixtures/export/briefing-fixture';

const OUT = path.resolve('test-results/export');
const flat = (text: string) => text.replace(/\s+/g, ' ');

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const chromium = findChromium();
const poppler = hasTool('pdftotext') && hasTool('pdffonts') && hasTool('pdftoppm');
if (!chromium) console.log('PDF export tests skipped: no Chromium (set DOSSIER_CHROMIUM or install /usr/bin/chromium).');
if (!poppler) console.log('PDF export tests skipped: poppler-utils (pdftotext, pdffonts, pdftoppm) not installed.');

describe.skipIf(!chromium || !poppler)('PDF export printed by Chromium', () => {
  const pdfFile = path.join(OUT, 'briefing.pdf');
  const requests: string[] = [];
  let text = '';

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const html = toHtml(exportInput(), { pageSize: 'A4' });
    const started = performance.now();
    const pdf = await printPdfWithChromium(html, 'A4', { onRequest: (url) => requests.push(url) });
    console.log(`PDF printed in ${Math.round(performance.now() - started)} ms (${pdf.byteLength} bytes) -> ${pdfFile}`);
    writeFileSync(pdfFile, pdf);
    text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }));
    // Page 1 as an image, for a person to look at (test-results/export/briefing-page-1.png).
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(OUT, 'briefing-page-1')]);
  });

  it('makes no network request while printing', () => {
    expect(requests).toEqual([]);
  });

  it('holds each quote, speaker and source as selectable text', () => {
    for (const quote of Object.values(quotes)) expect(text).toContain(flat(quote));
    for (const speaker of ['Ilse Varga, Foreign Minister of Aldmark', 'Tomas Rell, Chief of Naval Staff of Vessland']) {
      expect(text).toContain(speaker);
    }
    expect(text).toContain('Meridian Wire, 5 November 2025');
    expect(text).toContain('“Vessland navy calls strait exercises routine”, Northern Courier');
    expect(text).toContain('Missing source.');
  });

  it('numbers its pages in the footer beside the title', () => {
    expect(text).toMatch(/Strait crisis: what each government said\s+Page 1 of \d/);
  });

  it('embeds every font it uses, the bundled ones among them', () => {
    const rows = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    expect(rows.some((r) => r.includes('SourceSerif4'))).toBe(true);
    expect(rows.some((r) => r.includes('Inter'))).toBe(true);
  });

  it('keeps the citation links clickable', () => {
    // Link annotations keep their URI as a plain PDF string.
    const pdf = readFileSync(pdfFile, 'latin1');
    expect(pdf).toContain('https://meridianwire.example/2025/11/05/aldmark-warns-vessland');
  });

  it('refuses, and reports, anything a page would fetch', async () => {
    const tried: string[] = [];
    const html = '<!doctype html><title>t</title><img src="https://tracker.example/pixel.png"><p>text</p>';
    await printPdfWithChromium(html, 'Letter', { onRequest: (url) => tried.push(url) });
    expect(tried).toEqual(['https://tracker.example/pixel.png']);
  });
});
