#!/usr/bin/env node
// Turn a saved page or a URL into a fixture folder: tests/fixtures/<slug>/{source.html, url,
// expected.json}. expected.json is drafted from today's report for a person to review: it
// states what the analyser says now, not what is true. Read the page, correct the draft.
//
//   node scripts/new-fixture.mjs <slug> <file.html | http(s) URL> [--url ADDRESS]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = resolve(root, 'dist/cli/provenance-lens.mjs');

function fail(message) {
  process.stderr.write(`new-fixture: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const urlFlag = args.indexOf('--url');
const address = urlFlag >= 0 ? args.splice(urlFlag, 2)[1] : null;
const [slug, input] = args;
if (!slug || !input)
  fail('usage: node scripts/new-fixture.mjs <slug> <file.html | http(s) URL> [--url ADDRESS]');
if (!/^[a-z0-9][a-z0-9-]{1,80}$/.test(slug))
  fail('the slug is lower-case letters, digits and hyphens');
const dir = resolve(root, 'tests/fixtures', slug);
if (existsSync(dir)) fail(`tests/fixtures/${slug} exists already`);
if (!existsSync(cli)) fail('build first: npm run build');

let html;
let url = address;
if (/^https?:\/\//i.test(input)) {
  const res = await fetch(input, { signal: AbortSignal.timeout(15_000) }).catch((e) =>
    fail(`${input}: ${e.message}`),
  );
  if (!res.ok) fail(`${input}: the server answered ${res.status}`);
  html = await res.text();
  url ??= res.url;
} else {
  if (!existsSync(input)) fail(`${input}: no such file`);
  html = readFileSync(input, 'utf8');
}
if (!url) fail('a saved file needs --url ADDRESS (the address it was loaded from)');

mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'source.html'), html);
writeFileSync(resolve(dir, 'url'), `${url}\n`);
const out = execFileSync(
  process.execPath,
  [cli, 'analyze', resolve(dir, 'source.html'), '--json'],
  { encoding: 'utf8' },
);
const report = JSON.parse(out);

/** The fields that matter, as the fixture matcher reads them (see tests/fixtures/README.md). */
const draft = {
  status: report.status,
  chain: report.chain.map((h) => ({
    role: h.role,
    publisher: h.publisher,
    domain: h.domain,
    date: h.date ? h.date.slice(0, 10) : null,
  })),
  ...(report.copyright.length
    ? {
        copyright: {
          $contains: report.copyright.map((c) => ({ holders: c.holders, year: c.year })),
        },
      }
    : {}),
  attribution: report.attribution,
  ...(report.republishing ? { republishing: { requires: report.republishing.requires } } : {}),
  ...(report.license?.name ? { license: { name: { $includes: report.license.name } } } : {}),
};
writeFileSync(resolve(dir, 'expected.json'), `${JSON.stringify(draft, null, 2)}\n`);
process.stdout.write(
  `tests/fixtures/${slug}/ written (status ${report.status}). Review expected.json against the page before committing it.\n`,
);
