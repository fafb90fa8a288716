#!/usr/bin/env node
// `npm run package`: the files a release needs, from a clean release build —
//   dist/provenance-lens-chrome-<version>.zip   for the Chrome Web Store
//   dist/provenance-lens-firefox-<version>.zip  for addons.mozilla.org
//   dist/provenance-lens-source-<version>.zip   the source archive Mozilla's reviewers rebuild
// Each zip is reproducible: entries in path order, one fixed timestamp, fixed attributes, so the
// same source gives the same bytes (the build itself is deterministic). `--check` packages twice
// and fails unless both runs give byte-identical zips. `--unpack=DIR` writes the Firefox zip's
// files into DIR, for `web-ext lint`, which reads a folder: the linted files are the zip's own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PASSES, runPass, writePackages } from './build.mjs';
import { reproducibleZip } from './zip.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

// What the source archive leaves out: the tests and their saved pages (not needed to build,
// and most of the repository's size) and the CI script.
const NOT_SOURCE = [/^tests\//, /^\.ci\//];

/** The store file name of one package. */
export const zipName = (kind) => `provenance-lens-${kind}-${version}.zip`;

/** Every file under a folder, by path relative to it. */
function filesIn(dir) {
  const out = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[relative(dir, full)] = readFileSync(full);
  }
  return out;
}

/** The tracked source files, or null outside a git checkout (an unpacked source archive). */
function sourceFiles() {
  if (!existsSync(resolve(root, '.git'))) return null;
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  const out = {};
  for (const path of listed.split('\0')) {
    if (!path || NOT_SOURCE.some((re) => re.test(path))) continue;
    if (existsSync(resolve(root, path))) out[path] = readFileSync(resolve(root, path));
  }
  return out;
}

/** Builds the release from scratch and writes the zips; returns { name: sha256 }. */
async function packageOnce() {
  for (const dir of ['chrome', 'firefox']) {
    rmSync(resolve(root, 'dist', dir), { recursive: true, force: true });
  }
  for (const pass of PASSES.filter((p) => p !== 'cli')) await runPass(pass);
  await writePackages();
  const zips = {
    [zipName('chrome')]: reproducibleZip(filesIn(resolve(root, 'dist/chrome'))),
    [zipName('firefox')]: reproducibleZip(filesIn(resolve(root, 'dist/firefox'))),
  };
  const source = sourceFiles();
  if (source) zips[zipName('source')] = reproducibleZip(source);
  else console.log('not a git checkout: no source archive written');
  const sums = {};
  for (const [name, bytes] of Object.entries(zips)) {
    writeFileSync(resolve(root, 'dist', name), bytes);
    sums[name] = createHash('sha256').update(bytes).digest('hex');
    console.log(`dist/${name}  ${(bytes.length / 1024).toFixed(1)} KB  sha256 ${sums[name]}`);
  }
  return sums;
}

/** Writes the files of one zip into a fresh folder. */
function unpack(zip, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const first = await packageOnce();
  if (args.includes('--check')) {
    console.log('packaging again to compare');
    const second = await packageOnce();
    const differ = Object.keys(first).filter((name) => first[name] !== second[name]);
    if (differ.length > 0) {
      console.error(`not reproducible: ${differ.join(', ')} differ between two runs`);
      process.exit(1);
    }
    console.log(`reproducible: ${Object.keys(first).length} zips byte-identical over two runs`);
  }
  const into = args.find((a) => a.startsWith('--unpack='))?.slice(9);
  if (into) unpack(resolve(root, 'dist', zipName('firefox')), resolve(root, into));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
