import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../electron/library';
import type { Row } from './bench';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'readability-pages');

/** Imports the real-world page corpus into a fresh library, when the corpus is present. */
export async function importCorpus(): Promise<Row | null> {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`corpus not found at ${CORPUS_DIR}: skipping the corpus import measure`);
    return null;
  }
  const names = (await readdir(CORPUS_DIR, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const items = await Promise.all(
    names.map(async (name) => ({ name: `${name}.html`, data: new Uint8Array(await readFile(path.join(CORPUS_DIR, name, 'source.html'))) })),
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dossier-bench-corpus-'));
  try {
    const lib = await openLibrary(dir);
    const start = performance.now();
    const report = await lib.importItems(items);
    await lib.close();
    const ms = performance.now() - start;
    console.log(`corpus: ${items.length} pages, ${report.imported} imported, ${report.duplicates} duplicates, ${report.failed} failed`);
    return { measure: `import the ${items.length}-page real-world corpus`, size: 'corpus', p50: ms, p95: ms, runs: 1 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
