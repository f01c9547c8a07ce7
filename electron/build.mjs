// Builds the app into out/: the main process (ESM), the preload (CommonJS, because
// sandboxed preloads cannot be ES modules) and the renderer (Vite).
// Usage: node electron/build.mjs [--no-renderer]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (p) => path.join(root, p);

const shared = {
  bundle: true,
  platform: 'node',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...shared,
    entryPoints: [at('electron/main/index.ts')],
    outfile: at('out/main/index.js'),
    format: 'esm',
    // Node 22 is the one inside Electron 45.
    target: 'node22',
    // Dependencies load from node_modules at run time (electron-builder ships them).
    packages: 'external',
    external: ['electron'],
  }),
  build({
    ...shared,
    // Import parses pages on worker threads; the pool looks for this file beside the bundle.
    entryPoints: [at('electron/library/import/worker.ts')],
    outfile: at('out/main/import-worker.js'),
    format: 'esm',
    target: 'node22',
    packages: 'external',
  }),
  build({
    ...shared,
    entryPoints: [at('electron/preload/index.ts')],
    outfile: at('out/preload/index.cjs'),
    format: 'cjs',
    target: 'node22',
    // In a sandbox the preload has `require('electron')` and nothing else from node_modules.
    external: ['electron'],
  }),
]);

if (!process.argv.includes('--no-renderer')) {
  await viteBuild({ configFile: at('renderer/vite.config.ts'), logLevel: 'warn' });
}

console.log('built out/main, out/preload' + (process.argv.includes('--no-renderer') ? '' : ', out/renderer'));
