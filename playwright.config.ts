import { defineConfig } from '@playwright/test';

// Chromium e2e with the built extension. The browser is launched by tests/e2e/harness.ts
// (a persistent context is the only way to load an extension), so `use` stays empty.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
});
