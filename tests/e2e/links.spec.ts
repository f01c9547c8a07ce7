import path from 'node:path';
import { expect, FIXTURES, test } from './fixtures';

test('clicking a link asks the system browser to open it and the app stays put', async ({
  workbench,
  importer,
  reader,
}) => {
  await importer.chooseFiles(path.join(FIXTURES, 'harbour-pilots.html'));
  await importer.results.getByRole('button', { name: /Open/ }).click();
  const link = reader.body.getByRole('link', { name: "pilots' association" });
  const url = 'https://coastal-courier.example/pilots-association';
  const appUrl = workbench.page.url();

  await expect(link).toHaveAttribute('title', url);
  await link.click();

  await expect.poll(() => workbench.calls.openExternal).toEqual([url]);
  expect(workbench.page.url()).toBe(appUrl);
  expect(workbench.page.context().pages()).toHaveLength(1);
  expect(workbench.blockedRequests).toEqual([]);

  await reader.article.getByRole('link', { name: 'Open the original' }).click();
  await expect.poll(() => workbench.calls.openExternal).toEqual([
    url,
    'https://coastal-courier.example/news/harbour-pilots-warn',
  ]);
});
