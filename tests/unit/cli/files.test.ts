import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/common/model';
import { findImportFiles, readImportFile } from '../../../electron/cli/files';
import { tempDir } from '../support/temp-library';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('dossier-files-'));
});
afterEach(() => cleanup());

describe('finding files to import', () => {
  it('walks folders in name order, keeping articles and skipping hidden and other files', async () => {
    await mkdir(path.join(dir, 'news', 'b-week'), { recursive: true });
    await mkdir(path.join(dir, 'news', '.git'), { recursive: true });
    for (const name of ['news/z.txt', 'news/a.HTML', 'news/b-week/c.md', 'news/photo.jpg', 'news/.draft.txt', 'news/.git/x.txt']) {
      await writeFile(path.join(dir, name), 'x');
    }
    const found = await findImportFiles(['news'], dir);
    expect(found.files.map((f) => f.shown)).toEqual([
      path.join('news', 'a.HTML'),
      path.join('news', 'b-week', 'c.md'),
      path.join('news', 'z.txt'),
    ]);
    expect(found.problems).toEqual([]);
  });

  it('tries a file named explicitly whatever its kind, and reports a missing path', async () => {
    await writeFile(path.join(dir, 'photo.jpg'), 'x');
    const found = await findImportFiles(['photo.jpg', 'gone.txt'], dir);
    expect(found.files.map((f) => f.shown)).toEqual(['photo.jpg']);
    expect(found.problems).toEqual([{ shown: 'gone.txt', message: 'no such file or folder' }]);
  });

  it('visits a folder once even when a link loops back to it', async () => {
    await mkdir(path.join(dir, 'news'));
    await writeFile(path.join(dir, 'news', 'a.txt'), 'x');
    await symlink(path.join(dir, 'news'), path.join(dir, 'news', 'loop'));
    const found = await findImportFiles(['news'], dir);
    expect(found.files.map((f) => f.shown)).toEqual([path.join('news', 'a.txt')]);
  });

  it('names a folder without articles', async () => {
    await mkdir(path.join(dir, 'photos'));
    await writeFile(path.join(dir, 'photos', 'a.png'), 'x');
    expect((await findImportFiles(['photos'], dir)).emptyFolders).toEqual(['photos']);
  });
});

describe('reading a file for import', () => {
  it('hands over the bytes under the file name', async () => {
    await writeFile(path.join(dir, 'note.txt'), 'Kestria said no.');
    const read = await readImportFile({ shown: 'note.txt', absolute: path.join(dir, 'note.txt') });
    expect(read.ok && read.item.name).toBe('note.txt');
    expect(read.ok && new TextDecoder().decode(read.item.data)).toBe('Kestria said no.');
  });

  it('refuses a file over the import limit with the limit in the message', async () => {
    await writeFile(path.join(dir, 'huge.txt'), new Uint8Array(MAX_IMPORT_BYTES + 1));
    const read = await readImportFile({ shown: 'huge.txt', absolute: path.join(dir, 'huge.txt') });
    expect(read).toEqual({ ok: false, message: 'This file (10.0 MB) is over the 10 MB import limit.' });
  });
});
