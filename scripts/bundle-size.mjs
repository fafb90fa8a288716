#!/usr/bin/env node
// The bundle-size budgets (docs/PERFORMANCE.md), checked on the built release package: the
// content script every page gets, and the popup (its HTML, script and style sheet). Sizes are
// gzip -9, in KB of 1,024 bytes. `npm test` runs this right after the build; `npm run bench`
// reports the same figures. Exits 1 when a budget is exceeded.
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

/** Budgets in KB (1,024 bytes) of gzip -9. */
export const SIZE_BUDGETS = { content: 20, popup: 15 };

/** Raw and gzipped sizes of the package's scripts (bytes). */
export async function bundleSizes(dir = resolve(root, 'dist/chrome')) {
  const size = async (files) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = await readFile(resolve(dir, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip, files };
  };
  const assets = (await readdir(resolve(dir, 'assets'))).map((a) => `assets/${a}`);
  return {
    content: await size(['content.js']),
    popup: await size(['popup.html', ...assets]),
    background: await size(['background.js']),
    analyzer: await size(['analyzer.js']),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await bundleSizes();
  let over = false;
  for (const [name, s] of Object.entries(sizes)) {
    const kb = s.gzip / 1024;
    const budget = SIZE_BUDGETS[name];
    const verdict =
      budget === undefined ? '' : kb <= budget ? `≤ ${budget} KB` : `OVER ${budget} KB`;
    if (budget !== undefined && kb > budget) over = true;
    console.log(
      `${name.padEnd(11)} ${(s.raw / 1024).toFixed(1).padStart(7)} KB raw ${kb.toFixed(1).padStart(6)} KB gzip  ${verdict}`,
    );
  }
  if (over) {
    console.error('bundle sizes: over budget (see docs/PERFORMANCE.md for what keeps them small)');
    process.exit(1);
  }
}
