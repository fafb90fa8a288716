import { defineConfig } from 'vitest/config';

// Firefox e2e: one browser per file, files one after another (the machine has two cores).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
