import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-library';

const launcher = fileURLToPath(new URL('../../../electron/cli/dossier.js', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `dossier` command, as a user's terminal would. */
function dossier(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  const env = { ...process.env, DOSSIER_LIBRARY: '', ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [launcher, ...args], { cwd: options.cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const article = (title: string, outlet: string) =>
  [
    title,
    '',
    `By Mara Ellison, ${outlet}`,
    '',
    `The foreign ministry of Veloria said on Tuesday that talks over the ${title.toLowerCase()} would resume.`,
    '',
    '"We expect a serious answer by Friday," spokesman Daniel Orsk told reporters in the capital.',
  ].join('\n');

const html = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>${title}</h1>
<p>Coast guard vessels from Kestria entered the disputed strait early on Monday, officials said.</p>
<p>"This is a routine patrol," the Kestrian navy said in a statement released at noon.</p>
<p>Analysts in the region said the timing, days before the summit, was unlikely to be a coincidence.</p>
</article></body></html>`;

let work: string;
let cleanup: () => Promise<void>;
let library: string;

beforeEach(async () => {
  ({ dir: work, cleanup } = await tempDir('dossier-cli-'));
  library = path.join(work, 'library');
  await mkdir(path.join(work, 'inbox', 'monday'), { recursive: true });
  await writeFile(path.join(work, 'inbox', 'strait-talks.txt'), article('Strait talks resume', 'Northern Ledger'));
  await writeFile(path.join(work, 'inbox', 'monday', 'patrol.html'), html('Coast guard enters the strait'));
  await writeFile(path.join(work, 'inbox', 'monday', 'summit.md'), `# Summit date set\n\n${article('Summit date set', 'Wire Service').split('\n').slice(2).join('\n')}`);
  // Not articles: a folder import leaves these alone.
  await writeFile(path.join(work, 'inbox', 'monday', 'chart.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(path.join(work, 'inbox', '.notes.txt'), 'private notes');
});
afterEach(() => cleanup());

describe('dossier import and list', () => {
  it('imports a folder recursively and lists the articles as JSON lines', async () => {
    const imported = await dossier(['import', '--library', library, 'inbox'], { cwd: work });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`imported   ${path.join('inbox', 'monday', 'patrol.html')}`);
    expect(imported.stdout).toContain('3 articles imported, 0 duplicates, 0 failed.');

    const listed = await dossier(['list', '--library', library, '--json'], { cwd: work });
    expect(listed.code).toBe(0);
    const articles = listed.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(articles.map((a) => a.title).sort()).toEqual(['Coast guard enters the strait', 'Strait talks resume', 'Summit date set']);
    for (const a of articles) {
      expect(Object.keys(a)).toEqual(['id', 'title', 'outlet', 'authors', 'published', 'url', 'hash']);
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('reports a duplicate without failing', async () => {
    await dossier(['import', '--library', library, 'inbox/strait-talks.txt'], { cwd: work });
    await writeFile(path.join(work, 'copy.txt'), article('Strait talks resume', 'Northern Ledger'));
    const again = await dossier(['import', '--library', library, 'copy.txt'], { cwd: work });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('duplicate  copy.txt: same text as "Strait talks resume"');
    expect(again.stdout).toContain('0 articles imported, 1 duplicate, 0 failed.');
  });

  it('imports the good files, names each bad one on stderr and exits with 1', async () => {
    await writeFile(path.join(work, 'empty.txt'), '');
    await writeFile(path.join(work, 'binary.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]));
    const run = await dossier(
      ['import', '--library', library, 'empty.txt', 'binary.txt', 'missing.html', 'inbox/strait-talks.txt'],
      { cwd: work },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^failed {5}empty\.txt: .+/m);
    expect(run.stderr).toMatch(/^failed {5}binary\.txt: .+/m);
    expect(run.stderr).toMatch(/^failed {5}missing\.html: no such file or folder$/m);
    expect(run.stdout).toContain('1 article imported, 0 duplicates, 3 failed.');

    const listed = await dossier(['list', '--library', library, '--json'], { cwd: work });
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('finds the library in DOSSIER_LIBRARY and prints a table for people', async () => {
    const env = { DOSSIER_LIBRARY: library };
    expect((await dossier(['import', 'inbox/strait-talks.txt'], { cwd: work, env })).code).toBe(0);
    const table = await dossier(['list'], { cwd: work, env });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Published\s+Outlet\s+Title\s+Authors$/m);
    expect(table.stdout).toContain('Strait talks resume');
    expect(table.stdout).toContain(`1 article in ${library}.`);
  });

  it('answers a usage mistake with the usage and exit code 2', async () => {
    const noLibrary = await dossier(['list'], { cwd: work });
    expect(noLibrary.code).toBe(2);
    expect(noLibrary.stderr).toContain('No library folder: pass --library DIR or set DOSSIER_LIBRARY.');
    const unknown = await dossier(['import', '--library', library, '--frobnicate', 'a.txt'], { cwd: work });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage:');
    const help = await dossier(['--help'], { cwd: work });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('dossier import [--library DIR] FILE_OR_FOLDER...');
  });

  it('refuses to list a folder that holds no library rather than create one', async () => {
    const run = await dossier(['list', '--library', path.join(work, 'nowhere')], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('there is no library at');
  });
});
