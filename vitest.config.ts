import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the popup pass's `root` does not leak into tests.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
