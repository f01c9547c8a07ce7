import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type {
  Article,
  ArticleMeta,
  ArticleMetaPatch,
  ArticleQuery,
  ImportItem,
  ImportOutcome,
  ImportReport,
  LibraryInfo,
  LibraryWarning,
} from '../common/model';
import { rebuildBlocks } from './articles/edit-text';
import { reanchorArticleClips } from './clips/clips';
import { applyPatch, excerptOf, newId, sha256, sortArticles, wordCountOf } from './articles/metadata';
import { ArticleSearch } from './articles/search';
import { libraryError } from './errors';
import { LibraryEmitter } from './events';
import { canonicalHashText, createImportPool, type ImportPool } from './import/index';
import type { ParsedArticle, ParseResult } from './import/types';
import { ActorStore } from './actors/actor-store';
import { BriefingStore } from './briefings/briefing-store';
import { ClipStore } from './clips/clip-store';
import { Catalog } from './storage/catalog';
import { DocFile } from './storage/doc-file';
import { articleKind, articlePath, MANIFEST_FILE, manifestKind, SCHEMA_VERSION, type ArticleFile } from './storage/schema';

/** How many article bodies stay open in memory; the rest are read again on demand. */
const OPEN_ARTICLE_LIMIT = 64;

/**
 * One library folder, opened by the one process that writes it (the main process, or
 * the CLI). Every method is plain Node; the API layer exposes them over IPC.
 */
export class Library {
  readonly events = new LibraryEmitter();
  readonly warnings: LibraryWarning[] = [];
  private readonly hashes = new Map<string, string>();
  /** Articles being saved, by hash, so a parallel duplicate can name what it duplicates. */
  private readonly storing = new Map<string, Promise<ArticleMeta | undefined>>();
  private readonly bodies = new Map<string, DocFile<ArticleFile>>();
  private readonly closing = new Set<Promise<void>>();
  private readonly search: ArticleSearch;
  private catalog!: Catalog;
  /** Worker threads that parse imports, started on first import (parsing HTML is CPU-heavy). */
  private pool: ImportPool | null = null;
  clips!: ClipStore;
  actors!: ActorStore;
  briefings!: BriefingStore;
  /** True when the folder held no library before it was opened. */
  isNew = false;

  private constructor(readonly dir: string) {
    this.search = new ArticleSearch(() => this.catalog.all());
  }

  static async open(dir: string): Promise<Library> {
    const lib = new Library(path.resolve(dir));
    await mkdir(lib.dir, { recursive: true });
    const warn = (w: LibraryWarning) => lib.warn(w);
    const manifest = await DocFile.open(lib.dir, MANIFEST_FILE, manifestKind, warn);
    lib.catalog = await Catalog.open(lib.dir, warn);
    lib.clips = new ClipStore(lib.dir, warn);
    lib.actors = await ActorStore.open(lib.dir, warn);
    lib.briefings = new BriefingStore(lib.dir, warn);
    lib.isNew = manifest.created && lib.catalog.size === 0;
    if (manifest.created) await manifest.save();
    for (const meta of lib.catalog.all()) lib.hashes.set(meta.hash, meta.id);
    return lib;
  }

  private warn(warning: LibraryWarning): void {
    this.warnings.push(warning);
    this.events.emit('library:warning', warning);
  }

  private now(): string {
    return new Date().toISOString();
  }

  info(): LibraryInfo {
    let trashCount = 0;
    for (const meta of this.catalog.all()) if (meta.deletedAt) trashCount += 1;
    return {
      path: this.dir,
      articleCount: this.catalog.size - trashCount,
      trashCount,
      schemaVersion: SCHEMA_VERSION,
      warnings: [...this.warnings],
    };
  }

  listArticles(query: ArticleQuery = {}): ArticleMeta[] {
    const wanted = query.text?.trim() ? this.search.match(query.text) : null;
    const list: ArticleMeta[] = [];
    for (const meta of this.catalog.all()) {
      if (Boolean(meta.deletedAt) !== Boolean(query.trash)) continue;
      if (wanted && !wanted.has(meta.id)) continue;
      list.push(meta);
    }
    return sortArticles(list, query);
  }

  /** An article's metadata, or undefined when it is not in the library. */
  articleMeta(id: string): ArticleMeta | undefined {
    return this.catalog.get(id);
  }

  private meta(id: string): ArticleMeta {
    const meta = this.catalog.get(id);
    if (!meta) throw libraryError('not-found', 'That article is no longer in the library.');
    return meta;
  }

  private async body(id: string): Promise<DocFile<ArticleFile>> {
    let file = this.bodies.get(id);
    if (file) {
      this.bodies.delete(id);
      this.bodies.set(id, file); // most recently used last
      return file;
    }
    file = await DocFile.open(this.dir, articlePath(id), articleKind, (w) => this.warn(w));
    this.bodies.set(id, file);
    if (this.bodies.size > OPEN_ARTICLE_LIMIT) {
      const [oldestId, oldest] = this.bodies.entries().next().value as [string, DocFile<ArticleFile>];
      this.bodies.delete(oldestId);
      const done = oldest.flush().finally(() => this.closing.delete(done));
      this.closing.add(done);
    }
    return file;
  }

  async getArticle(id: string): Promise<Article> {
    const meta = this.meta(id);
    const file = await this.body(id);
    if (file.created) {
      throw libraryError('missing-text', `The text of "${meta.title}" is missing or damaged; see the library warnings.`);
    }
    return { ...meta, content: file.data.content };
  }

  /** Imports a batch; one bad item never stops the rest and never touches other articles. */
  async importItems(items: ImportItem[], onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
    const outcomes: ImportOutcome[] = [];
    const changed: string[] = [];
    this.pool ??= createImportPool({ size: 2 });
    // Every item is queued at once so the workers stay busy; results are stored in order.
    const parsing = items.map((item) => this.pool!.parse(item));
    parsing.forEach((p) => p.catch(() => undefined));
    for (const [i, item] of items.entries()) {
      const outcome = await this.importOne(item, parsing[i]);
      outcomes.push(outcome);
      if (outcome.status === 'imported') changed.push(outcome.article.id);
      onProgress?.(outcomes.length, items.length);
    }
    if (changed.length) this.events.emit('articles:changed', { ids: changed });
    const count = (s: ImportOutcome['status']) => outcomes.filter((o) => o.status === s).length;
    return { outcomes, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') };
  }

  private async importOne(item: ImportItem, parsing: Promise<ParseResult>): Promise<ImportOutcome> {
    let parsed;
    try {
      parsed = await parsing;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'failed', name: item.name, code: 'malformed', message: `Dossier could not read this file (${reason}).` };
    }
    if (!parsed.ok) return { status: 'failed', name: item.name, code: parsed.code, message: parsed.message };
    const hash = sha256(canonicalHashText(parsed.article.text));
    const existingId = this.hashes.get(hash);
    if (existingId) {
      const existing = this.catalog.get(existingId) ?? (await this.storing.get(hash));
      if (existing) return { status: 'duplicate', name: item.name, existing };
    }
    const id = newId();
    this.hashes.set(hash, id); // reserved before any await, so a parallel batch sees it
    const storing = this.store(id, hash, item.name, parsed.article);
    this.storing.set(hash, storing.catch(() => undefined));
    try {
      const meta = await storing;
      return { status: 'imported', name: item.name, article: meta };
    } catch (error) {
      this.hashes.delete(hash);
      const reason = error instanceof Error ? error.message : String(error);
      return { status: 'failed', name: item.name, code: 'io', message: `Dossier could not save this article (${reason}).` };
    } finally {
      this.storing.delete(hash);
    }
  }

  private async store(id: string, hash: string, name: string, parsed: ParsedArticle): Promise<ArticleMeta> {
    const now = this.now();
    const file = await this.body(id);
    // The text is saved before the catalog names it: a crash in between leaves an unlisted file, never a broken entry.
    await file.change((data) => {
      data.content = { id, text: parsed.text, blocks: parsed.blocks, versions: [] };
    });
    file.created = false;
    const meta: ArticleMeta = {
      id,
      title: parsed.title,
      outlet: parsed.outlet,
      authors: parsed.authors,
      published: parsed.published,
      url: parsed.url,
      language: parsed.language,
      importedAt: now,
      hash,
      tags: [],
      sourceKind: parsed.sourceKind,
      fileName: name === 'pasted text' ? '' : name,
      guessed: parsed.guessed,
      excerpt: excerptOf(parsed.text, parsed.title),
      wordCount: wordCountOf(parsed.text),
      deletedAt: null,
      updatedAt: now,
    };
    await this.catalog.put(meta);
    this.search.upsert(meta);
    return meta;
  }

  async updateArticle(id: string, patch: ArticleMetaPatch): Promise<ArticleMeta> {
    const next = applyPatch(this.meta(id), patch, this.now());
    await this.catalog.put(next);
    this.search.upsert(next);
    this.events.emit('articles:changed', { ids: [id] });
    return next;
  }

  /**
   * Replaces an article's text by the user's edit, keeping the previous text as a
   * version, and re-anchors its clips (orphaning those that cannot be found again).
   */
  async editArticleText(id: string, edited: string): Promise<Article> {
    const meta = this.meta(id);
    const file = await this.body(id);
    const old = file.data.content;
    const { text, blocks } = rebuildBlocks(old.text, old.blocks, edited);
    if (!text) throw libraryError('empty', 'The text cannot be empty; move the article to the trash instead.');
    if (text === old.text) return this.getArticle(id);
    const hash = sha256(canonicalHashText(text));
    const clash = this.hashes.get(hash);
    if (clash && clash !== id) throw libraryError('duplicate', `This text is the same as "${this.meta(clash).title}".`);
    const now = this.now();
    await file.change((data) => {
      data.content = {
        ...old,
        text,
        blocks,
        versions: [...old.versions, { text: old.text, blocks: old.blocks, hash: meta.hash, replacedAt: now }],
      };
    });
    this.hashes.delete(meta.hash);
    this.hashes.set(hash, id);
    const next = { ...meta, hash, excerpt: excerptOf(text, meta.title), wordCount: wordCountOf(text), updatedAt: now };
    await this.catalog.put(next);
    this.search.upsert(next);
    await reanchorArticleClips(this, id, text);
    this.events.emit('articles:changed', { ids: [id] });
    return this.getArticle(id);
  }

  private async setDeleted(ids: string[], deletedAt: string | null): Promise<void> {
    const metas = ids.map((id) => this.meta(id));
    await Promise.all(metas.map((m) => this.catalog.put({ ...m, deletedAt, updatedAt: this.now() })));
    this.events.emit('articles:changed', { ids });
  }

  trash(ids: string[]): Promise<void> {
    return this.setDeleted(ids, this.now());
  }

  restore(ids: string[]): Promise<void> {
    return this.setDeleted(ids, null);
  }

  /** Deletes trashed articles for good: only what is already in the trash can be purged. */
  async purge(ids: string[]): Promise<void> {
    const metas = ids.map((id) => this.meta(id));
    const live = metas.find((m) => !m.deletedAt);
    if (live) throw libraryError('not-in-trash', `"${live.title}" is not in the trash; move it to the trash first.`);
    for (const meta of metas) {
      const file = await this.body(meta.id);
      this.bodies.delete(meta.id);
      await this.catalog.remove(meta.id);
      await file.remove();
      await this.clips.removeArticle(meta.id);
      this.hashes.delete(meta.hash);
      this.search.remove(meta.id);
    }
    this.events.emit('articles:changed', { ids });
  }

  /** Saves everything pending; call before the process exits. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
    await Promise.all([...this.bodies.values()].map((f) => f.flush()));
    await Promise.all(this.closing);
    await Promise.all([this.catalog.flush(), this.clips.flush(), this.actors.flush(), this.briefings.flush()]);
  }
}

export function openLibrary(dir: string): Promise<Library> {
  return Library.open(dir);
}
