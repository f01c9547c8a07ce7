import { defineConfig } from '@playwright/test';

// The end-to-end suite drives the built renderer in Chromium over the real library
// services (tests/harness). `npm run test:e2e` builds the renderer first.
export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results/e2e',
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
});
