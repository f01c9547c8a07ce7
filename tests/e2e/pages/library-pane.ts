import type { Locator, Page } from '@playwright/test';

/** The left pane: import button, filter, sort, the article list and the way to the trash. */
export class LibraryPane {
  readonly list: Locator;
  readonly articles: Locator;
  readonly filter: Locator;
  readonly sortBy: Locator;
  readonly trashButton: Locator;

  constructor(readonly page: Page) {
    const pane = page.getByRole('complementary', { name: 'Library' });
    this.list = pane.getByRole('listbox', { name: 'Articles' });
    this.articles = this.list.getByRole('option');
    this.filter = pane.getByRole('searchbox', { name: 'Filter articles' });
    this.sortBy = pane.getByLabel('Sort by');
    this.trashButton = pane.getByRole('button', { name: /^Trash/ });
  }

  /** Waits until the first listing has arrived (the list, or the empty library's message). */
  async ready(): Promise<void> {
    await this.articles.first().or(this.page.getByText('No articles yet')).waitFor();
  }

  article(title: string | RegExp): Locator {
    return this.articles.filter({ hasText: title });
  }

  /** The titles in the order the list shows them. */
  async titles(): Promise<string[]> {
    return this.list.locator('.ArticleList-title').allTextContents();
  }

  async open(title: string | RegExp): Promise<void> {
    await this.article(title).click();
  }

  /** The button that reverses the order; its text says the current order. */
  orderButton(): Locator {
    return this.page.getByRole('button', { name: /first|to Z|to A/ });
  }
}
