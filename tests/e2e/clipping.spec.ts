import AxeBuilder from '@axe-core/playwright';
import { createClip } from '../../electron/library/clips/clips';
import type { Library } from '../../electron/library';
import { expect, test } from './fixtures';
import { ReaderClips } from './pages/reader-clips';

const FRIGATES = 'Vessonia sends frigates';
const REINHOLT_QUOTE = 'We have mapped these banks for forty years.';
const BRANDQUIST_QUOTE = 'There is no reason for anyone to panic';

async function articleNamed(library: Library, title: string) {
  const meta = (await library.listArticles({})).find((a) => a.title.startsWith(title))!;
  return library.getArticle(meta.id);
}

async function clipsOf(library: Library, articleId: string) {
  return [...(await library.clips.forArticle(articleId))].filter((c) => !c.deletedAt);
}

test('a selected passage is clipped with the button, given the suggested speaker, and reopened from its highlight', async ({
  workbench,
  library,
}) => {
  const clips = new ReaderClips(workbench.page);
  await library.open(FRIGATES);
  await clips.select(REINHOLT_QUOTE);
  await clips.clipButton.click();

  await expect(clips.quote()).toHaveText(REINHOLT_QUOTE);
  const suggestion = clips.panel.getByText(/^Suggested:/);
  await expect(suggestion).toContainText('Suggested: Mattias Reinholt');
  await clips.panel.getByRole('button', { name: 'Accept' }).click();
  await expect(clips.panel.getByRole('button', { name: 'Remove speaker Mattias Reinholt' })).toBeVisible();
  await expect(suggestion).toBeHidden();
  await expect(clips.saveState()).toHaveText('Saved');

  const article = await articleNamed(workbench.library, FRIGATES);
  const reinholt = workbench.library.actors.list().find((a) => a.name === 'Mattias Reinholt');
  expect(reinholt, 'accepting a name the registry lacks adds the actor').toMatchObject({ kind: 'person' });
  await expect.poll(async () => (await clipsOf(workbench.library, article.id)).map((c) => [c.selectors.quote.exact, c.speakerId])).toEqual([
    [REINHOLT_QUOTE, reinholt!.id],
  ]);

  await clips.panel.getByRole('button', { name: 'Close clip' }).click();
  await expect(clips.panel).toBeHidden();
  await expect(clips.highlight(REINHOLT_QUOTE)).toBeVisible();
  await clips.highlight(REINHOLT_QUOTE).click();
  await expect(clips.quote()).toHaveText(REINHOLT_QUOTE);
  await expect(clips.panel.getByRole('button', { name: 'Remove speaker Mattias Reinholt' })).toBeVisible();
});

test('the keyboard shortcut clips a selection across paragraphs, clamped to the article text', async ({ workbench, library }) => {
  const clips = new ReaderClips(workbench.page);
  await library.open(FRIGATES);
  await clips.select(BRANDQUIST_QUOTE);
  await workbench.page.keyboard.press('Control+Shift+C');
  await expect(clips.quote()).toHaveText(BRANDQUIST_QUOTE);
  await expect(clips.panel.getByText(/^Suggested:/)).toContainText('Liesel Brandquist');

  // From inside one paragraph to inside the next: the quote keeps the text between them.
  await clips.panel.getByRole('button', { name: 'Close clip' }).click();
  await clips.select('Ilvanov declined', 'Liesel Brandquist');
  await workbench.page.keyboard.press('Control+Shift+C');
  const article = await articleNamed(workbench.library, FRIGATES);
  const { text } = article.content;
  const expected = text.slice(text.indexOf('Ilvanov declined'), text.indexOf(', a spokeswoman'));
  expect(expected).toContain('\n\n');
  await expect.poll(async () => (await clipsOf(workbench.library, article.id)).map((c) => c.selectors.quote.exact)).toContain(expected);
  await expect(clips.quote()).toHaveText(expected);

  // From the title (outside the text) into the first paragraph: the clip starts where the text does.
  await clips.panel.getByRole('button', { name: 'Close clip' }).click();
  await workbench.page.evaluate(() => {
    const title = document.querySelector('#reader-title')!.firstChild!;
    const first = document.querySelector('.Reader-body span[data-start]')!.firstChild!;
    const range = document.createRange();
    range.setStart(title, 3);
    range.setEnd(first, 12);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await clips.clipButton.click();
  await expect(clips.quote()).toHaveText(text.slice(0, 12).trim());
  await expect.poll(async () => (await clipsOf(workbench.library, article.id)).length).toBe(3);
});

test('speaker, actors, tags, date and note save as the user edits, and a deleted clip comes back with Undo', async ({
  workbench,
  library,
}) => {
  const clips = new ReaderClips(workbench.page);
  await library.open(FRIGATES);
  await clips.select(BRANDQUIST_QUOTE);
  await clips.clipButton.click();

  await clips.panel.getByRole('combobox', { name: 'Speaker' }).fill('Liesel');
  await clips.panel.getByRole('option', { name: /Add “Liesel” as a new actor/ }).click();
  await expect(clips.panel.getByRole('button', { name: 'Remove speaker Liesel' })).toBeVisible();
  await clips.panel.getByRole('combobox', { name: 'About' }).fill('Aldmark');
  await clips.panel.getByRole('combobox', { name: 'About' }).press('ArrowDown');
  await clips.panel.getByRole('combobox', { name: 'About' }).press('Enter');
  await clips.panel.getByLabel('Tags').fill('naval, readiness');
  await clips.panel.getByLabel('Statement date').fill('2025-11-02');
  const note = clips.panel.getByRole('textbox', { name: 'Note' });
  await note.click();
  await workbench.page.keyboard.press('Control+b');
  await workbench.page.keyboard.type('Check');
  await workbench.page.keyboard.press('Control+b');
  await workbench.page.keyboard.type(' the patrol boats.');
  await expect(note.locator('.NoteEditor-bold')).toHaveText('Check');
  await expect(clips.saveState()).toHaveText('Saved');

  const article = await articleNamed(workbench.library, FRIGATES);
  const actors = () => workbench.library.actors.list();
  await expect.poll(async () => {
    const [clip] = await clipsOf(workbench.library, article.id);
    const name = (id: string | null) => actors().find((a) => a.id === id)?.name;
    return { speaker: name(clip.speakerId), about: clip.aboutIds.map(name), tags: clip.tags, date: clip.statementDate, note: clip.noteText };
  }).toEqual({ speaker: 'Liesel', about: ['Aldmark'], tags: ['naval', 'readiness'], date: '2025-11-02', note: 'Check the patrol boats.' });
  expect(JSON.parse((await clipsOf(workbench.library, article.id))[0].noteJson).root.children[0].children[0]).toMatchObject({ text: 'Check', format: 1 });

  await clips.panel.getByRole('button', { name: 'Delete clip' }).click();
  await expect(clips.highlight(BRANDQUIST_QUOTE)).toHaveCount(0);
  await expect.poll(async () => (await clipsOf(workbench.library, article.id)).length).toBe(0);
  await workbench.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(clips.quote()).toHaveText(BRANDQUIST_QUOTE);
  await expect(clips.highlight(BRANDQUIST_QUOTE)).toBeVisible();
  await expect(clips.panel.getByLabel('Tags')).toHaveValue('naval, readiness');
});

test('after an edit of the text, a rewritten clip is listed as having lost its place and the other stays highlighted', async ({
  workbench,
  library,
}) => {
  const clips = new ReaderClips(workbench.page);
  const article = await articleNamed(workbench.library, FRIGATES);
  const { text } = article.content;
  for (const quote of [REINHOLT_QUOTE, BRANDQUIST_QUOTE]) {
    const start = text.indexOf(quote);
    await createClip(workbench.library, { articleId: article.id, start, end: start + quote.length });
  }
  await library.open(FRIGATES);
  await expect(clips.highlight(REINHOLT_QUOTE)).toBeVisible();
  await expect(clips.clipsTab).toHaveText('Clips (2)');

  await clips.article.getByRole('button', { name: 'Edit text' }).click();
  const dialog = workbench.page.getByRole('dialog', { name: 'Edit article text' });
  await dialog.getByLabel('Article text').fill(text.replace(REINHOLT_QUOTE, 'Our charts of the shoals go back to the fifties.'));
  await dialog.getByRole('button', { name: 'Save text' }).click();
  await expect(dialog).toBeHidden();

  await expect(clips.orphans).toBeVisible();
  await expect(clips.orphans.getByRole('blockquote')).toHaveText(REINHOLT_QUOTE);
  await expect(clips.orphans.getByRole('listitem')).toHaveCount(1);
  await expect(clips.highlight(REINHOLT_QUOTE)).toHaveCount(0);
  await expect(clips.highlight(BRANDQUIST_QUOTE)).toBeVisible();
  await expect(clips.article.getByText('Text edited (1 previous version kept)')).toBeVisible();

  await clips.article.getByRole('button', { name: 'Verify clips' }).click();
  const check = workbench.page.getByRole('dialog', { name: 'Verify clips' });
  await expect(check.getByRole('status')).toHaveText('1 of 2 clips are word for word in the article where they were clipped.');
  await check.getByRole('button', { name: 'Close', exact: true }).last().click();

  await clips.orphans.getByRole('button', { name: 'Open clip' }).click();
  await expect(clips.panel.getByText('This quote lost its place in the article.')).toBeVisible();
});

test('actors in the article: a proposal is added, another becomes an alias of a known actor', async ({ workbench, library }) => {
  const clips = new ReaderClips(workbench.page);
  await workbench.library.actors.create({ name: 'Aldmark defence ministry', kind: 'organisation' }, new Date().toISOString());
  await library.open(FRIGATES);
  await clips.actorsTab.click();
  const proposed = clips.sidePanel.getByRole('list', { name: 'Proposed actors' });
  const known = clips.sidePanel.getByRole('list', { name: 'Known actors in this article' });

  await proposed.getByRole('button', { name: 'Add Clara Westenholt', exact: true }).click();
  await expect(known.getByRole('button', { name: /Clara Westenholt/ })).toBeVisible();
  await expect(proposed.getByRole('button', { name: 'Add Clara Westenholt', exact: true })).toHaveCount(0);
  expect(workbench.library.actors.list().find((a) => a.name === 'Clara Westenholt')).toMatchObject({ kind: 'person' });

  await proposed.getByRole('button', { name: "Add Aldmark's Ministry of Defence as alias of…" }).click();
  await clips.sidePanel.getByRole('combobox').fill('defence');
  await clips.sidePanel.getByRole('option', { name: /Aldmark defence ministry/ }).click();
  await expect.poll(() => workbench.library.actors.list().find((a) => a.name === 'Aldmark defence ministry')?.aliases).toEqual([
    "Aldmark's Ministry of Defence",
  ]);
  await expect(known.getByRole('button', { name: /Aldmark defence ministry/ })).toBeVisible();

  await known.getByRole('button', { name: /Clara Westenholt/ }).click();
  await expect(workbench.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Actors' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the reader with highlights and the clip panel open has no serious accessibility problems', async ({
  workbench,
  library,
}, testInfo) => {
  const clips = new ReaderClips(workbench.page);
  const article = await articleNamed(workbench.library, FRIGATES);
  for (const quote of [REINHOLT_QUOTE, BRANDQUIST_QUOTE, 'a deliberate escalation']) {
    const start = article.content.text.indexOf(quote);
    await createClip(workbench.library, { articleId: article.id, start, end: start + quote.length });
  }
  await library.open(FRIGATES);
  await clips.highlight(REINHOLT_QUOTE).click();
  await expect(clips.panel.getByText(/^Suggested:/)).toBeVisible();
  await workbench.page.screenshot({ path: testInfo.outputPath('reader-clip-panel.png') });

  const seriousViolations = async () => {
    const results = await new AxeBuilder({ page: workbench.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  };
  expect(await seriousViolations()).toEqual([]);

  await clips.panel.getByRole('combobox', { name: 'About' }).fill('a');
  await expect(clips.panel.getByRole('listbox')).toBeVisible();
  expect(await seriousViolations()).toEqual([]);

  await clips.actorsTab.click();
  await expect(clips.sidePanel.getByRole('list', { name: 'Proposed actors' })).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
});

test('overlapping clips are each highlighted, each opens from its own text, and offsets stay exact', async ({
  workbench,
  library,
}) => {
  const clips = new ReaderClips(workbench.page);
  const article = await articleNamed(workbench.library, FRIGATES);
  const { text } = article.content;
  for (const quote of [REINHOLT_QUOTE, 'these banks for forty years. Nothing about']) {
    const start = text.indexOf(quote);
    await createClip(workbench.library, { articleId: article.id, start, end: start + quote.length });
  }
  await library.open(FRIGATES);
  await expect(clips.body.locator('mark.is-overlap')).toHaveText('these banks for forty years.');
  await expect(clips.body.getByRole('button', { name: /^Open clip: “/ })).toHaveCount(2);

  await clips.highlight('We have mapped').click();
  await expect(clips.quote()).toHaveText(REINHOLT_QUOTE);
  await clips.highlight('Nothing about').click();
  await expect(clips.quote()).toHaveText('these banks for forty years. Nothing about');

  const pieces = await clips.body
    .locator('[data-start]:not([data-end])')
    .evaluateAll((els) => els.map((e) => ({ start: Number(e.getAttribute('data-start')), text: e.textContent ?? '' })));
  for (const piece of pieces) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text);
  expect(pieces.map((p) => p.text).join('')).toBe(text.replace(/\n\n/g, ''));
});

test('a passage selected with the mouse is clipped as it reads', async ({ workbench, library }) => {
  const clips = new ReaderClips(workbench.page);
  await library.open(FRIGATES);
  await clips.body.getByRole('paragraph').filter({ hasText: 'Ilvanov declined' }).click({ clickCount: 3 });
  await clips.clipButton.click();
  await expect(clips.quote()).toHaveText('Ilvanov declined to say how long the ships would stay.');
  await expect(clips.highlight('Ilvanov declined')).toBeVisible();
});
