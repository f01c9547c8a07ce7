/**
 * Prints briefing HTML to PDF with a local Chromium through playwright-core, for the
 * CLI and the tests (the app prints with webContents.printToPDF instead). Offline:
 * every request the page would make is aborted, so only the HTML we set is rendered.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { playwrightPdfOptions } from './print-options';
import type { PageSize } from './types';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to use: $DOSSIER_CHROMIUM, then /usr/bin/chromium, then Playwright's own. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.DOSSIER_CHROMIUM, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright knows no browser for this platform; the others may still do.
  }
  return candidates.find((file): file is string => !!file && existsSync(file)) ?? null;
}

export interface ChromiumPdfOptions {
  /** Called with every URL the page tried to load (all were refused). */
  onRequest?: (url: string) => void;
}

export async function printPdfWithChromium(
  html: string,
  pageSize: PageSize,
  options: ChromiumPdfOptions = {},
): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found to print the PDF. Install Chromium or set DOSSIER_CHROMIUM to its path.');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ offline: true });
    await context.route('**/*', (route) => {
      options.onRequest?.(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // Fonts are data: URIs; make sure they are decoded before the layout is printed.
    await page.evaluate('document.fonts.ready.then(() => true)');
    const pdf = await page.pdf(playwrightPdfOptions(pageSize, await page.title()));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}
