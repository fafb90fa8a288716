#!/usr/bin/env node
// The bundle-size budgets (docs/PERFORMANCE.md), checked on the built release package: the
// content script every page gets, and the popup as it opens (popup.html and the script and
// style sheet it names). Chunks the popup imports later, the capture library page and the
// annotate window are reported without a budget. The chunks a loaded script imports statically
// load with it and count with it. Sizes are gzip -9, in KB of 1,024 bytes.
// `npm test` runs this right after the build; `npm run bench` reports the same figures. Exits 1
// over a budget.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');

/** Budgets in KB (1,024 bytes) of gzip -9. */
// content: the quick pass carries the publisher table (1,198 publishers, about 25 KB gzipped),
// the knowledge the badge needs to give the popup's verdict; see docs/PERFORMANCE.md.
export const SIZE_BUDGETS = { content: 50, popup: 15 };

/**
 * The files an HTML page loads as it opens: its scripts and style sheets, as paths relative to
 * the package. Vite writes plain `src="./assets/…"` and `href="./assets/…"` attributes.
 */
export function pageFiles(html) {
  const files = new Set();
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const [element, name] of html.matchAll(tag)) {
    const attr = name.toLowerCase() === 'script' ? 'src' : 'href';
    const value = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']+)["']`, 'i').exec(element)?.[1];
    if (value && !/^[a-z][a-z0-9+.-]*:/i.test(value)) files.add(value.replace(/^\.?\//, ''));
  }
  return [...files];
}

/**
 * The chunks a script imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), as paths beside it: they load with it, so they count with it.
 * `import("./x.js")` is a chunk loaded later and is left out.
 */
export function staticImports(code) {
  const found = [];
  const statement =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g;
  for (const [, path] of code.matchAll(statement)) found.push(path);
  return found;
}

/** `files` and every chunk they import statically, each once (paths relative to `dir`). */
async function withImports(dir, files) {
  const all = new Set(files);
  for (const file of all) {
    if (!file.endsWith('.js')) continue;
    const code = await readFile(resolve(dir, file), 'utf8');
    for (const path of staticImports(code)) {
      all.add(
        relative(dir, resolve(dir, dirname(file), path))
          .split(sep)
          .join('/'),
      );
    }
  }
  return [...all];
}

/** Raw and gzipped sizes of the package's scripts and pages (bytes). */
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
  const folder = async (name) =>
    (await readdir(resolve(dir, name)).catch(() => [])).map((f) => `${name}/${f}`);
  const popupLoads = await withImports(
    dir,
    pageFiles(await readFile(resolve(dir, 'popup.html'), 'utf8')),
  );
  const popupLazy = (await folder('assets')).filter((f) => !popupLoads.includes(f));
  return {
    content: await size(['content.js']),
    popup: await size(['popup.html', ...popupLoads]),
    'popup (lazy)': await size(popupLazy),
    library: await size(['library.html', ...(await folder('library-assets'))]),
    annotate: await size(['annotate.html', ...(await folder('annotate-assets'))]),
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
      `${name.padEnd(13)} ${(s.raw / 1024).toFixed(1).padStart(7)} KB raw ${kb.toFixed(1).padStart(6)} KB gzip  ${verdict}`,
    );
  }
  if (over) {
    console.error('bundle sizes: over budget (see docs/PERFORMANCE.md for what keeps them small)');
    process.exit(1);
  }
}
