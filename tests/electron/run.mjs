// `npm run test:electron`: runs the Electron suite where Electron's binary is installed,
// and otherwise says so in one line and succeeds. Never require('electron') here: that
// starts a download of the binary, which is exactly what may be impossible.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronDir = path.join(root, 'node_modules', 'electron');

function installedBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

if (!installedBinary()) {
  console.log('electron suite skipped: Electron binary not installed (node_modules/electron/dist missing)');
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['electron/build.mjs']);

// Electron needs a display; on a headless Linux machine borrow one from Xvfb.
const playwright = [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', 'tests/electron/playwright.config.ts', ...process.argv.slice(2)];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (headless && hasXvfb) run('xvfb-run', ['--auto-servernum', process.execPath, ...playwright]);
else run(process.execPath, playwright);
