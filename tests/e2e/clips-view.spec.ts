import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { listBriefings } from '../../electron/library/briefings/briefings';
import { expect, test } from './fixtures';
import { arrangeClips, ClipsScreen, QUOTES, TITLES, type Arranged } from './pages/clips';

/** Scans the screen for serious problems, keeping a picture of it in test-results/. */
async function seriousViolations(page: Page, testInfo: TestInfo, screen: string) {
  await page.screenshot({ path: testInfo.outputPath(`${screen}.png`) });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let arranged: Arranged;
let clips: ClipsScreen;

test.beforeEach(async ({ workbench, library }) => {
  await library.ready();
  arranged = await arrangeClips(workbench.library);
  clips = new ClipsScreen(workbench.page);
});

test('lists every clip with its speaker, date and source, and counts them', async () => {
  await clips.open();
  await expect(clips.count).toHaveText('6 clips');
  expect(await clips.quotes()).toEqual([
    QUOTES.mapped,
    QUOTES.shelf,
    QUOTES.ownWaters,
    QUOTES.radar,
    QUOTES.givenUp,
    QUOTES.vigil,
  ]);
  await expect(clips.row(QUOTES.radar)).toContainText('Liesel Brandquist');
  await expect(clips.row(QUOTES.radar)).toContainText('Nov 7, 2025');
  await expect(clips.row(QUOTES.radar)).toContainText(TITLES.radar);
});

test('filters by speaker, and clearing the filters lists everything again', async () => {
  await clips.open();
  await clips.filter('Speaker').selectOption({ label: 'Mattias Reinholt' });
  await expect(clips.count).toHaveText('2 clips of 6');
  expect(await clips.quotes()).toEqual([QUOTES.mapped, QUOTES.givenUp]);

  await clips.button('Clear filters').click();
  await expect(clips.count).toHaveText('6 clips');
});

test('filters by tag', async () => {
  await clips.open();
  await clips.filter('Tag').selectOption('talks');
  await expect(clips.count).toHaveText('2 clips of 6');
  expect(await clips.quotes()).toEqual([QUOTES.givenUp, QUOTES.vigil]);
});

test('filters by a range of statement dates', async () => {
  await clips.open();
  await clips.filter('From').fill('2025-11-04');
  await clips.filter('To').fill('2025-11-08');
  await expect(clips.count).toHaveText('2 clips of 6');
  expect(await clips.quotes()).toEqual([QUOTES.ownWaters, QUOTES.radar]);

  await clips.filter('To').fill('2025-11-04');
  await expect(clips.count).toHaveText('1 clip of 6');
  await clips.filter('Speaker').selectOption({ label: 'Mattias Reinholt' });
  await expect(clips.count).toHaveText('0 clips of 6');
  await expect(clips.region.getByText('No clips match these filters.')).toBeVisible();
});

test('filters by an actor who spoke or was spoken of, by article, and by status', async ({ workbench }) => {
  const talks = await workbench.library.getArticle(arranged.articles.talks);
  await workbench.library.editArticleText(talks.id, talks.content.text.replace(`"${QUOTES.givenUp},"`, '"No comment,"'));
  await clips.open();

  await clips.filter('Actor').selectOption({ label: 'Aldmark' });
  expect(await clips.quotes()).toEqual([QUOTES.shelf, QUOTES.ownWaters, QUOTES.vigil]);
  await clips.filter('Actor').selectOption({ label: 'Any actor' });

  await clips.filter('Article').selectOption({ label: TITLES.talks });
  await expect(clips.count).toHaveText('2 clips of 6');
  await clips.filter('Status').selectOption({ label: 'Orphaned' });
  await expect(clips.count).toHaveText('1 clip of 6');
  await expect(clips.row(QUOTES.givenUp)).toContainText('Orphaned');
});

test("choosing a quote opens its article in the Library", async ({ workbench, reader }) => {
  await clips.open();
  await clips.row(QUOTES.shelf).getByRole('button', { name: new RegExp(QUOTES.shelf) }).click();
  const rail = workbench.page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('button', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  await expect(reader.title).toHaveText(TITLES.frigates);
});

test('a speaker in the list opens their actor page', async ({ workbench }) => {
  await clips.open();
  await clips.row(QUOTES.radar).getByRole('button', { name: 'Liesel Brandquist' }).click();
  await expect(workbench.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Liesel Brandquist');
});

test('selected clips start a briefing, which then opens', async ({ workbench }) => {
  await clips.open();
  await clips.row(QUOTES.radar).getByRole('checkbox').check();
  await clips.row(QUOTES.vigil).getByRole('checkbox').check();
  await expect(clips.region.getByText('2 selected')).toBeVisible();
  await clips.button('Start briefing…').click();

  const dialog = workbench.page.getByRole('dialog', { name: 'Start a briefing' });
  await expect(dialog).toContainText('From 2 clips.');
  await dialog.getByRole('radio', { name: /Timeline/ }).check();
  await dialog.getByLabel('Title').fill('Week one on the strait');
  await dialog.getByRole('button', { name: 'Start briefing' }).click();

  const rail = workbench.page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('button', { name: 'Briefings' })).toHaveAttribute('aria-current', 'page');
  const [briefing] = await listBriefings(workbench.library);
  expect(briefing.title).toBe('Week one on the strait');
  expect(briefing.body).toContain(arranged.clips.radar);
  expect(briefing.body).toContain(arranged.clips.vigil);
  expect(briefing.body).not.toContain(arranged.clips.mapped);
});

test('all filtered clips start a briefing grouped by actor', async ({ workbench }) => {
  await clips.open();
  await clips.filter('Tag').selectOption('naval');
  await expect(clips.count).toHaveText('3 clips of 6');
  await clips.button('Start briefing from all filtered clips').click();

  const dialog = workbench.page.getByRole('dialog', { name: 'Start a briefing' });
  await expect(dialog).toContainText('From 3 clips.');
  await expect(dialog.getByRole('radio', { name: /Grouped by actor/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Start briefing' }).click();

  await expect(dialog).toBeHidden();
  const [briefing] = await listBriefings(workbench.library);
  expect(briefing.title).toBe('What each actor said');
  for (const id of [arranged.clips.mapped, arranged.clips.shelf, arranged.clips.radar]) expect(briefing.body).toContain(id);
  expect(briefing.body).not.toContain(arranged.clips.givenUp);
});

test('the clips view and its briefing dialog have no serious accessibility problems', async ({ workbench }, testInfo) => {
  await clips.open();
  await expect(clips.rows).toHaveCount(6);
  await clips.row(QUOTES.radar).getByRole('checkbox').check();
  expect(await seriousViolations(workbench.page, testInfo, 'clips-view')).toEqual([]);

  await clips.button('Start briefing…').click();
  await expect(workbench.page.getByRole('dialog', { name: 'Start a briefing' })).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'start-briefing')).toEqual([]);
});
