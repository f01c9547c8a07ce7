import path from 'node:path';
import { expect, FIXTURES, test } from './fixtures';

const PAGE = path.join(FIXTURES, 'harbour-pilots.html');
const TITLE = 'Harbour pilots warn of week-long queues in the Skarren Strait';

test('an imported web page reads cleanly and none of its hostile parts survive', async ({
  workbench,
  importer,
  reader,
}) => {
  await importer.chooseFiles(PAGE);
  await expect(importer.counts).toHaveText('1 imported · 0 duplicates · 0 failed');
  await importer.result(TITLE).getByRole('button', { name: /Open/ }).click();

  await expect(reader.title).toHaveText(TITLE);
  await expect(reader.fact('Outlet')).toHaveText('Coastal Courier');
  await expect(reader.fact('By')).toHaveText('Ruth Calloway');
  await expect(reader.body.getByRole('heading', { name: 'Queues at the northern anchorage' })).toBeVisible();
  await expect(reader.body.locator('blockquote')).toContainText('We have never seen a queue like this');
  await expect(reader.body.getByRole('listitem')).toHaveCount(3);
  await expect(reader.body.locator('strong')).toHaveText('forty-one vessels');
  await expect(reader.body.getByRole('link', { name: "pilots' association" })).toBeVisible();

  // The javascript: link keeps its words but is no link; nothing active is left.
  await expect(reader.body).toContainText('the live anchorage map');
  await expect(reader.body.getByRole('link', { name: 'the live anchorage map' })).toHaveCount(0);
  await expect(reader.article.locator('script, iframe, object, embed, form, input, img, style')).toHaveCount(0);
  await expect(reader.body).not.toContainText('Subscribe to our newsletter');
  const handlers = await reader.article
    .locator('*')
    .evaluateAll((els) => els.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))));
  expect(handlers).toEqual([]);

  expect(await workbench.page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(workbench.blockedRequests).toEqual([]);
});

test('importing the same page twice reports a duplicate and keeps one copy', async ({ library, importer }) => {
  await importer.chooseFiles(PAGE);
  await importer.close();
  await expect(library.article(TITLE)).toHaveCount(1);

  await importer.chooseFiles(PAGE);
  await expect(importer.counts).toHaveText('0 imported · 1 duplicate · 0 failed');
  await expect(importer.result('harbour-pilots.html')).toContainText(`Already in the library as “${TITLE}”`);
  await importer.close();
  await expect(library.article(TITLE)).toHaveCount(1);
});

test('a whole folder imports its articles and skips other files', async ({ library, importer }) => {
  await importer.chooseFolder(path.join(FIXTURES, 'folder'));

  await expect(importer.counts).toHaveText('2 imported · 0 duplicates · 0 failed');
  await expect(importer.dialog.getByText('1 other file in the folder skipped')).toBeVisible();
  await importer.close();
  await expect(library.article('Ferry services between Port Hollin and Tarvik suspended')).toBeVisible();
  await expect(library.article('Fishing crews stay in port')).toBeVisible();
});
