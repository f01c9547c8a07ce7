import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, seedSampleLibrary } from '../../../electron/library';
import { briefingFromClips } from '../../../electron/library/briefings/briefings';
import { createClip } from '../../../electron/library/clips/clips';
import { findChromium } from '../../../electron/library/export/chromium-pdf';
import { tempDir } from '../support/temp-library';

const launcher = fileURLToPath(new URL('../../../electron/cli/dossier.js', import.meta.url));
const sampleDir = fileURLToPath(new URL('../../../resources/sample-library', import.meta.url));

function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [launcher, ...args], { env: { ...process.env, DOSSIER_LIBRARY: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

let dir: string;
let cleanup: () => Promise<void>;
let articleId: string;
let quote = '';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const lib = await openLibrary(dir);
  await seedSampleLibrary(lib, sampleDir);
  const now = new Date().toISOString();
  const speaker = await lib.actors.create({ name: 'Mattias Reinholt', kind: 'person', role: 'foreign minister' }, now);
  for (const meta of lib.listArticles()) {
    const { text } = (await lib.getArticle(meta.id)).content;
    const at = text.search(/[“"]/);
    if (at < 0) continue;
    articleId = meta.id;
    const clip = await createClip(lib, { articleId: meta.id, start: at + 1, end: at + 26, speakerId: speaker.id, tags: ['naval'] });
    quote = clip.selectors.quote.exact;
    break;
  }
  const clipIds = [...(await lib.clips.all()).keys()];
  await briefingFromClips(lib, 'by-actor', clipIds, { title: 'Week one' });
  await lib.close();
});
afterAll(() => cleanup());

describe('dossier clips, actors, suggest and export', () => {
  it('lists clips as JSON with speaker, tags, selectors and status', async () => {
    const run = await dossier(['clips', '--library', dir, '--json']);
    expect(run.code).toBe(0);
    const [clip] = lines(run.stdout);
    expect(clip).toMatchObject({ articleId, speaker: 'Mattias Reinholt', tags: ['naval'], status: 'anchored', verbatim: true });
    expect(clip.selectors.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('lists actors as JSON', async () => {
    const run = await dossier(['actors', '--library', dir, '--json']);
    expect(lines(run.stdout)).toEqual([expect.objectContaining({ name: 'Mattias Reinholt', kind: 'person', role: 'foreign minister' })]);
  });

  it('suggests actors and speakers for an article', async () => {
    const run = await dossier(['suggest', '--library', dir, articleId, '--json']);
    expect(run.code).toBe(0);
    const [result] = lines(run.stdout);
    expect(result.quotations.length).toBeGreaterThan(0);
    expect(result.proposed.length + result.known.length).toBeGreaterThan(0);
  });

  it('refuses an unknown article with a message and a non-zero exit', async () => {
    const run = await dossier(['suggest', '--library', dir, 'nosucharticle', '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/no longer in the library/);
  });

  it('exports a briefing to Markdown by title', async () => {
    const out = path.join(dir, 'week.md');
    const run = await dossier(['export', '--library', dir, '--briefing', 'week one', '--format', 'md', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain(quote);
  });

  it('exports a briefing to PDF through a local Chromium', async (context) => {
    if (!findChromium()) {
      console.log('skipping PDF export from the CLI: no Chromium found');
      context.skip();
    }
    const out = path.join(dir, 'week.pdf');
    const run = await dossier(['export', '--library', dir, '--briefing', 'Week one', '--format', 'pdf', '--out', out]);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
