// The desktop app itself through Playwright's _electron. Runs only where an Electron binary is installed
// (node_modules/electron/dist); elsewhere every test is skipped with a message saying so.
//   npm run build && npx playwright test -c test/e2e-electron
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/e2e-electron',
});
