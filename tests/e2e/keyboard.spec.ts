import { expect, test } from './fixtures';

test('the keyboard moves through the list, opens, imports and filters', async ({ library, reader, importer }) => {
  const [first, second] = await library.titles();
  await library.open(first);
  await expect(reader.title).toHaveText(first);

  await library.page.keyboard.press('ArrowDown');
  await library.page.keyboard.press('ArrowDown');
  await library.page.keyboard.press('ArrowUp');
  await expect(library.article(second)).toHaveAttribute('aria-selected', 'true');
  await expect(reader.title).toHaveText(first);
  await library.page.keyboard.press('Enter');
  await expect(reader.title).toHaveText(second);
  await library.page.keyboard.press('End');
  await expect(library.articles.last()).toHaveAttribute('aria-selected', 'true');

  await library.page.keyboard.press('Control+i');
  await expect(importer.dialog).toBeVisible();
  await library.page.keyboard.press('Escape');
  await expect(importer.dialog).toBeHidden();

  await library.page.keyboard.press('Control+f');
  await expect(library.filter).toBeFocused();
});
