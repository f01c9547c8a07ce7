import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, seedSampleLibrary, type Library } from '../../../electron/library';
import { encode, tempDir } from '../support/temp-library';

let dir: string;
let cleanup: () => Promise<void>;
let lib: Library;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  lib = await openLibrary(dir);
});
afterEach(async () => {
  await lib.close();
  await cleanup();
});

const article = (title: string, body = `${title} is the subject of this report. Officials said more on Tuesday.`) => ({
  name: `${title}.txt`,
  data: encode(`${title}\n\n${body}\n\nA second paragraph follows here.`),
});

describe('a library folder', () => {
  it('keeps imported articles across restarts, on disk', async () => {
    const report = await lib.importItems([article('Strait talks stall')]);
    expect(report).toMatchObject({ imported: 1, duplicates: 0, failed: 0 });
    await lib.close();
    const again = await openLibrary(dir);
    const [meta] = again.listArticles();
    expect(meta.title).toBe('Strait talks stall');
    const opened = await again.getArticle(meta.id);
    expect(opened.content.text).toContain('A second paragraph follows here.');
    expect(await readdir(path.join(dir, 'articles'))).toEqual([`${meta.id}.json`]);
    await again.close();
  });

  it('marks a new folder as new and an existing library as not new', async () => {
    expect(lib.isNew).toBe(true);
    await lib.importItems([article('One')]);
    await lib.close();
    const again = await openLibrary(dir);
    expect(again.isNew).toBe(false);
    await again.close();
  });

  it('reports the same text imported twice as a duplicate, even with other spacing', async () => {
    await lib.importItems([article('Naval drills')]);
    const copy = { name: 'copy.txt', data: encode('Naval drills\n\n\nNaval drills is the subject of this report.   Officials said more on Tuesday.\n\nA second paragraph follows here.') };
    const report = await lib.importItems([copy]);
    expect(report.duplicates).toBe(1);
    expect(report.outcomes[0]).toMatchObject({ status: 'duplicate', existing: { title: 'Naval drills' } });
    expect(lib.listArticles()).toHaveLength(1);
  });

  it('does not import the same text twice when two batches race', async () => {
    const [a, b] = await Promise.all([lib.importItems([article('Race')]), lib.importItems([article('Race')])]);
    expect(a.imported + b.imported).toBe(1);
    expect(a.duplicates + b.duplicates).toBe(1);
  });

  it('reports a bad file and still imports the rest of the batch', async () => {
    const report = await lib.importItems([article('Good one'), { name: 'empty.txt', data: encode('   \n') }, article('Good two')]);
    expect(report).toMatchObject({ imported: 2, failed: 1 });
    const failed = report.outcomes.find((o) => o.status === 'failed');
    expect(failed).toMatchObject({ name: 'empty.txt', code: 'empty' });
    expect(lib.listArticles().map((a) => a.title).sort()).toEqual(['Good one', 'Good two']);
  });

  it('rewrites only the catalog shard of the article whose metadata changed', async () => {
    await lib.importItems(Array.from({ length: 40 }, (_, i) => article(`Report number ${i}`)));
    await lib.close();
    const shardDir = path.join(dir, 'catalog');
    const before = new Map<string, string>();
    for (const name of await readdir(shardDir)) before.set(name, await readFile(path.join(shardDir, name), 'utf8'));
    const target = lib.listArticles()[0];
    await lib.updateArticle(target.id, { outlet: 'Meridian Wire' });
    await lib.close();
    const changed: string[] = [];
    for (const name of await readdir(shardDir)) {
      if ((await readFile(path.join(shardDir, name), 'utf8')) !== before.get(name)) changed.push(name);
    }
    expect(changed).toEqual([`${target.id.slice(0, 2)}.json`]);
  });

  it('edits metadata and stops counting edited fields as guessed', async () => {
    await lib.importItems([{ name: 'paste.txt', data: encode('Envoy warns of blockade\nBy Mara Lind\n05.11.2025, 05:06\n\nThe envoy spoke on Tuesday about the strait.') }]);
    const [meta] = lib.listArticles();
    const updated = await lib.updateArticle(meta.id, { published: '2025-11-05', authors: ['Mara Lind', ' Tom Ek '] });
    expect(updated.authors).toEqual(['Mara Lind', 'Tom Ek']);
    expect(updated.guessed).not.toContain('published');
    const confirmed = await lib.updateArticle(meta.id, { confirmed: true });
    expect(confirmed.guessed).toEqual([]);
    await expect(lib.updateArticle(meta.id, { published: '5th of Nov' })).rejects.toMatchObject({ code: 'bad-date' });
    await expect(lib.updateArticle(meta.id, { url: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'bad-url' });
  });

  it('moves deleted articles to the trash, restores them, and purges only from the trash', async () => {
    await lib.importItems([article('Keep me'), article('Bin me')]);
    const bin = lib.listArticles().find((a) => a.title === 'Bin me')!;
    await lib.trash([bin.id]);
    expect(lib.listArticles().map((a) => a.title)).toEqual(['Keep me']);
    expect(lib.listArticles({ trash: true }).map((a) => a.title)).toEqual(['Bin me']);
    expect(lib.info()).toMatchObject({ articleCount: 1, trashCount: 1 });
    await lib.restore([bin.id]);
    expect(lib.listArticles()).toHaveLength(2);
    await expect(lib.purge([bin.id])).rejects.toMatchObject({ code: 'not-in-trash' });
    await lib.trash([bin.id]);
    await lib.purge([bin.id]);
    expect(lib.listArticles({ trash: true })).toEqual([]);
    await expect(stat(path.join(dir, 'articles', `${bin.id}.json`))).rejects.toThrow();
    // Once purged, the same text can come in again.
    expect((await lib.importItems([article('Bin me')])).imported).toBe(1);
  });

  it('sorts by title, outlet and date and filters by typed words', async () => {
    await lib.importItems([article('Zeta harbour closed'), article('Alpha fleet sails'), article('Mid-strait incident')]);
    const ids = Object.fromEntries(lib.listArticles().map((a) => [a.title, a.id]));
    await lib.updateArticle(ids['Zeta harbour closed'], { outlet: 'Baltic Morning Post', published: '2025-11-03' });
    await lib.updateArticle(ids['Alpha fleet sails'], { outlet: 'Meridian Wire', published: '2025-11-05' });
    expect(lib.listArticles({ sort: 'title' }).map((a) => a.title)).toEqual(['Alpha fleet sails', 'Mid-strait incident', 'Zeta harbour closed']);
    expect(lib.listArticles({ sort: 'published' }).map((a) => a.title)).toEqual(['Alpha fleet sails', 'Zeta harbour closed', 'Mid-strait incident']);
    expect(lib.listArticles({ sort: 'outlet' }).map((a) => a.outlet)).toEqual(['', 'Baltic Morning Post', 'Meridian Wire']);
    expect(lib.listArticles({ text: 'fle' }).map((a) => a.title)).toEqual(['Alpha fleet sails']);
    expect(lib.listArticles({ text: 'meridian' }).map((a) => a.title)).toEqual(['Alpha fleet sails']);
    expect(lib.listArticles({ text: 'nothing like this' })).toEqual([]);
  });

  it('opens with a damaged catalog file moved aside and tells the user', async () => {
    await lib.importItems([article('Survivor')]);
    await lib.close();
    await writeFile(path.join(dir, 'catalog', 'zz.json'), '{ not json');
    const again = await openLibrary(dir);
    expect(again.listArticles().map((a) => a.title)).toEqual(['Survivor']);
    const { warnings } = again.info();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'corrupt-file', file: 'catalog/zz.json' });
    expect(await readdir(path.join(dir, 'damaged', 'catalog'))).toHaveLength(1);
    await again.close();
  });

  it('announces imports and changes to listeners', async () => {
    const seen: string[][] = [];
    lib.events.on('articles:changed', ({ ids }) => seen.push(ids));
    await lib.importItems([article('Heard')]);
    const [meta] = lib.listArticles();
    await lib.trash([meta.id]);
    expect(seen).toEqual([[meta.id], [meta.id]]);
  });

  it('starts a new library on the sample articles, each with its outlet, date and byline', async () => {
    const report = await seedSampleLibrary(lib, path.resolve(import.meta.dirname, '../../../resources/sample-library'));
    expect(report).toMatchObject({ imported: 5, failed: 0 });
    for (const meta of lib.listArticles()) {
      expect(meta.outlet, meta.title).not.toBe('');
      expect(meta.published, meta.title).toMatch(/^2025-11-\d\d/);
      expect(meta.authors.join(' '), meta.title).not.toMatch(/Wire|Ledger|Gazette|Observer/);
      expect(meta.guessed).toEqual([]);
    }
  });
});
