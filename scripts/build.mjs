#!/usr/bin/env node
// Builds the two extension packages (dist/chrome, dist/firefox) and the command-line tool
// (dist/cli/provenance-lens.mjs). `--test` also writes dist/chrome-test and dist/firefox-test,
// the variants the e2e suites load (see scripts/manifest.mjs for what differs).
// `--only=popup,content` runs some passes only (used by scripts/dev.mjs).
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import { manifestFor } from './manifest.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (...p) => resolve(root, 'dist', ...p);
// The popup pass empties dist/chrome, so it runs first.
export const PASSES = ['popup', 'library', 'annotate', 'content', 'analyzer', 'background', 'cli'];

/** Runs one Vite pass of vite.config.ts. */
export async function runPass(mode, extra = {}) {
  return build({
    configFile: resolve(root, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    ...extra,
  });
}

/** Writes dist/firefox (and the test variants) from dist/chrome, each with its manifest. */
export async function writePackages({ test = false } = {}) {
  const base = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));
  const variants = [
    ['chrome', 'chrome', false],
    ['firefox', 'firefox', false],
  ];
  if (test) variants.push(['chrome-test', 'chrome', true], ['firefox-test', 'firefox', true]);
  for (const [dir, browser, isTest] of variants) {
    if (dir !== 'chrome') {
      await rm(dist(dir), { recursive: true, force: true });
      await cp(dist('chrome'), dist(dir), { recursive: true });
    }
    const manifest = manifestFor(base, browser, { test: isTest });
    await writeFile(dist(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const only =
    args
      .find((a) => a.startsWith('--only='))
      ?.slice(7)
      .split(',') ?? PASSES;
  const test = args.includes('--test');
  const started = performance.now();
  await mkdir(dist(), { recursive: true });
  for (const pass of PASSES.filter((p) => only.includes(p))) await runPass(pass);
  await chmod(dist('cli', 'provenance-lens.mjs'), 0o755).catch(() => {});
  await writePackages({ test });
  const ms = Math.round(performance.now() - started);
  const made = ['dist/chrome', 'dist/firefox', 'dist/cli/provenance-lens.mjs'];
  if (test) made.push('dist/chrome-test', 'dist/firefox-test');
  console.log(`built ${made.join(', ')} in ${ms} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
