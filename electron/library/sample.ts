import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportReport } from '../common/model';
import type { Library } from './library';

const SAMPLE_FILE = /\.(md|txt|html?)$/i;

/** Fills a new library with the sample articles shipped in resources/sample-library, their details confirmed. */
export async function seedSampleLibrary(lib: Library, sampleDir: string): Promise<ImportReport> {
  const names = (await readdir(sampleDir)).filter((n) => SAMPLE_FILE.test(n) && n.toLowerCase() !== 'readme.md').sort();
  const items = await Promise.all(
    names.map(async (name) => ({ name, data: new Uint8Array(await readFile(path.join(sampleDir, name))) })),
  );
  const report = await lib.importItems(items);
  // We wrote these articles and know their details are right: nothing for the user to confirm.
  for (const outcome of report.outcomes) {
    if (outcome.status === 'imported') await lib.updateArticle(outcome.article.id, { confirmed: true });
  }
  return report;
}
