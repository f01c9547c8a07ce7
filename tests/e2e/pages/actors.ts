import type { Locator, Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the actor form asks for; unset fields are left as they are. */
export interface ActorFields {
  name?: string;
  kind?: string;
  aliases?: string[];
  role?: string;
  affiliation?: string;
  description?: string;
}

/** The Actors section: the registry on the left, an actor's page (or the trash) on the right. */
export class ActorsScreen {
  readonly registry: Locator;
  readonly list: Locator;
  readonly items: Locator;
  readonly filter: Locator;
  readonly kindFilter: Locator;
  readonly actorPage: Locator;
  readonly heading: Locator;
  readonly trashButton: Locator;

  constructor(readonly page: Page) {
    this.registry = page.getByRole('complementary', { name: 'Actor registry' });
    this.list = this.registry.getByRole('list', { name: 'Actors' });
    this.items = this.list.getByRole('listitem');
    this.filter = this.registry.getByRole('searchbox', { name: 'Filter actors' });
    this.kindFilter = this.registry.getByRole('combobox', { name: 'Kind of actor' });
    this.trashButton = this.registry.getByRole('button', { name: /^Trash/ });
    this.actorPage = page.getByRole('main').getByRole('article');
    this.heading = this.actorPage.getByRole('heading', { level: 1 });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Actors' }).click();
    await this.registry.getByRole('status').filter({ hasText: /actors?$/ }).waitFor();
  }

  /** The list entry of an actor, by the start of its name. */
  item(name: string): Locator {
    return this.items.filter({ has: this.page.locator('.ActorList-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  async names(): Promise<string[]> {
    return this.list.locator('.ActorList-name').allTextContents();
  }

  async openActor(name: string): Promise<void> {
    await this.item(name).getByRole('button').click();
    await this.heading.filter({ hasText: name }).waitFor();
  }

  /** A list on the actor's page: "What X said" or "Said about X". */
  clipList(name: string | RegExp): Locator {
    return this.actorPage.getByRole('list', { name });
  }

  action(name: string | RegExp): Locator {
    return this.actorPage.getByRole('button', { name });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Fills the open actor form (New actor, or Edit). */
  async fill(form: Locator, fields: ActorFields): Promise<void> {
    if (fields.name !== undefined) await form.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.kind !== undefined) await form.getByLabel('Kind', { exact: true }).selectOption({ label: fields.kind });
    for (const alias of fields.aliases ?? []) {
      await form.getByLabel('Aliases', { exact: true }).fill(alias);
      await form.getByLabel('Aliases', { exact: true }).press('Enter');
    }
    if (fields.role !== undefined) await form.getByLabel('Role', { exact: true }).fill(fields.role);
    if (fields.affiliation !== undefined) {
      const picker = form.getByLabel('Affiliation', { exact: true });
      const option = picker.getByRole('option', { name: new RegExp(`^${escape(fields.affiliation)}( \\(|$)`) });
      await picker.selectOption(await option.getAttribute('value'));
    }
    if (fields.description !== undefined) await form.getByLabel('Description', { exact: true }).fill(fields.description);
  }
}
