import { expect, test } from './fixtures';

const byTitle = (titles: string[]) => [...titles].sort((a, b) => a.localeCompare(b));

test('the list sorts by title, outlet and date, both ways', async ({ workbench, library }) => {
  await expect(library.articles.first()).toBeVisible();
  const all = await workbench.library.listArticles({});

  await library.sortBy.selectOption('Title');
  await expect.poll(() => library.titles()).toEqual(byTitle(all.map((a) => a.title)));
  await library.orderButton().click();
  await expect.poll(() => library.titles()).toEqual(byTitle(all.map((a) => a.title)).reverse());

  await library.sortBy.selectOption('Outlet');
  const outlets = async () => {
    const titles = await library.titles();
    return titles.map((t) => all.find((a) => a.title === t)!.outlet);
  };
  await expect.poll(outlets).toEqual([...all.map((a) => a.outlet)].sort((a, b) => a.localeCompare(b)));

  await library.sortBy.selectOption('Date');
  await expect(library.orderButton()).toHaveText('Newest first');
  const newest = [...all].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  await expect(library.articles.first()).toContainText(newest[0].title);
});

test('typing in the filter narrows the list, Escape clears it', async ({ library }) => {
  const count = await library.articles.count();
  await library.filter.fill('hotline');
  await expect(library.articles.filter({ hasText: 'Envoy proposes naval hotline' })).toBeVisible();
  await expect.poll(() => library.articles.count()).toBeLessThan(count);

  await library.filter.fill('zzqx nothing like this');
  await expect(library.articles).toHaveCount(0);
  await expect(library.page.getByText('No articles match “zzqx nothing like this”.')).toBeVisible();

  await library.filter.press('Escape');
  await expect(library.articles).toHaveCount(count);
});
