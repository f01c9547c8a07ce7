/**
 * `npm run bench`: builds synthetic libraries and prints how long the everyday
 * operations take. Figures go in the table, never in test assertions.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../electron/library';
import { briefingFromClips, renderBriefing } from '../../electron/library/briefings/briefings';
import { createClip, listClips } from '../../electron/library/clips/clips';
import { findChromium, printPdfWithChromium } from '../../electron/library/export/chromium-pdf';
import { importCorpus } from './corpus';
import { generateLibrary } from './generate';

interface Row {
  measure: string;
  size: string;
  p50: number;
  p95: number;
  runs: number;
}

const rows: Row[] = [];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function measure(name: string, size: string, runs: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push({ measure: name, size, p50: quantile(times, 0.5), p95: quantile(times, 0.95), runs });
}

async function benchSize(articles: number, clipsPerArticle: number): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dossier-bench-${articles}-`));
  const size = `${articles / 1000}k articles`;
  try {
    process.stdout.write(`generating ${size}...\n`);
    await generateLibrary(dir, articles, clipsPerArticle);
    await measure('open library and list it', size, 5, async () => {
      const lib = await openLibrary(dir);
      lib.listArticles({ sort: 'published' });
      await lib.close();
    });
    const lib = await openLibrary(dir);
    const ids = lib.listArticles().map((a) => a.id);
    await measure('filter the list: first search builds the index', size, 1, async () => {
      lib.listArticles({ text: 'report' });
    });
    await measure('filter the list by a typed word', size, 20, async (i) => {
      lib.listArticles({ text: ['strait', 'minister', 'outlet 3', 'synthetic report 12'][i % 4] });
    });
    await measure("write one article's metadata", size, 50, async (i) => {
      await lib.updateArticle(ids[(i * 7919) % ids.length], { tags: [`bench-${i}`] });
    });
    await measure('open one article', size, 50, async (i) => {
      await lib.getArticle(ids[(i * 104729) % ids.length]);
    });
    await measure(`save a clip (${articles * clipsPerArticle / 1000}k clips)`, size, 100, async (i) => {
      await createClip(lib, { articleId: ids[(i * 7877) % ids.length], start: 100 + i, end: 160 + i });
    });
    await measure('clips view: first listing reads every clip file', size, 1, async () => {
      await listClips(lib, { speakerId: 'speaker7' });
    });
    await measure("list one speaker's clips", size, 20, async (i) => {
      await listClips(lib, { speakerId: `speaker${i}` });
    });
    await measure('list every clip', size, 3, async () => {
      await listClips(lib, {});
    });
    if (articles === 1_000) await benchExport(lib);
    await lib.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchExport(lib: Awaited<ReturnType<typeof openLibrary>>): Promise<void> {
  const clipIds = [...(await lib.clips.all()).keys()].slice(0, 100);
  const briefing = await briefingFromClips(lib, 'timeline', clipIds, { title: 'Benchmark briefing' });
  await measure('export a 100-clip briefing to Markdown', '100 clips', 10, () => renderBriefing(lib, briefing.id, 'md'));
  if (!findChromium()) {
    console.log('no Chromium found: skipping the PDF export measure');
    return;
  }
  await measure('export a 100-clip briefing to PDF (Chromium start included)', '100 clips', 3, async () => {
    const { content } = await renderBriefing(lib, briefing.id, 'html');
    await printPdfWithChromium(content, 'A4');
  });
}

function printTable(): void {
  const header = ['measure', 'size', 'p50 ms', 'p95 ms', 'runs'];
  const body = rows.map((r) => [r.measure, r.size, r.p50.toFixed(1), r.p95.toFixed(1), String(r.runs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  await benchSize(1_000, 10);
  await benchSize(10_000, 10);
  const corpus = await importCorpus();
  if (corpus) rows.push(corpus);
  printTable();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

export type { Row };
