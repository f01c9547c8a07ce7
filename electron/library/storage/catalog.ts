import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta } from '../../common/model';
import { DocFile, type WarningSink } from './doc-file';
import { CATALOG_DIR, catalogKind, catalogPath, shardOf, type CatalogShard } from './schema';

/**
 * Article metadata for the whole library, kept in memory and stored in 256 shards so
 * that changing one article rewrites one small file, not the catalog.
 */
export class Catalog {
  private readonly shards = new Map<string, DocFile<CatalogShard>>();
  private readonly byId = new Map<string, ArticleMeta>();

  private constructor(
    private readonly root: string,
    private readonly warn: WarningSink,
  ) {}

  static async open(root: string, warn: WarningSink): Promise<Catalog> {
    const catalog = new Catalog(root, warn);
    let names: string[] = [];
    try {
      names = await readdir(path.join(root, CATALOG_DIR));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const shardNames = names.filter((n) => /^[0-9a-z]{2}\.json$/.test(n)).map((n) => n.slice(0, 2));
    const files = await Promise.all(shardNames.map((s) => DocFile.open(root, catalogPath(s), catalogKind, warn)));
    shardNames.forEach((shard, i) => {
      catalog.shards.set(shard, files[i]);
      for (const meta of files[i].data.articles) catalog.byId.set(meta.id, meta);
    });
    return catalog;
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ArticleMeta | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<ArticleMeta> {
    return this.byId.values();
  }

  private async shard(id: string): Promise<DocFile<CatalogShard>> {
    const key = shardOf(id);
    let file = this.shards.get(key);
    if (!file) {
      file = await DocFile.open(this.root, catalogPath(key), catalogKind, this.warn);
      this.shards.set(key, file);
    }
    return file;
  }

  /** Adds or replaces an article's metadata; resolves once its shard is saved. */
  async put(meta: ArticleMeta): Promise<void> {
    const file = await this.shard(meta.id);
    this.byId.set(meta.id, meta);
    await file.change((data) => {
      const at = data.articles.findIndex((a) => a.id === meta.id);
      if (at >= 0) data.articles[at] = meta;
      else data.articles.push(meta);
    });
  }

  async remove(id: string): Promise<void> {
    const file = await this.shard(id);
    this.byId.delete(id);
    await file.change((data) => {
      data.articles = data.articles.filter((a) => a.id !== id);
    });
  }

  async flush(): Promise<void> {
    await Promise.all([...this.shards.values()].map((f) => f.flush()));
  }
}
