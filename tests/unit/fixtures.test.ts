import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze';
import type { Report } from '../../src/report';
import { DOMS } from './helpers/dom';
import { mismatches } from './helpers/match';
import { schemaErrors, unsafeUrls } from './helpers/schema';

const ROOT = resolve(import.meta.dirname, '../fixtures');
const slugs = existsSync(ROOT)
  ? readdirSync(ROOT)
      .filter((s) => existsSync(resolve(ROOT, s, 'source.html')))
      .sort()
  : [];

function load(slug: string) {
  const dir = resolve(ROOT, slug);
  const html = readFileSync(resolve(dir, 'source.html'), 'utf8');
  const url = readFileSync(resolve(dir, 'url'), 'utf8').trim();
  const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8'));
  return { html, url, expected };
}

/** What two DOMs must agree on. */
const essence = (r: Report) => ({
  status: r.status,
  chain: r.chain.map((h) => [h.role, h.publisher, h.domain, h.date, h.url]),
  copyright: r.copyright.map((c) => [c.holders, c.year]),
  attribution: r.attribution,
  requires: r.republishing?.requires ?? null,
  license: r.license?.name ?? null,
});

test('the corpus has at least 30 fixtures', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(30);
});

describe.each(slugs)('fixture %s', (slug) => {
  const { html, url, expected } = load(slug);
  const reports = Object.fromEntries(
    Object.entries(DOMS).map(([name, parse]) => [name, analyze(parse(html, url), { url })]),
  ) as Record<keyof typeof DOMS, Report>;

  test.each(Object.keys(DOMS) as Array<keyof typeof DOMS>)(
    'matches expected.json under %s',
    (dom) => {
      const report = reports[dom];
      expect(mismatches(report, expected)).toEqual([]);
      expect(schemaErrors(report)).toEqual([]);
      expect(unsafeUrls(report)).toEqual([]);
    },
  );

  test('linkedom and jsdom agree', () => {
    expect(essence(reports.linkedom)).toEqual(essence(reports.jsdom));
  });
});
