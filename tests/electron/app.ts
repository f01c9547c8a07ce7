import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The installed Electron binary, found without require('electron') (which would download it). */
function electronBinary(): string {
  const dir = path.join(root, 'node_modules', 'electron');
  return path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
}

export interface RunningDossier {
  app: ElectronApplication;
  page: Page;
  libraryDir: string;
  close(): Promise<void>;
}

/**
 * Starts the built app on a fresh library folder (and a fresh user-data folder, so it
 * never touches, or waits on, a Dossier the developer has open).
 */
export async function launchDossier(): Promise<RunningDossier> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'dossier-electron-'));
  const libraryDir = path.join(scratch, 'library');
  if (!existsSync(path.join(root, 'out', 'main', 'index.js'))) throw new Error('Build first: node electron/build.mjs');
  const args = [root, '--library', libraryDir, `--user-data-dir=${path.join(scratch, 'user-data')}`];
  // Chromium refuses to run as root with its OS sandbox (CI containers); the page sandbox stays on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await electron.launch({ executablePath: electronBinary(), args, cwd: root });
  const page = await app.firstWindow();
  return {
    app,
    page,
    libraryDir,
    close: async () => {
      await app.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
