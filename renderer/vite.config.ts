import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built once into out/renderer and loaded by Electron (or the test harness) from disk:
// relative asset URLs, no dev-server assumptions.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // The CSP allows fonts and images from 'self' only: never inline assets as data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
