import { createBriefing } from '../../electron/library/briefings/briefings';
import { expect, test } from './fixtures';
import { arrangeClips, BriefingScreen, QUOTES } from './pages/briefing';

test('the toolbar sets block kinds, formats, lists and links, and shows which apply', async ({ workbench }) => {
  const { page } = workbench;
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.create();
  await screen.text.click();
  await page.keyboard.type('Outlook');
  await screen.tool('Heading 3').click();
  await expect(screen.text.getByRole('heading', { level: 3, name: 'Outlook' })).toBeVisible();
  await expect(screen.tool('Heading 3')).toHaveAttribute('aria-pressed', 'true');
  await expect(screen.tool('Paragraph')).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(screen.tool('Paragraph')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Talks may start ');
  await page.keyboard.press('Control+b');
  await expect(screen.tool('Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('next week');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' in Skelde');
  await expect(screen.tool('Italic')).toHaveAttribute('aria-pressed', 'true');
  await expect(screen.text.locator('strong')).toHaveText('next week');
  await expect(screen.text.locator('em')).toHaveText(' in Skelde');

  await screen.tool('Quote').click();
  await expect(screen.text.locator('blockquote')).toContainText('Talks may start next week in Skelde');
  await screen.tool('Bulleted list').click();
  await expect(screen.tool('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await expect(screen.text.getByRole('list').getByRole('listitem')).toHaveText('Talks may start next week in Skelde');
  await screen.tool('Numbered list').click();
  await expect(screen.text.locator('ol > li')).toHaveCount(1);
  await screen.tool('Numbered list').click();
  await expect(screen.text.getByRole('list')).toHaveCount(0);

  // A link on a selected word, by Ctrl+K.
  await screen.text.getByText('Skelde').dblclick();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await dialog.getByLabel('Address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Enter a web address');
  await dialog.getByLabel('Address').fill('compact.example/talks');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  await expect(screen.text.getByRole('link', { name: 'Skelde' })).toHaveAttribute('href', 'https://compact.example/talks');
  await expect(screen.tool('Link')).toHaveAttribute('aria-pressed', 'true');

  // With nothing selected, the address goes in as the link's text; the Link button then takes it off.
  await page.keyboard.press('End');
  await page.keyboard.type(', see ');
  await screen.tool('Link').click();
  await dialog.getByLabel('Address').fill('https://compact.example/agenda');
  await dialog.getByRole('button', { name: 'Add link' }).click();
  const agenda = screen.text.getByRole('link', { name: 'https://compact.example/agenda' });
  await expect(agenda).toHaveAttribute('href', 'https://compact.example/agenda');
  await agenda.click();
  await expect(screen.tool('Link')).toHaveAttribute('aria-pressed', 'true');
  await screen.tool('Link').click();
  await expect(agenda).toHaveCount(0);
  await expect(screen.text).toContainText('see https://compact.example/agenda');

  await screen.saved();
  const body = (await workbench.library.briefings.list())[0].body;
  expect(body).toContain('"tag":"h3"');
  expect(body).toContain('"url":"https://compact.example/talks"');
});

test('undo and redo from the toolbar and the keyboard', async ({ workbench }) => {
  const { page } = workbench;
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.create();
  await expect(screen.tool('Undo')).toBeDisabled();
  await screen.text.click();
  await page.keyboard.type('First line');
  await screen.tool('Heading 2').click();
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText('First line');

  await screen.tool('Undo').click();
  await expect(screen.text.getByRole('heading')).toHaveCount(0);
  await expect(screen.text).toContainText('First line');
  await screen.tool('Redo').click();
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText('First line');

  await page.keyboard.press('Control+z');
  await expect(screen.text.getByRole('heading')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText('First line');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(screen.text.getByRole('heading', { level: 2 })).toHaveText('First line');
});

test('a clip block is selected with a click, removed with Backspace or Delete, and Undo brings it back', async ({ workbench }) => {
  const { page } = workbench;
  const { clips } = await arrangeClips(workbench.library);
  const screen = new BriefingScreen(page);
  await screen.show();
  await screen.create();
  await screen.insert(/forty years/);
  await screen.insert(/continental shelf/);
  await expect(screen.clipBlocks).toHaveCount(2);

  await screen.clipBlocks.nth(0).getByText(QUOTES.reinholt).click();
  await expect(screen.clipBlocks.nth(0)).toHaveClass(/is-selected/);
  await page.keyboard.press('Backspace');
  await expect(screen.clipBlocks).toHaveCount(1);
  await expect(screen.clipBlocks.nth(0)).toContainText(QUOTES.ilvanovShelf);

  await screen.tool('Undo').click();
  await expect(screen.clipBlocks).toHaveCount(2);
  await screen.clipBlocks.nth(1).getByText(QUOTES.ilvanovShelf).click();
  await page.keyboard.press('Delete');
  await expect(screen.clipBlocks).toHaveCount(1);
  await expect(screen.clipBlocks.nth(0)).toContainText(QUOTES.reinholt);
  await screen.saved();
  const body = (await workbench.library.briefings.list())[0].body;
  expect(body).toContain(`"clipId":"${clips.reinholt.id}"`);
  expect(body).not.toContain(clips.ilvanovShelf.id);
});

test('the clips panel filters by speaker, tag, article and words', async ({ workbench }) => {
  await arrangeClips(workbench.library);
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await screen.create();
  const panel = screen.clipsPanel;
  await expect(screen.panelClips).toHaveCount(3);

  await panel.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Anton Ilvanov' });
  await expect(screen.panelClips).toHaveCount(2);
  await panel.getByRole('searchbox', { name: 'Find clips' }).fill('tanker');
  await expect(screen.panelClips).toHaveCount(1);
  await expect(screen.panelClips).toContainText(QUOTES.ilvanovFleet);

  await panel.getByRole('searchbox', { name: 'Find clips' }).fill('');
  await panel.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Any speaker' });
  await panel.getByRole('combobox', { name: 'Tag' }).selectOption('survey');
  await expect(screen.panelClips).toHaveCount(1);
  await expect(screen.panelClips).toContainText(QUOTES.reinholt);

  await panel.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Any tag' });
  await panel.getByRole('combobox', { name: 'Article' }).selectOption({ label: 'Envoy proposes naval hotline as Skarren rivals dig in' });
  await expect(screen.panelClips).toHaveCount(1);
  await expect(panel.getByRole('status')).toHaveText('1 of 3');
});

test('closing the window right after typing loses nothing', async ({ workbench }) => {
  const { page, library } = workbench;
  const screen = new BriefingScreen(page);
  await page.clock.install();
  await screen.show();
  await screen.create();
  await screen.saved();
  // Time stands still: no timed save can run, only what closing the window sends.
  await page.clock.pauseAt(Date.now() + 60_000);
  await screen.text.click();
  await page.keyboard.type('Every word typed reaches the library, even the last ones');
  await expect(screen.saveStatus).toHaveText('Saving…');
  await page.close({ runBeforeUnload: true });
  await expect
    .poll(async () => (await library.briefings.list())[0]?.body ?? '')
    .toContain('Every word typed reaches the library, even the last ones');
});

test('going to another section right after typing keeps the text', async ({ workbench }) => {
  const { page } = workbench;
  const screen = new BriefingScreen(page);
  await page.clock.install();
  await screen.show();
  await screen.create();
  await screen.title.fill('Section switch');
  await screen.saved();
  await page.clock.pauseAt(Date.now() + 60_000);
  await screen.text.click();
  await page.keyboard.type('Typed just before leaving');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' }).click();
  await expect
    .poll(async () => (await workbench.library.briefings.list())[0]?.body ?? '')
    .toContain('Typed just before leaving');
});

test('typing survives reloading the window', async ({ workbench }) => {
  const { page } = workbench;
  const screen = new BriefingScreen(page);
  await page.clock.install();
  await screen.show();
  await screen.create();
  await screen.title.fill('Reload test');
  await screen.saved();
  await page.clock.pauseAt(Date.now() + 60_000);
  await screen.text.click();
  await page.keyboard.type('Still here after a reload');
  await expect(screen.saveStatus).toHaveText('Saving…');
  await page.reload();
  await page.clock.resume();
  await screen.show();
  await screen.briefing('Reload test').click();
  await expect(screen.text).toHaveText('Still here after a reload');
});

test('a briefing whose text cannot be read says so and is left as it was', async ({ workbench }) => {
  const body = JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'from-a-newer-version', version: 1 }] } });
  await createBriefing(workbench.library, { title: 'From the future', body });
  const screen = new BriefingScreen(workbench.page);
  await screen.show();
  await screen.briefing('From the future').click();
  await expect(workbench.page.getByRole('alert')).toContainText("This briefing's text could not be opened, and it has not been changed.");
  await screen.list.getByRole('button', { name: 'New briefing' }).click();
  await expect(screen.text).toBeVisible();
  expect((await workbench.library.briefings.list()).find((b) => b.title === 'From the future')?.body).toBe(body);
});
