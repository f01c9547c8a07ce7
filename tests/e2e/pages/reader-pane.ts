import type { Locator, Page } from '@playwright/test';

/** The reading view of the open article. */
export class ReaderPane {
  readonly article: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly checkDetails: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('main').getByRole('article');
    this.title = this.article.getByRole('heading', { level: 1 });
    this.body = this.article.locator('.Reader-body');
    this.checkDetails = this.article.getByRole('region', { name: 'Check the details' });
  }

  button(name: string | RegExp): Locator {
    return this.article.getByRole('button', { name });
  }

  /** A fact from the header, by its label: Outlet, By, Published. */
  fact(label: 'Outlet' | 'By' | 'Published'): Locator {
    return this.article.locator('.Reader-fact').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }
}
