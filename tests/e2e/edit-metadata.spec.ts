import { expect, test } from './fixtures';

test('editing an article’s details changes the reader, the list and the library', async ({
  workbench,
  library,
  reader,
}) => {
  await library.open('Aldmark says Vessonian frigate locked weapons radar');
  await reader.button('Edit details').click();
  const form = workbench.page.getByRole('dialog', { name: 'Edit article details' });
  await form.getByLabel('Title').fill('Radar lock reported off Merrow Banks');
  await form.getByLabel('Authors').fill('Jonah Peltier, Kari Lund');
  await form.getByLabel('Published').fill('2025-11-06');
  await form.getByLabel('Tags').fill('naval, radar');
  await form.getByRole('button', { name: 'Save details' }).click();

  await expect(form).toBeHidden();
  await expect(reader.title).toHaveText('Radar lock reported off Merrow Banks');
  await expect(reader.fact('By')).toHaveText('Jonah Peltier, Kari Lund');
  await expect(reader.fact('Published')).toHaveText('Nov 6, 2025');
  await expect(library.article('Radar lock reported off Merrow Banks')).toBeVisible();

  const saved = (await workbench.library.listArticles({})).find((a) => a.title.startsWith('Radar lock'));
  expect(saved).toMatchObject({
    title: 'Radar lock reported off Merrow Banks',
    authors: ['Jonah Peltier', 'Kari Lund'],
    published: '2025-11-06',
    tags: ['naval', 'radar'],
    guessed: [],
  });
});

test('a web address that is not http(s) is refused with a message', async ({ workbench, library, reader }) => {
  await library.open('Aldmark says Vessonian frigate locked weapons radar');
  await reader.button('Edit details').click();
  const form = workbench.page.getByRole('dialog', { name: 'Edit article details' });
  await form.getByLabel('Original address (URL)').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Save details' }).click();

  await expect(form.getByText('Enter a web address starting with http:// or https://')).toBeVisible();
  await expect(form.getByLabel('Original address (URL)')).toHaveAttribute('aria-invalid', 'true');
});
