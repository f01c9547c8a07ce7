import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, FIXTURES, test } from './fixtures';

const PASTED = readFileSync(path.join(FIXTURES, 'coast-guard.txt'), 'utf8');
const TITLE = 'Coast guard doubles patrols near Merrow Banks';

test('pasted text is read with its title, byline, outlet and day-first date, which the user confirms', async ({
  workbench,
  library,
  importer,
  reader,
}) => {
  await importer.paste(PASTED);
  await expect(importer.counts).toHaveText('1 imported · 0 duplicates · 0 failed');
  await importer.close();

  await library.open(TITLE);
  await expect(reader.title).toHaveText(TITLE);
  await expect(reader.fact('By')).toHaveText('Henrik Dahl');
  await expect(reader.fact('Outlet')).toHaveText('Baltic Bulletin');
  // 05.11.2025 is the fifth of November, not the eleventh of May.
  await expect(reader.fact('Published')).toContainText('Nov 5, 2025');
  await expect(reader.body).toContainText('said coast guard commander Signe Voss');

  await expect(reader.checkDetails).toBeVisible();
  await reader.checkDetails.getByRole('button', { name: 'Details are right' }).click();
  await expect(reader.checkDetails).toBeHidden();
  await expect(library.article(TITLE)).not.toContainText('check details');
  const meta = (await workbench.library.listArticles({})).find((a) => a.title === TITLE)!;
  expect(meta.guessed).toEqual([]);
});

test('guessed details can be corrected from the notice', async ({ library, importer, reader }) => {
  await importer.paste(PASTED);
  await importer.close();
  await library.open(TITLE);

  await reader.checkDetails.getByRole('button', { name: 'Correct details…' }).click();
  const form = reader.page.getByRole('dialog', { name: 'Edit article details' });
  await form.getByLabel('Outlet').fill('The Baltic Bulletin');
  await form.getByRole('button', { name: 'Save details' }).click();

  await expect(form).toBeHidden();
  await expect(reader.fact('Outlet')).toHaveText('The Baltic Bulletin');
  await expect(reader.checkDetails).toBeHidden();
});

test('the File menu’s Paste Article Text opens the import dialog ready to paste', async ({
  workbench,
  importer,
}) => {
  // What the main process sends when the menu item is chosen.
  workbench.library.events.emit('app:command', { command: 'paste-text' });

  await expect(importer.dialog).toBeVisible();
  await expect(importer.dialog.getByLabel('Article text')).toBeFocused();
});
