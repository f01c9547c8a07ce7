import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, FIXTURES, test } from './fixtures';

test('files dropped on the window are imported', async ({ workbench, library, importer }) => {
  const text = readFileSync(path.join(FIXTURES, 'coast-guard.txt'), 'utf8');
  // What a drag from the file manager delivers: a DataTransfer holding the file.
  await workbench.page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'coast-guard.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);

  await importer.finished();
  await expect(importer.counts).toHaveText('1 imported · 0 duplicates · 0 failed');
  await importer.close();
  await expect(library.article('Coast guard doubles patrols near Merrow Banks')).toBeVisible();
});
