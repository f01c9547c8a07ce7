import { readdirSync } from 'node:fs';
import { SAMPLE_LIBRARY_DIR } from '../harness/launch';
import { expect, test } from './fixtures';

const sampleFiles = readdirSync(SAMPLE_LIBRARY_DIR).filter((name) => /\.(md|txt|html?)$/i.test(name) && name !== 'README.md');

test('a new library opens on the sample articles', async ({ library }) => {
  await expect(library.articles).toHaveCount(sampleFiles.length);
  await expect(library.article('Vessonia sends frigates to Skarren Strait after survey ship row')).toBeVisible();
  await expect(library.article('Shipping lines reroute')).toContainText('The Northern Ledger');
});

test('opening a sample article shows its text with headings and quotes, without the network', async ({
  workbench,
  library,
  reader,
}) => {
  await library.open('Shipping lines reroute');

  await expect(reader.title).toHaveText(/Shipping lines reroute and insurers raise rates/);
  await expect(reader.fact('By')).toContainText('Tomas Averill');
  await expect(reader.body.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(reader.body.getByRole('paragraph').filter({ hasText: /[“"].+[”"]/ }).first()).toBeVisible();
  expect(workbench.blockedRequests).toEqual([]);
});

test('every piece of the text carries its offset in the article text', async ({ workbench, library, reader }) => {
  await library.open('Vessonia sends frigates');
  await expect(reader.body).toBeVisible();

  const article = (await workbench.library.listArticles({})).find((a) => a.title.startsWith('Vessonia sends frigates'))!;
  const { content } = await workbench.library.getArticle(article.id);
  const runs = await reader.body
    .locator('span[data-start]')
    .evaluateAll((spans) => spans.map((s) => ({ start: Number(s.getAttribute('data-start')), text: s.textContent ?? '' })));

  expect(runs.length).toBeGreaterThan(3);
  for (const run of runs) expect(content.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
});
