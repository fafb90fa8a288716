import { defineConfig } from 'vitest/config';

// Batch audits: the built command line in child processes, a one-node Slurm cluster and GNU
// parallel. Files one after another (the machine has two cores). Needs `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/batch/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
