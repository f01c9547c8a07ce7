import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Briefing } from '../../common/model';
import { libraryError } from '../errors';
import { DocFile, type WarningSink } from '../storage/doc-file';
import { BRIEFINGS_DIR, briefingKind, briefingPath, type BriefingFile } from '../storage/schema';

/** Briefings, one file each: typing in one rewrites that briefing only. */
export class BriefingStore {
  private files: Map<string, DocFile<BriefingFile>> | null = null;

  constructor(
    private readonly root: string,
    private readonly warn: WarningSink,
  ) {}

  private async load(): Promise<Map<string, DocFile<BriefingFile>>> {
    if (this.files) return this.files;
    let names: string[] = [];
    try {
      names = (await readdir(path.join(this.root, BRIEFINGS_DIR))).filter((n) => n.endsWith('.json'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const files = await Promise.all(names.map((n) => DocFile.open(this.root, `${BRIEFINGS_DIR}/${n}`, briefingKind, this.warn)));
    this.files ??= new Map(files.filter((f) => !f.created && f.data.briefing.id).map((f) => [f.data.briefing.id, f]));
    return this.files;
  }

  async list(): Promise<Briefing[]> {
    return [...(await this.load()).values()].map((f) => f.data.briefing);
  }

  async get(id: string): Promise<Briefing> {
    const file = (await this.load()).get(id);
    if (!file) throw libraryError('not-found', 'That briefing is no longer in the library.');
    return file.data.briefing;
  }

  async put(briefing: Briefing): Promise<void> {
    const files = await this.load();
    let file = files.get(briefing.id);
    if (!file) {
      file = await DocFile.open(this.root, briefingPath(briefing.id), briefingKind, this.warn);
      files.set(briefing.id, file);
    }
    await file.change((data) => {
      data.briefing = briefing;
    });
  }

  async remove(id: string): Promise<void> {
    const files = await this.load();
    const file = files.get(id);
    files.delete(id);
    await file?.remove();
  }

  async flush(): Promise<void> {
    await Promise.all([...(this.files?.values() ?? [])].map((f) => f.flush()));
  }
}
