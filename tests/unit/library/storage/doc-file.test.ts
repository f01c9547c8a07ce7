import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryWarning } from '../../../../electron/common/model';
import { DocFile } from '../../../../electron/library/storage/doc-file';
import { catalogKind, SCHEMA_VERSION } from '../../../../electron/library/storage/schema';
import { tempDir } from '../../support/temp-library';

let dir: string;
let cleanup: () => Promise<void>;
let warnings: LibraryWarning[];
const warn = (w: LibraryWarning) => warnings.push(w);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  warnings = [];
});
afterEach(() => cleanup());

const sampleMeta = (id: string) => ({ id, title: `Article ${id}` });

describe('a library file', () => {
  it('is written to disk with its kind and schema version', async () => {
    const file = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    expect(file.created).toBe(true);
    await file.change((d) => d.articles.push(sampleMeta('ab01') as never));
    const saved = JSON.parse(await readFile(path.join(dir, 'catalog/ab.json'), 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: SCHEMA_VERSION, kind: 'catalog', articles: [{ id: 'ab01' }] });
  });

  it('saves a burst of changes made together in one write', async () => {
    const file = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    const writes = Array.from({ length: 50 }, (_, i) => file.change((d) => d.articles.push(sampleMeta(`ab${i}`) as never)));
    await Promise.all(writes);
    expect(file.writeCount).toBe(1);
    const saved = JSON.parse(await readFile(path.join(dir, 'catalog/ab.json'), 'utf8'));
    expect(saved.articles).toHaveLength(50);
  });

  it('keeps the last change when writes overlap', async () => {
    const file = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    const first = file.change((d) => d.articles.push(sampleMeta('ab1') as never));
    await new Promise((r) => setImmediate(r));
    const second = file.change((d) => d.articles.push(sampleMeta('ab2') as never));
    await Promise.all([first, second]);
    await file.flush();
    const reopened = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    expect(reopened.data.articles.map((a) => a.id)).toEqual(['ab1', 'ab2']);
  });

  it('moves a file that fails to parse aside, untouched, and says so', async () => {
    await mkdir(path.join(dir, 'catalog'), { recursive: true });
    const broken = '{"schemaVersion":1,"kind":"catalog","articles":[{"id":"ab1"';
    await writeFile(path.join(dir, 'catalog/ab.json'), broken);
    const file = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    expect(file.data.articles).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'corrupt-file', file: 'catalog/ab.json' });
    expect(warnings[0].message).toMatch(/moved to damaged/);
    const aside = await readdir(path.join(dir, 'damaged/catalog'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, 'damaged/catalog', aside[0]), 'utf8')).toBe(broken);
    // Saving afterwards writes a new file and leaves the damaged copy alone.
    await file.change((d) => d.articles.push(sampleMeta('ab2') as never));
    expect(await readFile(path.join(dir, 'damaged/catalog', aside[0]), 'utf8')).toBe(broken);
  });

  it('refuses a file from a newer Dossier and leaves it as it was', async () => {
    await mkdir(path.join(dir, 'catalog'), { recursive: true });
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, kind: 'catalog', articles: [] });
    await writeFile(path.join(dir, 'catalog/ab.json'), newer);
    await expect(DocFile.open(dir, 'catalog/ab.json', catalogKind, warn)).rejects.toMatchObject({
      code: 'newer-schema',
      message: expect.stringMatching(/newer version of Dossier/),
    });
    expect(await readFile(path.join(dir, 'catalog/ab.json'), 'utf8')).toBe(newer);
  });

  it('upgrades a file written before schema versions existed', async () => {
    await mkdir(path.join(dir, 'catalog'), { recursive: true });
    await writeFile(
      path.join(dir, 'catalog/ab.json'),
      JSON.stringify({ articles: [{ id: 'ab1', title: 'Old', importedAt: '2025-01-01T00:00:00.000Z', hash: 'x' }] }),
    );
    const file = await DocFile.open(dir, 'catalog/ab.json', catalogKind, warn);
    expect(file.data.articles[0]).toMatchObject({ id: 'ab1', title: 'Old', tags: [], guessed: [], deletedAt: null });
    const saved = JSON.parse(await readFile(path.join(dir, 'catalog/ab.json'), 'utf8'));
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(warnings.map((w) => w.code)).toEqual(['migrated']);
  });
});
