import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../electron/common/model';
import { expect, FIXTURES, test } from './fixtures';

test('an empty file and a binary file each get their own error, and the library is unchanged', async ({
  workbench,
  library,
  importer,
}, testInfo) => {
  const empty = testInfo.outputPath('notes.txt');
  const binary = testInfo.outputPath('scan.txt');
  await writeFile(empty, '');
  await writeFile(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00, 0x13, 0x88, 0x00, 0x01, 0xfe, 0x00, 0x00]));
  const before = await workbench.library.listArticles({});
  const filesBefore = await readdir(path.join(workbench.library.dir, 'articles'));

  await importer.chooseFiles([empty, binary]);

  await expect(importer.counts).toHaveText('0 imported · 0 duplicates · 2 failed');
  await expect(importer.result('notes.txt')).toContainText(/empty/i);
  await expect(importer.result('scan.txt')).toContainText(/binary|not text/i);
  await importer.close();
  await expect(library.articles).toHaveCount(before.length);
  expect(await workbench.library.listArticles({})).toEqual(before);
  expect(await readdir(path.join(workbench.library.dir, 'articles'))).toEqual(filesBefore);
});

test('a file over the size limit is refused by name, without stopping the rest of the batch', async ({
  importer,
}, testInfo) => {
  const huge = testInfo.outputPath('huge.txt');
  await writeFile(huge, 'A very long article. '.repeat(Math.ceil((MAX_IMPORT_BYTES + 1) / 21)));

  await importer.chooseFiles([huge, path.join(FIXTURES, 'coast-guard.txt')]);

  await expect(importer.counts).toHaveText('1 imported · 0 duplicates · 1 failed');
  await expect(importer.result('huge.txt')).toContainText('files over 10.0 MB are not imported');
});
