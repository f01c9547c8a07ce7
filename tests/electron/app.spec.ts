import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS, type DossierApi } from '../../electron/common/api';
import { launchDossier, root, type RunningDossier } from './app';

declare global {
  interface Window {
    dossier: DossierApi;
  }
}

const sampleArticles = readdirSync(path.join(root, 'resources', 'sample-library')).filter(
  (name) => /\.(md|txt|html?)$/i.test(name) && name.toLowerCase() !== 'readme.md',
);

let dossier: RunningDossier;

test.beforeEach(async () => {
  dossier = await launchDossier();
});
test.afterEach(async () => {
  await dossier.close();
});

test('a new library opens on the sample articles', async () => {
  const { page } = dossier;
  await expect(page).toHaveTitle('Dossier');
  const articles = await page.evaluate(() => window.dossier.articles.list({}));
  expect(articles).toHaveLength(sampleArticles.length);
  const library = page.getByRole('complementary', { name: 'Library' });
  for (const article of articles) await expect(library.getByText(article.title).first()).toBeVisible();
  const info = await page.evaluate(() => window.dossier.library.info());
  expect(info.path).toBe(dossier.libraryDir);
});

test('the page has no Node, no Electron and no way to the network', async () => {
  const { page, app } = dossier;
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys(window.dossier).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  // Named methods by area and on(): never ipcRenderer or a generic invoke.
  const areas = [...new Set(CHANNELS.map((channel) => channel.split(':')[0]))];
  expect(globals.api).toEqual([...areas, 'on'].sort());
  // The Content-Security-Policy forbids eval and any connection.
  const evaluated = await page.evaluate(() => {
    try {
      return String(eval('1 + 1'));
    } catch {
      return 'refused';
    }
  });
  expect(evaluated).toBe('refused');
  const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'refused'));
  expect(fetched).toBe('refused');
  // One window, no hidden extra pages.
  expect(await app.evaluate(({ webContents }) => webContents.getAllWebContents().length)).toBe(1);
});

test('a file chosen in the import dialog lands in the library', async () => {
  const { page } = dossier;
  const file = path.join(dossier.libraryDir, '..', 'harbour-statement.txt');
  await writeFile(
    file,
    [
      'Harbour authority rejects blockade claims',
      '',
      'By Ines Varga, Coastal Courier',
      '',
      'The harbour authority of Port Edda denied on Wednesday that any ship had been turned away.',
      '',
      '"The port is open and traffic is normal," authority director Paul Renner told reporters.',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByLabel('Files to import').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  const titles = (await page.evaluate(() => window.dossier.articles.list({}))).map((a) => a.title);
  expect(titles).toContain('Harbour authority rejects blockade claims');
});

test('the page cannot navigate away or open windows', async () => {
  const { page, app } = dossier;
  const appUrl = page.url();
  // Resolves when main sees the attempt; the guard has already refused it by then.
  const attempted = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<string>((resolve) => {
        BrowserWindow.getAllWindows()[0].webContents.once('will-navigate', (event) => resolve(event.url));
      }),
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  expect(await attempted).toBe('https://example.com/');
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => typeof window.dossier.articles.list)).toBe('function');
  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
});
