import { expect, test } from './fixtures';
import { arrangeClips, BriefingScreen, QUOTES } from './pages/briefing';

test('a new briefing is renamed, given an author and a date, and duplicated', async ({ workbench }) => {
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await expect(workbench.page.getByText('No briefings yet.')).toBeVisible();
  await screen.create();
  await expect(screen.briefing('Untitled briefing')).toHaveAttribute('aria-current', 'page');

  await screen.title.fill('Strait weekly');
  await screen.author.fill('Ana Lyst');
  await screen.date.fill('2025-11-07');
  await expect(screen.briefing('Strait weekly')).toContainText('Ana Lyst · Nov 7, 2025');
  await expect(screen.briefing('Strait weekly')).toContainText('Updated');
  await screen.saved();
  const [stored] = await workbench.library.briefings.list();
  expect(stored).toMatchObject({ title: 'Strait weekly', author: 'Ana Lyst', date: '2025-11-07' });

  await screen.button('Duplicate').click();
  await expect(workbench.page.getByRole('status').filter({ hasText: 'Duplicated as “Strait weekly (copy)”.' })).toBeVisible();
  await expect(screen.title).toHaveValue('Strait weekly (copy)');
  await expect(screen.briefing('Strait weekly (copy)')).toHaveAttribute('aria-current', 'page');
  await expect(screen.briefings).toHaveCount(2);
});

test('an emptied title is not saved, and the briefing keeps its last one', async ({ workbench }) => {
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await screen.create();
  await screen.title.fill('Kept title');
  await screen.saved();
  await screen.title.fill('');
  await expect(screen.title).toHaveAttribute('aria-invalid', 'true');
  await expect(workbench.page.getByText('A briefing needs a title')).toBeVisible();
  await screen.saved();
  await expect(screen.briefing('Kept title')).toBeVisible();
  expect((await workbench.library.briefings.list())[0].title).toBe('Kept title');
});

test('a briefing moved to the trash comes back with Undo, or from the trash', async ({ workbench }) => {
  const { page } = workbench;
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.create();
  await screen.title.fill('Draft to delete');
  await screen.button('Move to trash').click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Draft to delete” to the trash.' })).toBeVisible();
  await expect(screen.briefings).toHaveCount(0);
  await expect(screen.text).toBeHidden();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(screen.briefing('Draft to delete')).toBeVisible();
  await expect(screen.title).toHaveValue('Draft to delete');

  await screen.button('Move to trash').click();
  await screen.list.getByRole('button', { name: 'Trash (1)' }).click();
  const trash = page.getByRole('list', { name: 'Deleted briefings' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Restore “Draft to delete”' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect(screen.briefing('Draft to delete')).toBeVisible();
  await screen.briefing('Draft to delete').click();
  await expect(screen.title).toHaveValue('Draft to delete');
});

test('"New from clips" starts a briefing grouped by actor from the clips checked', async ({ workbench }) => {
  const { page } = workbench;
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.list.getByRole('button', { name: 'New from clips…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New briefing from clips' });
  await expect(dialog.getByRole('radio', { name: /Grouped by actor/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: /forty years/ }).check();
  await dialog.getByRole('checkbox', { name: /half of anything/ }).check();
  await expect(dialog.getByRole('radio', { name: 'Only the clips I check (2)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Start from 2 clips' }).click();

  await expect(dialog).toBeHidden();
  await expect(screen.title).toHaveValue('What each actor said');
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText([
    'Anton Ilvanov, Defence Ministry spokesman of Vessonia',
    'Mattias Reinholt, Foreign Minister of Aldmark',
  ]);
  await expect(screen.clipBlocks).toHaveCount(2);
  await expect(screen.clipBlocks.nth(0)).toContainText(QUOTES.ilvanovFleet);
  await expect(screen.clipBlocks.nth(1)).toContainText(QUOTES.reinholt);
});

test('"New from clips" makes a timeline of the clips that match the filters', async ({ workbench }) => {
  const { page } = workbench;
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.list.getByRole('button', { name: 'New from clips…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New briefing from clips' });
  await dialog.getByRole('radio', { name: /Timeline/ }).check();
  await dialog.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Anton Ilvanov' });
  await expect(dialog.getByRole('radio', { name: 'All 2 clips that match the filters' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Vessonia, day by day');
  await dialog.getByRole('button', { name: 'Start from 2 clips' }).click();

  await expect(screen.title).toHaveValue('Vessonia, day by day');
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText(['3 November 2025', '6 November 2025']);
  await expect(screen.clipBlocks).toHaveCount(2);
  await expect(screen.clipBlocks.nth(0)).toContainText(QUOTES.ilvanovShelf);
  await expect(screen.clipBlocks.nth(1)).toContainText(QUOTES.ilvanovFleet);
});

test('coming back to Briefings from another section shows the briefing that was open', async ({ workbench }) => {
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await screen.create();
  await screen.title.fill('Still open');
  await workbench.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' }).click();
  await expect(screen.list).toBeHidden();
  await screen.show();
  await expect(screen.title).toHaveValue('Still open');
  await expect(screen.briefing('Still open')).toHaveAttribute('aria-current', 'page');
});
