import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { LibraryWarning } from '../../common/model';
import { libraryError } from '../errors';

/** Every stored file carries its kind and schema version. */
export interface Versioned {
  schemaVersion: number;
  kind: string;
}

/** How one kind of file is created and brought up to the current schema. */
export interface DocKind<T extends Versioned> {
  kind: T['kind'];
  version: number;
  empty(): T;
  /**
   * Upgrades data written by an older version, one step at a time: `migrations[n]`
   * turns version n into n + 1. Files written before versions existed count as 0.
   */
  migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
}

/** Where a library tells its user about files it had to move aside or upgrade. */
export type WarningSink = (warning: LibraryWarning) => void;

/** Damaged files go here, keeping their relative path, so nothing is ever overwritten. */
export const DAMAGED_DIR = 'damaged';

/**
 * One JSON file of the library, read and written through lowdb.
 *
 * Writes are serialised (lowdb's steno writer renames a temp file, so a crash never
 * leaves half a file) and coalesced: changes made while a write is pending are saved
 * together by the next write.
 */
export class DocFile<T extends Versioned> {
  private readonly db: Low<T>;
  private pending: Promise<void> | null = null;
  private dirty = false;
  /** How many times the file was written: lets tests and the benchmark see coalescing. */
  writeCount = 0;

  private constructor(
    readonly root: string,
    readonly relPath: string,
    private readonly docKind: DocKind<T>,
  ) {
    const adapter = new DataFile<T>(path.join(root, relPath), {
      parse: (text) => JSON.parse(text) as T,
      stringify: (data) => JSON.stringify(data),
    });
    this.db = new Low<T>(adapter, docKind.empty());
  }

  get data(): T {
    return this.db.data;
  }

  /** True when the file did not exist (or was damaged) and starts empty. */
  created = false;

  /**
   * Opens a file: missing means empty; unparseable means moved aside into `damaged/`
   * and reported; older versions are migrated (and saved); newer ones are refused.
   */
  static async open<T extends Versioned>(
    root: string,
    relPath: string,
    docKind: DocKind<T>,
    warn: WarningSink,
  ): Promise<DocFile<T>> {
    const file = new DocFile(root, relPath, docKind);
    const before = file.db.data;
    let raw: unknown;
    try {
      await file.db.read();
      raw = file.db.data;
      file.created = raw === before;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      await file.moveAside(warn, `it could not be read (${error.message})`);
      file.db.data = docKind.empty();
      file.created = true;
      return file;
    }
    if (file.created) {
      file.db.data = docKind.empty();
      return file;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      await file.moveAside(warn, 'it does not hold a Dossier record');
      file.db.data = docKind.empty();
      file.created = true;
      return file;
    }
    const migrated = file.migrate(raw as Record<string, unknown>, warn);
    file.db.data = migrated.data;
    if (migrated.changed) await file.db.write();
    return file;
  }

  private migrate(raw: Record<string, unknown>, warn: WarningSink): { data: T; changed: boolean } {
    const { version, migrations, kind } = this.docKind;
    let from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
    if (from > version) {
      throw libraryError(
        'newer-schema',
        `${this.relPath} was written by a newer version of Dossier (format ${from}; this version reads up to ${version}). ` +
          'Update Dossier to open this library; nothing was changed.',
      );
    }
    if (from === version) return { data: raw as unknown as T, changed: false };
    let data = raw;
    const start = from;
    while (from < version) {
      const step = migrations[from];
      if (!step) throw libraryError('newer-schema', `No upgrade path for ${this.relPath} from format ${from}.`);
      data = step(data);
      from += 1;
    }
    data.schemaVersion = version;
    data.kind = kind;
    warn({
      code: 'migrated',
      message: `${this.relPath} was upgraded from format ${start} to ${version}.`,
      file: this.relPath,
      at: new Date().toISOString(),
    });
    return { data: data as unknown as T, changed: true };
  }

  private async moveAside(warn: WarningSink, why: string): Promise<void> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = path.join(this.root, DAMAGED_DIR, `${this.relPath}.${stamp}`);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(path.join(this.root, this.relPath), target);
    warn({
      code: 'corrupt-file',
      message:
        `${this.relPath} was damaged: ${why}. It was moved to ${path.relative(this.root, target)} ` +
        'and left untouched; the rest of the library opened normally.',
      file: this.relPath,
      at: new Date().toISOString(),
    });
  }

  /** Applies a change in memory and schedules one coalesced write; resolves once it is on disk. */
  change(mutate: (data: T) => void): Promise<void> {
    mutate(this.db.data);
    return this.save();
  }

  /** Schedules a write of the current data; calls in the same tick share one write. */
  save(): Promise<void> {
    this.dirty = true;
    if (!this.pending) {
      this.pending = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        try {
          // The folder is made on first write, not on open: opening thousands of files stays cheap.
          if (this.writeCount === 0) await mkdir(path.dirname(path.join(this.root, this.relPath)), { recursive: true });
          while (this.dirty) {
            this.dirty = false;
            this.db.data.schemaVersion = this.docKind.version;
            this.db.data.kind = this.docKind.kind;
            await this.db.write();
            this.writeCount += 1;
          }
        } finally {
          this.pending = null;
        }
      });
    }
    return this.pending;
  }

  /** Waits for every scheduled write. */
  async flush(): Promise<void> {
    while (this.pending) await this.pending;
  }

  /** Deletes the file for good (after pending writes, so none resurrects it). */
  async remove(): Promise<void> {
    await this.flush();
    await rm(path.join(this.root, this.relPath), { force: true });
  }
}
