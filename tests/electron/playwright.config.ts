import { defineConfig } from '@playwright/test';

// The Electron suite: the real app, built into out/, driven through Playwright's
// _electron. Run through tests/electron/run.mjs, which skips where Electron is missing.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One app at a time: each holds the single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: '../../test-results/electron',
  use: { trace: 'retain-on-failure' },
});
