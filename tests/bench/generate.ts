import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeRange } from '../../electron/common/anchoring';
import type { ArticleMeta, Block, Clip } from '../../electron/common/model';
import { newId, sha256 } from '../../electron/library/articles/metadata';
import {
  ARTICLES_DIR,
  articlePath,
  CATALOG_DIR,
  catalogPath,
  CLIPS_DIR,
  clipsPath,
  MANIFEST_FILE,
  SCHEMA_VERSION,
  shardOf,
} from '../../electron/library/storage/schema';

const WORDS = 'strait navy minister envoy said sanctions talks harbour fleet patrol statement ceasefire officials bloc shipping convoy'.split(' ');

function paragraph(seed: number): string {
  const words = Array.from({ length: 60 }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]);
  return `${words.join(' ')}.`;
}

/** Writes a library of `count` synthetic articles straight to disk, in the stored format. */
export async function generateLibrary(dir: string, count: number, clipsPerArticle: number): Promise<string[]> {
  await mkdir(path.join(dir, CATALOG_DIR), { recursive: true });
  await mkdir(path.join(dir, CLIPS_DIR), { recursive: true });
  await mkdir(path.join(dir, ARTICLES_DIR), { recursive: true });
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind: 'library', createdAt: new Date().toISOString() }));
  const shards = new Map<string, ArticleMeta[]>();
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = newId();
    ids.push(id);
    const title = `Synthetic report ${n} on the strait`;
    const paragraphs = [title, ...Array.from({ length: 8 }, (_, i) => paragraph(n + i))];
    let offset = 0;
    const blocks: Block[] = paragraphs.map((p, i) => {
      const block: Block = { type: i === 0 ? 'h2' : 'p', start: offset, end: offset + p.length, marks: [] };
      offset += p.length + 2;
      return block;
    });
    const text = paragraphs.join('\n\n');
    const now = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
    const meta: ArticleMeta = {
      id, title, outlet: `Outlet ${n % 40}`, authors: [`Author ${n % 300}`], published: now.slice(0, 10), url: `https://example.org/${id}`,
      language: 'en', importedAt: now, hash: sha256(text), tags: [], sourceKind: 'text', fileName: `${id}.txt`, guessed: [],
      excerpt: paragraphs[1].slice(0, 200), wordCount: 480, deletedAt: null, updatedAt: now,
    };
    const shard = shardOf(id);
    if (!shards.has(shard)) shards.set(shard, []);
    shards.get(shard)!.push(meta);
    const clips: Clip[] = Array.from({ length: clipsPerArticle }, (_, c) => {
      const block = blocks[1 + (c % (blocks.length - 1))];
      return {
        id: `${id}-${String(c).padStart(8, '0')}`, articleId: id, selectors: describeRange(text, block.start + 10, block.start + 80),
        status: 'anchored', statusReason: '', speakerId: `speaker${(n + c) % 200}`, aboutIds: [], tags: ['bench'], statementDate: meta.published,
        noteJson: '', noteText: '', createdAt: now, updatedAt: now, deletedAt: null,
      };
    });
    await writeFile(path.join(dir, clipsPath(id)), JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind: 'clips', articleId: id, clips }));
    await writeFile(path.join(dir, articlePath(id)), JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind: 'article', content: { id, text, blocks, versions: [] } }));
  }
  for (const [shard, articles] of shards) {
    await writeFile(path.join(dir, catalogPath(shard)), JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind: 'catalog', articles }));
  }
  return ids;
}
