import type { Locator, Page } from '@playwright/test';

/** The import dialog: pick files or a folder, or paste text; then the summary. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly counts: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /Import/ });
    this.counts = this.dialog.locator('.ImportSummary-counts');
    this.results = this.dialog.getByRole('list', { name: 'Import results' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
  }

  /** Imports files through the file picker, as a user choosing them would. */
  async chooseFiles(files: string[] | string, button = 'Choose files…'): Promise<void> {
    await this.open();
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: button }).click();
    await (await chooser).setFiles(files);
    await this.finished();
  }

  async chooseFolder(dir: string): Promise<void> {
    await this.chooseFiles(dir, 'Choose a folder…');
  }

  async paste(text: string): Promise<void> {
    await this.open();
    await this.dialog.getByLabel('Article text').fill(text);
    await this.dialog.getByRole('button', { name: 'Import text' }).click();
    await this.finished();
  }

  async finished(): Promise<void> {
    await this.dialog.getByRole('heading', { name: 'Import finished' }).waitFor();
  }

  result(name: string | RegExp): Locator {
    return this.results.filter({ hasText: name });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
  }
}
