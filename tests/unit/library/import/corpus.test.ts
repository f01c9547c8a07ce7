import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportPool } from '../../../../electron/library/import/index';
import { expectConsistentModel } from './helpers';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const CORPUS = path.resolve(repoRoot, '..', 'shared', 'corpus', 'readability-pages');
const ERROR_CODES = ['empty', 'binary', 'too-large', 'unsupported-type', 'no-article', 'too-deep', 'malformed'];

const normalise = (title: string | null | undefined) => (title ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

describe('the real-world page corpus', () => {
  it('imports every page or refuses it with a clear error, with the titles readers expect', async (context) => {
    if (!existsSync(CORPUS)) {
      console.log(`corpus not found at ${CORPUS}, skipping`);
      context.skip(`corpus not found at ${CORPUS}`);
    }
    const pages = readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(CORPUS, entry.name, 'source.html')))
      .map((entry) => entry.name);
    const pool = createImportPool({ size: 2 });
    const results = await Promise.all(
      pages.map(async (page) => {
        const data = new Uint8Array(readFileSync(path.join(CORPUS, page, 'source.html')));
        const expected = JSON.parse(readFileSync(path.join(CORPUS, page, 'expected-metadata.json'), 'utf8')) as { title?: string };
        return { page, expected, result: await pool.parse({ name: `${page}.html`, data }) };
      }),
    );
    await pool.close();

    let imported = 0;
    let titlesMatch = 0;
    const mismatches: string[] = [];
    for (const { page, expected, result } of results) {
      if (!result.ok) {
        expect(ERROR_CODES, page).toContain(result.code);
        expect(result.message.length, `${page}: ${result.message}`).toBeGreaterThan(30);
        console.log(`corpus: ${page} failed: ${result.code}: ${result.message}`);
        continue;
      }
      imported++;
      expectConsistentModel(result.article);
      // A page without a title gets one made up from its file name, marked as a guess.
      const match = normalise(expected.title)
        ? normalise(result.article.title) === normalise(expected.title)
        : result.article.guessed.includes('title');
      if (match) titlesMatch++;
      else mismatches.push(`${page}: "${result.article.title}" (expected "${expected.title}")`);
    }
    const rate = imported ? (100 * titlesMatch) / imported : 0;
    console.log(
      `corpus: ${pages.length} pages, ${imported} imported, ${pages.length - imported} failed, ` +
        `titles match ${titlesMatch}/${imported} (${rate.toFixed(1)}%)`,
    );
    if (mismatches.length) console.log(`corpus: titles differing:\n  ${mismatches.join('\n  ')}`);
    expect(imported).toBeGreaterThanOrEqual(Math.ceil(pages.length * 0.95));
    expect(rate).toBeGreaterThanOrEqual(85);
  }, 300_000);
});
