import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportItem } from '../common/model';

/** File kinds a folder import picks up; a file named explicitly is always tried. */
export const IMPORTABLE_FILE = /\.(txt|md|markdown|html?)$/i;

/** A file to import, named as the user typed it (or as found under a folder they typed). */
export interface FoundFile {
  shown: string;
  absolute: string;
}

/** Something wrong with a path before import even starts. */
export interface PathProblem {
  shown: string;
  message: string;
}

export interface FoundFiles {
  files: FoundFile[];
  problems: PathProblem[];
  /** Folders that held nothing importable (not an error, but worth saying). */
  emptyFolders: string[];
}

const errorText = (error: unknown) =>
  (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file or folder' : String((error as Error)?.message ?? error);

/**
 * Expands the paths given on the command line: files as they are, folders searched
 * recursively for importable files (hidden files and folders skipped, each folder
 * visited once even through symbolic links), in a stable, sorted order.
 */
export async function findImportFiles(paths: readonly string[], cwd: string): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], problems: [], emptyFolders: [] };
  const visited = new Set<string>();

  async function walk(shown: string, absolute: string): Promise<number> {
    const real = await realpath(absolute);
    if (visited.has(real)) return 0;
    visited.add(real);
    let count = 0;
    const entries = (await readdir(absolute, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childShown = path.join(shown, entry.name);
      const childAbsolute = path.join(absolute, entry.name);
      const info = await stat(childAbsolute).catch(() => null);
      if (info?.isDirectory()) count += await walk(childShown, childAbsolute);
      else if (info?.isFile() && IMPORTABLE_FILE.test(entry.name)) {
        found.files.push({ shown: childShown, absolute: childAbsolute });
        count += 1;
      }
    }
    return count;
  }

  for (const shown of paths) {
    const absolute = path.resolve(cwd, shown);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) {
        if ((await walk(shown, absolute)) === 0) found.emptyFolders.push(shown);
      } else {
        found.files.push({ shown, absolute });
      }
    } catch (error) {
      found.problems.push({ shown, message: errorText(error) });
    }
  }
  return found;
}

export type ReadResult = { ok: true; item: ImportItem } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads one file into the bytes import takes. Files over the import limit are refused
 * here, without reading them into memory.
 */
export async function readImportFile(file: FoundFile): Promise<ReadResult> {
  try {
    const info = await stat(file.absolute);
    if (info.size > MAX_IMPORT_BYTES) {
      return {
        ok: false,
        message: `This file (${megabytes(info.size)}) is over the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit.`,
      };
    }
    const data = new Uint8Array(await readFile(file.absolute));
    return { ok: true, item: { name: path.basename(file.absolute), data } };
  } catch (error) {
    return { ok: false, message: `Dossier could not read this file (${errorText(error)}).` };
  }
}
