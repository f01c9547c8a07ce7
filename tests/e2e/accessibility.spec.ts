import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

/** Scans the screen, and keeps a picture of it in test-results/ for people to look at. */
async function seriousViolations(page: Page, testInfo: TestInfo, screen: string) {
  await page.screenshot({ path: testInfo.outputPath(`${screen}.png`) });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the library screen has no serious accessibility problems', async ({ workbench, library }, testInfo) => {
  await expect(library.articles.first()).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'library')).toEqual([]);
});

test('the reader has no serious accessibility problems', async ({ workbench, library, reader }, testInfo) => {
  await library.open('Shipping lines reroute');
  await expect(reader.body).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'reader')).toEqual([]);
});

test('the import dialog and its summary have no serious accessibility problems', async ({
  workbench,
  importer,
}, testInfo) => {
  await importer.open();
  expect(await seriousViolations(workbench.page, testInfo, 'import')).toEqual([]);
  await importer.dialog.getByLabel('Article text').fill('Short note\n\nA line of text about the strait.');
  await importer.dialog.getByRole('button', { name: 'Import text' }).click();
  await importer.finished();
  expect(await seriousViolations(workbench.page, testInfo, 'import-summary')).toEqual([]);
});

test('the details form and the trash have no serious accessibility problems', async ({
  workbench,
  library,
  reader,
}, testInfo) => {
  await library.open('Envoy proposes naval hotline');
  await reader.button('Edit details').click();
  await expect(workbench.page.getByRole('dialog', { name: 'Edit article details' })).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'details-form')).toEqual([]);

  await workbench.page.keyboard.press('Escape');
  await reader.button('Move to trash').click();
  await library.trashButton.click();
  await expect(workbench.page.getByRole('list', { name: 'Deleted articles' })).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'trash')).toEqual([]);
});
