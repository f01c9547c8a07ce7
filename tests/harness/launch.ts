/**
 * The test harness: the built renderer in Chromium, with `window.dossier` bound to the
 * real library services on a real library folder. No Electron, no server, no network.
 */
import path from 'node:path';
import type { Page } from 'playwright';
import { createLibraryApi, openLibrary, seedSampleLibrary, type Library } from '../../electron/library';
import { bindApi } from './bind-api';
import { launchChromium } from './browser';
import { harnessPlatform, type HostCalls } from './platform';
import { APP_URL, assertRendererBuilt, serveRenderer } from './serve-renderer';

export const SAMPLE_LIBRARY_DIR = path.resolve(import.meta.dirname, '../../resources/sample-library');

export interface WorkbenchOptions {
  /** The library folder; created (and given the sample articles) when new. */
  libraryDir: string;
  headless?: boolean;
  /** Add the sample articles to a new library, as the app does on first run (default true). */
  seedSample?: boolean;
  /** The page size; null lets the window decide (for people using the preview). */
  viewport?: { width: number; height: number } | null;
  /** Called when the page asks to open a link in the system browser. */
  onOpenExternal?(url: string): void;
  /** Where exported files are written (no Save dialog); by default they are only recorded. */
  saveDir?: string;
}

export interface Workbench {
  page: Page;
  /** The library services the page talks to, for setting up and checking tests. */
  library: Library;
  /** What the page asked the host to do outside the app (open links, save files). */
  calls: HostCalls;
  /** Every request the page tried to send off the app's origin (all were aborted). */
  blockedRequests: string[];
  /** Failures the IPC layer logged as Dossier's own fault (internal errors). */
  errors: string[];
  /** Closes the browser and the library (saving what is pending). */
  close(): Promise<void>;
}

export async function launchWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const { libraryDir, headless = true, seedSample = true, viewport = { width: 1280, height: 800 } } = options;
  assertRendererBuilt();
  const library = await openLibrary(libraryDir);
  if (library.isNew && seedSample) {
    const report = await seedSampleLibrary(library, SAMPLE_LIBRARY_DIR);
    if (report.failed > 0) {
      const failures = report.outcomes.map((o) => (o.status === 'failed' ? `${o.name}: ${o.message}` : '')).filter(Boolean);
      await library.close();
      throw new Error(`The sample library did not import:\n${failures.join('\n')}`);
    }
  }

  const blockedRequests: string[] = [];
  const errors: string[] = [];
  const platform = harnessPlatform({ saveDir: options.saveDir, onOpenExternal: options.onOpenExternal, blockedRequests });
  const api = createLibraryApi(library, platform);

  const browser = await launchChromium(headless).catch(async (error: unknown) => {
    await library.close();
    throw error;
  });
  let unbind = () => {};
  const shutDown = async () => {
    unbind();
    await browser.close().catch(() => {});
    await platform.close();
    await library.close();
  };
  let page: Page;
  try {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC' });
    page = await context.newPage();
    await serveRenderer(context, blockedRequests);
    unbind = await bindApi(context, page, api, library.events, (message, error) => {
      errors.push(`${message} ${error instanceof Error ? error.stack : (error ?? '')}`.trim());
    });
    await page.goto(APP_URL);
  } catch (error) {
    await shutDown();
    throw error;
  }

  return {
    page,
    library,
    calls: platform.calls,
    blockedRequests,
    errors,
    close: shutDown,
  };
}
