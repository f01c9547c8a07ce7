// Renders resources/icon.svg to resources/icon.png (1024x1024, transparent corners) with
// Chromium. Run once after changing the SVG, and commit both:
//   node resources/icon-render.mjs [path-to-chromium]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const here = path.dirname(fileURLToPath(import.meta.url));
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');
const executablePath = process.argv[2] ?? process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${svg}</body>`);
  await page.locator('svg').screenshot({ path: path.join(here, 'icon.png'), omitBackground: true });
  console.log('wrote resources/icon.png');
} finally {
  await browser.close();
}
