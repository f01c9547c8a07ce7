import { expect, test } from './fixtures';

const TITLE = 'Envoy proposes naval hotline as Skarren rivals dig in';

test('an article moved to the trash can be found there and restored', async ({ workbench, library, reader }) => {
  const count = await library.articles.count();
  await library.open(TITLE);
  await reader.button('Move to trash').click();

  await expect(workbench.page.getByRole('status').filter({ hasText: `Moved “${TITLE}” to the trash.` })).toBeVisible();
  await expect(library.articles).toHaveCount(count - 1);
  await expect(library.article(TITLE)).toHaveCount(0);

  await library.trashButton.click();
  const trash = workbench.page.getByRole('list', { name: 'Deleted articles' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: `Restore “${TITLE}”` }).click();

  await expect(trash).toBeHidden();
  await expect(workbench.page.getByText('The trash is empty.')).toBeVisible();
  await expect(library.articles).toHaveCount(count);
  await expect(library.article(TITLE)).toBeVisible();
});

test('the Delete key trashes the selected article and Ctrl+Z brings it back', async ({ library }) => {
  const count = await library.articles.count();
  await library.open(TITLE);
  await library.page.keyboard.press('Delete');
  await expect(library.article(TITLE)).toHaveCount(0);
  await expect(library.articles).toHaveCount(count - 1);

  await library.page.keyboard.press('Control+z');
  await expect(library.article(TITLE)).toBeVisible();
  await expect(library.articles).toHaveCount(count);
});

test('Undo on the message restores the article', async ({ workbench, library, reader }) => {
  await library.open(TITLE);
  await reader.button('Move to trash').click();
  await workbench.page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.article(TITLE)).toBeVisible();
});

test('deleting forever asks first, then removes the article for good', async ({ workbench, library, reader }) => {
  await library.open(TITLE);
  await reader.button('Move to trash').click();
  await library.trashButton.click();
  const trash = workbench.page.getByRole('list', { name: 'Deleted articles' });

  await trash.getByRole('button', { name: `Delete “${TITLE}” forever` }).click();
  const confirm = workbench.page.getByRole('dialog', { name: 'Delete forever?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);

  await trash.getByRole('button', { name: `Delete “${TITLE}” forever` }).click();
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(workbench.page.getByText('The trash is empty.')).toBeVisible();
  expect(await workbench.library.listArticles({ trash: true })).toEqual([]);
  await expect(library.article(TITLE)).toHaveCount(0);
});
