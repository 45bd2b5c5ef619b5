// Playwright configuration of the UI smoke (npm run test:ui). One worker: each worker starts its own
// code-server and Chromium, and the machine is small. The browser is Debian's Chromium, launched by
// the `vscode` fixture in workbench.mjs, so Playwright's own browsers are never used or downloaded.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.mjs$/,
  outputDir: '../../test-results/ui-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  globalTimeout: 900_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/ui-results.json' }]],
});
