import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launchWorkbench, type Workbench } from '../harness/launch';
import { ImportDialog } from './pages/import-dialog';
import { LibraryPane } from './pages/library-pane';
import { ReaderPane } from './pages/reader-pane';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/e2e');

interface Fixtures {
  /** A fresh, empty folder per test, removed afterwards. */
  libraryDir: string;
  /** The app on that folder (the sample articles are added on first run). */
  workbench: Workbench;
  library: LibraryPane;
  reader: ReaderPane;
  importer: ImportDialog;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  libraryDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  workbench: async ({ libraryDir }, use, testInfo) => {
    const workbench = await launchWorkbench({ libraryDir });
    await use(workbench);
    if (testInfo.status !== testInfo.expectedStatus) {
      const shot = await workbench.page.screenshot().catch(() => null);
      if (shot) await testInfo.attach('screen at failure', { body: shot, contentType: 'image/png' });
    }
    await workbench.close();
    expect(workbench.errors, 'internal errors logged by the API layer').toEqual([]);
  },
  library: async ({ workbench }, use) => {
    const library = new LibraryPane(workbench.page);
    await library.ready();
    await use(library);
  },
  reader: async ({ workbench }, use) => use(new ReaderPane(workbench.page)),
  importer: async ({ workbench }, use) => use(new ImportDialog(workbench.page)),
});

export { expect };
