#!/usr/bin/env node
// `npm test`: every check, one after another, stopping at the first failure. Each runner
// prints its own summary; a table of steps and times closes the run.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
// Browsers and web-ext leave temporary folders behind: keep them inside the project.
process.env.TMPDIR ??= resolve(root, '.tmp');
mkdirSync(process.env.TMPDIR, { recursive: true });

const STEPS = [
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['type-check core', bin('tsc'), ['-p', 'tsconfig.core.json', '--noEmit']],
  ['lint and format', bin('biome'), ['ci', '.']],
  ['unit tests', bin('vitest'), ['run', '--exclude', 'tests/unit/fuzz/**']],
  // The fuzzing and the regular-expression timing tests measure growth as ratios of times taken
  // in one process; run alone, they do not share the two cores with a thousand other tests.
  ['fuzz and timing', bin('vitest'), ['run', 'tests/unit/fuzz', '--no-file-parallelism']],
  ['build', process.execPath, ['scripts/build.mjs', '--test']],
  ['bundle sizes', process.execPath, ['scripts/bundle-size.mjs']],
  // The built command line over generated web archives: --jobs 1 and 2, GNU parallel and a
  // Slurm job array on a one-node cluster (each skipped, with a message, where it is missing).
  ['batch', bin('vitest'), ['run', '--config', 'tests/batch/vitest.config.ts']],
  // The store packages, built twice from scratch and compared byte for byte; the Firefox zip's
  // own files are then what web-ext lints.
  [
    'package',
    process.execPath,
    ['scripts/package.mjs', '--check', '--unpack=.tmp/firefox-package'],
  ],
  [
    'web-ext lint',
    bin('web-ext'),
    ['lint', '--source-dir', '.tmp/firefox-package', '--no-config-discovery'],
  ],
  ['Chromium e2e', bin('playwright'), ['test']],
  ['Firefox e2e', bin('vitest'), ['run', '--config', 'tests/e2e-firefox/vitest.config.ts']],
];

// `--e2e`: only the build and the two browser suites (`npm run test:e2e`). Files named after it
// (`npm run test:e2e -- tests/e2e/states.spec.ts`) narrow the run to those specs: the test build,
// then only the suite each file belongs to (`tests/e2e-firefox/` is Firefox's, the rest Chromium's).
const E2E = ['build', 'Chromium e2e', 'Firefox e2e'];
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const firefox = (f) => f.replaceAll('\\', '/').includes('e2e-firefox/');
const only = (name, args) => {
  if (files.length === 0 || name === 'build') return [name, args];
  const mine = files.filter((f) => (name === 'Firefox e2e') === firefox(f));
  return mine.length > 0 ? [name, [...args, ...mine]] : null;
};
const steps = process.argv.includes('--e2e')
  ? STEPS.filter(([n]) => E2E.includes(n)).flatMap(([name, cmd, args]) => {
      const kept = only(name, args);
      return kept ? [[kept[0], cmd, kept[1]]] : [];
    })
  : STEPS;

const done = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n━━ ${name}: ${[cmd.replace(`${root}/`, ''), ...args].join(' ')}\n`);
  const started = performance.now();
  const { status } = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  done.push(`${status === 0 ? 'ok  ' : 'FAIL'}  ${name.padEnd(16)} ${seconds.padStart(6)} s`);
  if (status !== 0) {
    console.log(`\n${done.join('\n')}\n\nnpm test: "${name}" failed.`);
    process.exit(status ?? 1);
  }
}
console.log(`\n${done.join('\n')}\n\nnpm test: all ${steps.length} steps passed.`);
