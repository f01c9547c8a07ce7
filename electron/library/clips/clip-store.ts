import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Clip } from '../../common/model';
import { libraryError } from '../errors';
import { DocFile, type WarningSink } from '../storage/doc-file';
import { CLIPS_DIR, clipsKind, clipsPath, type ClipsFile } from '../storage/schema';

/** A clip id starts with its article's id, so a clip is found without an index. */
export function articleIdOfClip(clipId: string): string {
  return clipId.split('-')[0];
}

/**
 * Clips, stored one file per article. Saving a clip rewrites only its article's file;
 * the index of every clip (for the clips view and actor pages) is read on first use.
 */
export class ClipStore {
  private readonly files = new Map<string, DocFile<ClipsFile>>();
  private index: Map<string, Clip> | null = null;
  private loading: Promise<Map<string, Clip>> | null = null;

  constructor(
    private readonly root: string,
    private readonly warn: WarningSink,
  ) {}

  private async file(articleId: string): Promise<DocFile<ClipsFile>> {
    let file = this.files.get(articleId);
    if (!file) {
      file = await DocFile.open(this.root, clipsPath(articleId), clipsKind, this.warn);
      file.data.articleId = articleId;
      this.files.set(articleId, file);
    }
    return file;
  }

  /** Every clip of the library, keyed by id. */
  all(): Promise<Map<string, Clip>> {
    if (this.index) return Promise.resolve(this.index);
    this.loading ??= (async () => {
      let names: string[] = [];
      try {
        names = await readdir(path.join(this.root, CLIPS_DIR));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));
      const files = await Promise.all(ids.map((id) => this.file(id)));
      const index = new Map<string, Clip>();
      for (const file of files) for (const clip of file.data.clips) index.set(clip.id, clip);
      this.index = index;
      return index;
    })();
    return this.loading;
  }

  async forArticle(articleId: string): Promise<Clip[]> {
    return (await this.file(articleId)).data.clips;
  }

  async get(id: string): Promise<Clip> {
    const clip = (await this.forArticle(articleIdOfClip(id))).find((c) => c.id === id);
    if (!clip) throw libraryError('not-found', 'That clip is no longer in the library.');
    return clip;
  }

  /** Adds or replaces clips of one article in one write. */
  async put(articleId: string, clips: Clip[]): Promise<void> {
    const file = await this.file(articleId);
    await file.change((data) => {
      for (const clip of clips) {
        const at = data.clips.findIndex((c) => c.id === clip.id);
        if (at >= 0) data.clips[at] = clip;
        else data.clips.push(clip);
      }
    });
    for (const clip of clips) this.index?.set(clip.id, clip);
  }

  /** Deletes an article's clips file for good (when the article is purged). */
  async removeArticle(articleId: string): Promise<void> {
    const file = await this.file(articleId);
    for (const clip of file.data.clips) this.index?.delete(clip.id);
    this.files.delete(articleId);
    await file.remove();
  }

  async flush(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => f.flush()));
  }
}
