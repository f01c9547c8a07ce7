import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { updateClip } from '../../electron/library/clips/clips';
import { expect, test } from './fixtures';
import { ActorsScreen } from './pages/actors';
import { arrangeClips, QUOTES, TITLES } from './pages/clips';

/** Scans the screen for serious problems, keeping a picture of it in test-results/. */
async function seriousViolations(page: Page, testInfo: TestInfo, screen: string) {
  await page.screenshot({ path: testInfo.outputPath(`${screen}.png`) });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const now = () => new Date().toISOString();

test('a new actor with aliases and an affiliation gets a page of their own', async ({ workbench, library }) => {
  await library.ready();
  await workbench.library.actors.create({ name: 'Northern Littoral Compact', kind: 'organisation' }, now());
  const actors = new ActorsScreen(workbench.page);
  await actors.open();

  await actors.registry.getByRole('button', { name: 'New actor' }).click();
  const form = actors.dialog('New actor');
  await actors.fill(form, {
    name: 'Orla Kennerley',
    kind: 'Person',
    aliases: ['Kennerley', 'the special envoy', 'the Compact envoy'],
    role: 'Special envoy',
    affiliation: 'Northern Littoral Compact',
    description: 'Envoy of the Compact for the Skarren Strait.',
  });
  await form.getByRole('button', { name: 'Remove alias the Compact envoy' }).click();
  await expect(form.getByRole('list', { name: 'Aliases added' }).getByRole('listitem')).toHaveText([/Kennerley/, /the special envoy/]);
  await form.getByRole('button', { name: 'Create actor' }).click();

  await expect(form).toBeHidden();
  await expect(actors.heading).toHaveText('Orla Kennerley');
  await expect(actors.actorPage.getByRole('list', { name: 'Also known as' }).getByRole('listitem')).toHaveText([
    'Kennerley',
    'the special envoy',
  ]);
  await expect(actors.actorPage.getByText('Envoy of the Compact for the Skarren Strait.')).toBeVisible();
  await expect(actors.item('Orla Kennerley')).toContainText('Person · Special envoy · Northern Littoral Compact');
  expect(workbench.library.actors.findByName('the special envoy')?.name).toBe('Orla Kennerley');

  await actors.actorPage.getByRole('button', { name: 'Northern Littoral Compact', exact: true }).click();
  await expect(actors.heading).toHaveText('Northern Littoral Compact');
});

test('the form says why an actor cannot be saved', async ({ workbench, library }) => {
  await library.ready();
  await arrangeClips(workbench.library);
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await actors.registry.getByRole('button', { name: 'New actor' }).click();
  const form = actors.dialog('New actor');

  await form.getByRole('button', { name: 'Create actor' }).click();
  await expect(form.getByText('Give the actor a name.')).toBeVisible();
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();

  await actors.fill(form, { name: 'aldmark', kind: 'State' });
  await form.getByRole('button', { name: 'Create actor' }).click();
  await expect(form.getByRole('alert')).toContainText('is already in the registry as Aldmark');
  await expect(form).toBeVisible();
  expect(workbench.library.actors.list().filter((a) => a.name.toLowerCase() === 'aldmark')).toHaveLength(1);
});

test('the filter box and the kind filter narrow the list', async ({ workbench, library }) => {
  await library.ready();
  await arrangeClips(workbench.library);
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await expect(actors.items).toHaveCount(6);
  await expect(actors.item('Mattias Reinholt')).toContainText('2 said · 1 about');

  await actors.filter.fill('foreign minister');
  await expect.poll(() => actors.names()).toEqual(['Mattias Reinholt', 'Teodor Valesku']);
  await actors.filter.fill('');
  await actors.kindFilter.selectOption({ label: 'State' });
  await expect.poll(() => actors.names()).toEqual(['Aldmark', 'Vessonia']);
  await actors.filter.fill('nobody by that name');
  await expect(actors.registry.getByText('No actors match the filter.')).toBeVisible();
});

test("an actor's page lists what they said and what was said about them, with the source", async ({
  workbench,
  library,
  reader,
}) => {
  await library.ready();
  await arrangeClips(workbench.library);
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await actors.openActor('Mattias Reinholt');

  await expect(actors.actorPage).toContainText('Foreign minister');
  const said = actors.clipList('What Mattias Reinholt said').getByRole('listitem');
  await expect(said).toHaveCount(2);
  await expect(said.nth(0)).toContainText(QUOTES.mapped);
  await expect(said.nth(0)).toContainText('Nov 3, 2025');
  await expect(said.nth(0)).toContainText(TITLES.frigates);
  await expect(said.nth(1)).toContainText(QUOTES.givenUp);
  await expect(said.nth(1)).toContainText('Nov 10, 2025');
  const about = actors.clipList('Said about Mattias Reinholt').getByRole('listitem');
  await expect(about).toHaveText([new RegExp(`${QUOTES.ownWaters}.*Teodor Valesku.*Nov 4, 2025.*${TITLES.shipping}`)]);

  await actors.actorPage.getByRole('button', { name: 'Aldmark', exact: true }).click();
  await expect(actors.heading).toHaveText('Aldmark');
  await expect(actors.clipList('Said about Aldmark').getByRole('listitem')).toHaveCount(3);

  await actors.clipList('Said about Aldmark').getByRole('button', { name: new RegExp(QUOTES.vigil) }).click();
  await expect(workbench.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  await expect(reader.title).toHaveText(TITLES.talks);
});

test('merging two actors moves their clips and keeps the name as an alias', async ({ workbench, library }) => {
  await library.ready();
  const arranged = await arrangeClips(workbench.library);
  const duplicate = await workbench.library.actors.create(
    { name: 'M. Reinholt', kind: 'person', aliases: ['the Aldmark foreign minister'] },
    now(),
  );
  await updateClip(workbench.library, arranged.clips.givenUp, { speakerId: duplicate.id });
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await actors.openActor('M. Reinholt');
  await expect(actors.clipList('What M. Reinholt said').getByRole('listitem')).toHaveText([new RegExp(QUOTES.givenUp)]);

  await actors.action('Merge into…').click();
  const choose = actors.dialog('Merge “M. Reinholt” into another actor');
  await choose.getByLabel('Merge into').selectOption({ label: 'Mattias Reinholt (Foreign minister)' });
  await choose.getByRole('button', { name: 'Continue…' }).click();
  const confirm = actors.dialog('Merge actors?');
  await expect(confirm).toContainText('1 clip by or about “M. Reinholt” will move to “Mattias Reinholt”');
  await confirm.getByRole('button', { name: 'Merge into Mattias Reinholt' }).click();

  await expect(confirm).toBeHidden();
  await expect(actors.heading).toHaveText('Mattias Reinholt');
  await expect(actors.clipList('What Mattias Reinholt said').getByRole('listitem')).toHaveText([
    new RegExp(QUOTES.mapped),
    new RegExp(QUOTES.givenUp),
  ]);
  await expect(actors.actorPage.getByRole('list', { name: 'Also known as' }).getByRole('listitem')).toHaveText([
    'M. Reinholt',
    'the Aldmark foreign minister',
  ]);
  await expect(actors.item('M. Reinholt')).toHaveCount(0);
  await expect(actors.item('Mattias Reinholt')).toContainText('2 said · 1 about');
  expect((await workbench.library.clips.get(arranged.clips.givenUp)).speakerId).toBe(arranged.actors.reinholt);
});

test('a deleted actor can be brought back with Undo, or from the trash', async ({ workbench, library }) => {
  await library.ready();
  await arrangeClips(workbench.library);
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await actors.openActor('Anton Ilvanov');

  await actors.action('Move to trash').click();
  await expect(workbench.page.getByRole('status').filter({ hasText: 'Moved “Anton Ilvanov” to the trash.' })).toBeVisible();
  await expect(actors.item('Anton Ilvanov')).toHaveCount(0);
  await workbench.page.getByRole('button', { name: 'Undo' }).click();
  await expect(actors.item('Anton Ilvanov')).toBeVisible();
  await expect(actors.heading).toHaveText('Anton Ilvanov');

  await actors.action('Move to trash').click();
  await expect(actors.item('Anton Ilvanov')).toHaveCount(0);
  await actors.trashButton.click();
  const trash = workbench.page.getByRole('list', { name: 'Deleted actors' });
  await expect(trash.getByRole('listitem')).toHaveText([/Anton Ilvanov/]);
  await trash.getByRole('button', { name: 'Restore “Anton Ilvanov”' }).click();

  await expect(actors.heading).toHaveText('Anton Ilvanov');
  await expect(actors.item('Anton Ilvanov')).toContainText('1 said · 0 about');
  expect(workbench.library.actors.list(true)).toEqual([]);
});

test('the actors list, an actor page and the actor form have no serious accessibility problems', async ({
  workbench,
  library,
}, testInfo) => {
  await library.ready();
  await arrangeClips(workbench.library);
  const actors = new ActorsScreen(workbench.page);
  await actors.open();
  await expect(actors.items).toHaveCount(6);
  expect(await seriousViolations(workbench.page, testInfo, 'actors-list')).toEqual([]);

  await actors.openActor('Mattias Reinholt');
  await expect(actors.clipList('What Mattias Reinholt said').getByRole('listitem')).toHaveCount(2);
  expect(await seriousViolations(workbench.page, testInfo, 'actor-page')).toEqual([]);

  await actors.action('Edit').click();
  await expect(actors.dialog('Edit Mattias Reinholt')).toBeVisible();
  expect(await seriousViolations(workbench.page, testInfo, 'actor-form')).toEqual([]);
});
