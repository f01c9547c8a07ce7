/**
 * `npm run preview -- [--library DIR] [--screenshot FILE]`: the app's UI in a local
 * Chromium over the real library services, for people (headed) and for screenshots
 * (headless, with --screenshot). Without --library, a temporary library with the
 * sample articles is used and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchWorkbench } from './launch';
import { RENDERER_DIR } from './serve-renderer';

const ROOT = path.resolve(import.meta.dirname, '../..');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
function buildRendererIfNeeded(): void {
  const built = path.join(RENDERER_DIR, 'index.html');
  const sources = Math.max(newestChange(path.join(ROOT, 'renderer')), newestChange(path.join(ROOT, 'electron/common')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the renderer…');
  const result = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, screenshot: { type: 'string' } },
  });
  buildRendererIfNeeded();
  const temporary = values.library ? null : await mkdtemp(path.join(os.tmpdir(), 'dossier-preview-'));
  const libraryDir = path.resolve(values.library ?? temporary!);
  const headless = Boolean(values.screenshot);

  const workbench = await launchWorkbench({
    libraryDir,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    onOpenExternal: (url) => console.log(`The app would open this link in the system browser: ${url}`),
  });
  console.log(`Library: ${libraryDir}${temporary ? ' (temporary, removed on exit)' : ''}`);

  let closing: Promise<void> | null = null;
  const shutDown = () =>
    (closing ??= workbench
      .close()
      .then(() => (temporary ? rm(temporary, { recursive: true, force: true }) : undefined))
      .then(() => process.exit(0)));

  if (values.screenshot) {
    await workbench.page.getByRole('listbox', { name: 'Articles' }).or(workbench.page.getByText('Your library is empty')).first().waitFor();
    await workbench.page.screenshot({ path: values.screenshot });
    console.log(`Screenshot: ${path.resolve(values.screenshot)}`);
    await shutDown();
    return;
  }
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  workbench.page.on('close', shutDown);
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
