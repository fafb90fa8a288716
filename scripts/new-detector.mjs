#!/usr/bin/env node
// `npm run new:detector <name>`: the files a new detector needs, each marked as a draft.
//
//   src/detectors/<name>.ts        the detector, with one positive and one negative example
//   src/detectors/index.ts         the detector registered at the end of DETECTORS
//   tests/fixtures/<name>/         a fixture folder: source.html, url, expected.json
//
// Every file it writes carries MARKER; the convention test (tests/unit/analyser-conventions.test.ts)
// fails while one is left, the detector's positive example fails until it finds what it names,
// and the fixture test fails until the folder holds a real page and what it says.
// `--root DIR` writes into another checkout (the scaffold's own test uses it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARKER = 'DRAFT(new:detector)';

const detectorSource = (ident, name) => `import type { Context, Detector, Finding } from './types';

// ${MARKER}: say what the detector looks for and why it is evidence; fill in detect() and
// the examples (real pages' patterns, not one page's sentence), then remove this comment.

/** What the page says, how this detector reads it, and how strong that is. */
export const ${ident}: Detector = {
  id: '${name}',
  description: 'One sentence: what it looks for.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    for (const block of ctx.page.blocks) void block;
    return out;
  },
  examples: {
    // A positive example names what the first finding must hold; a negative one is text that
    // looks alike and must find nothing.
    positive: [{ html: '${MARKER}: a line it must find', expect: { name: 'Publisher' } }],
    negative: [{ html: '${MARKER}: a line that looks alike' }],
  },
};
`;

const pageSource = (name) => `<!doctype html>
<!-- ${MARKER}: the whole page as its site serves it, the pattern in its story; see tests/fixtures/README.md -->
<html><head><title>${name}</title></head><body><article><p>${MARKER}</p></article></body></html>
`;

function fail(message) {
  process.stderr.write(`new:detector: ${message}\n`);
  process.exit(2);
}

/** Adds `import { ident } from './name';` in path order and `ident` at the end of DETECTORS. */
function register(registry, ident, name) {
  const list = /(export const DETECTORS: readonly Detector\[\] = \[\n(?: {2}\w+,\n)*)\];/;
  if (!list.test(registry))
    fail('src/detectors/index.ts: DETECTORS not found; register it by hand');
  const lines = registry.replace(list, `$1  ${ident},\n];`).split('\n');
  const line = `import { ${ident} } from './${name}';`;
  const path = (l) => /from '([^']+)'/.exec(l)?.[1] ?? '';
  const imports = lines.map((l, i) => [l, i]).filter(([l]) => l.startsWith('import '));
  const after = imports.find(([l]) => path(l) > `./${name}`);
  lines.splice(after ? after[1] : (imports.at(-1)?.[1] ?? -1) + 1, 0, line);
  return lines.join('\n');
}

function main(argv) {
  const rootFlag = argv.indexOf('--root');
  const root =
    rootFlag >= 0 ? resolve(argv.splice(rootFlag, 2)[1]) : resolve(import.meta.dirname, '..');
  const [name] = argv;
  if (!name || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name))
    fail('usage: npm run new:detector <name>   (lower-case words and hyphens: "press-release")');
  const ident = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  const file = resolve(root, 'src/detectors', `${name}.ts`);
  const index = resolve(root, 'src/detectors/index.ts');
  const fixture = resolve(root, 'tests/fixtures', name);
  if (existsSync(file)) fail(`src/detectors/${name}.ts exists already`);
  if (existsSync(fixture)) fail(`tests/fixtures/${name} exists already`);

  const registry = register(readFileSync(index, 'utf8'), ident, name);
  writeFileSync(file, detectorSource(ident, name));
  writeFileSync(index, registry);
  mkdirSync(fixture, { recursive: true });
  writeFileSync(resolve(fixture, 'source.html'), pageSource(name));
  writeFileSync(resolve(fixture, 'url'), `https://draft.example/${name}\n`);
  writeFileSync(
    resolve(fixture, 'expected.json'),
    `${JSON.stringify({ status: MARKER, chain: [] }, null, 2)}\n`,
  );
  process.stdout.write(
    `new:detector: wrote src/detectors/${name}.ts, registered it in src/detectors/index.ts, wrote tests/fixtures/${name}/.\n` +
      `Replace each "${MARKER}"; npx vitest run tests/unit/analyser-conventions.test.ts lists what is left.\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
