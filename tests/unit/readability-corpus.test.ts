import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze';
import { cleanByline } from '../../src/extract/article';
import type { Report } from '../../src/report';
import { clean } from '../../src/text/normalize';
import { DOMS } from './helpers/dom';
import { schemaErrors, unsafeUrls } from './helpers/schema';

/**
 * Robustness on real pages: Readability's own 128 test pages (beside the project, when
 * present). Every page gives a schema-valid report without throwing, and the article's
 * metadata agrees with Readability's expected metadata on at least 95% of the pages where
 * Readability has a value and judges the page readerable. Bylines are compared after the product's cleaning, applied to both.
 */
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
const URL = 'http://fakehost/test/page.html';
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((s) => existsSync(resolve(CORPUS, s, 'source.html')))
      .sort()
  : [];

type Field = 'title' | 'byline' | 'siteName' | 'publishedTime';
const FIELDS: Field[] = ['title', 'byline', 'siteName', 'publishedTime'];

function normal(field: Field, value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  if (field === 'byline') return cleanByline(value);
  if (field === 'publishedTime') {
    const t = Date.parse(value);
    return Number.isNaN(t) ? clean(value) : new Date(t).toISOString();
  }
  return clean(value);
}

describe.skipIf(!pages.length)('Readability test pages', () => {
  const reports = new Map<string, Report>();
  const agree: Record<Field, { same: number; total: number; misses: string[] }> = {
    title: { same: 0, total: 0, misses: [] },
    byline: { same: 0, total: 0, misses: [] },
    siteName: { same: 0, total: 0, misses: [] },
    publishedTime: { same: 0, total: 0, misses: [] },
  };

  test.each(pages)('%s: a schema-valid report, no throw', (slug) => {
    const html = readFileSync(resolve(CORPUS, slug, 'source.html'), 'utf8');
    const report = analyze(DOMS.linkedom(html), { url: URL });
    expect(schemaErrors(report)).toEqual([]);
    expect(unsafeUrls(report)).toEqual([]);
    reports.set(slug, report);
    const expected = JSON.parse(
      readFileSync(resolve(CORPUS, slug, 'expected-metadata.json'), 'utf8'),
    );
    // Pages Readability itself judges not readerable (its synthetic test pages) are not counted.
    if (!expected.readerable) return;
    for (const f of FIELDS) {
      const want = normal(f, expected[f]);
      if (want === null) continue;
      agree[f].total++;
      // A page the analyser calls no article disagrees on every field Readability filled.
      const got = normal(f, report.article?.[f]);
      if (got === want) agree[f].same++;
      else agree[f].misses.push(`${slug}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  });

  test('metadata agrees with Readability on at least 95% of pages', () => {
    for (const f of FIELDS)
      console.log(`${f}: ${agree[f].same}/${agree[f].total}\n  ${agree[f].misses.join('\n  ')}`);
    for (const f of FIELDS) {
      const { same, total, misses } = agree[f];
      const share = total ? same / total : 1;
      expect(share, `${f}: ${same}/${total}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
