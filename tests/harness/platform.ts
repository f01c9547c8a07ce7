import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright';
import type { ExportFormat, PageSize } from '../../electron/common/model';
import type { Platform } from '../../electron/library';
import { playwrightPdfOptions } from '../../electron/library/export';
import { launchChromium } from './browser';

/** A file the app asked to save (in the app, after a Save dialog). */
export interface SavedFile {
  defaultName: string;
  format: ExportFormat;
  data: Uint8Array;
  /** Where the harness wrote it, when a save folder was given. */
  path: string | null;
}

/** What the page asked the host to do outside the page, for tests to check. */
export interface HostCalls {
  openExternal: string[];
  savedFiles: SavedFile[];
}

export interface HarnessPlatform extends Platform {
  calls: HostCalls;
  close(): Promise<void>;
}

/**
 * The host side the library cannot do itself, as the harness does it: links are recorded
 * (never opened), saves are recorded and optionally written to `saveDir` (no dialog), and
 * PDFs are printed by a headless Chromium, as Electron's printToPDF would.
 */
export function harnessPlatform(options: {
  saveDir?: string;
  onOpenExternal?(url: string): void;
  blockedRequests: string[];
}): HarnessPlatform {
  const calls: HostCalls = { openExternal: [], savedFiles: [] };
  let printer: Promise<Browser> | null = null;

  return {
    calls,
    async openExternal(url) {
      calls.openExternal.push(url);
      options.onOpenExternal?.(url);
    },
    async saveFile(defaultName, format, data) {
      let written: string | null = null;
      if (options.saveDir) {
        await mkdir(options.saveDir, { recursive: true });
        written = path.join(options.saveDir, path.basename(defaultName));
        await writeFile(written, data);
      }
      calls.savedFiles.push({ defaultName, format, data, path: written });
      return written ?? defaultName;
    },
    async printPdf(html: string, pageSize: PageSize) {
      // Headless, whatever the preview window is: only headless Chromium prints to PDF.
      printer ??= launchChromium(true);
      const context = await (await printer).newContext();
      try {
        await context.route('**/*', (route) => {
          options.blockedRequests.push(route.request().url());
          return route.abort('blockedbyclient');
        });
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        // The same print options as the app and the CLI: margins, page numbers, fonts loaded.
        await page.evaluate('document.fonts.ready.then(() => true)');
        return new Uint8Array(await page.pdf(playwrightPdfOptions(pageSize, await page.title())));
      } finally {
        await context.close();
      }
    },
    async close() {
      if (printer) await (await printer).close().catch(() => {});
    },
  };
}
