import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citation } from '../../extension/shared/citation';
import { formatDate } from '../../extension/shared/dates';
import { describeChain, describeCheck } from '../../src/capture/citation/provenance-text';
import { readableTime } from '../../src/capture/snapshot/page-html';
import type { Report } from '../../src/report';
import { shownDate, shownDateTime } from '../../src/text/shown-dates';
import { t } from './extension/translate';

describe('one date format, in the language given', () => {
  it.each([
    ['en-GB', '21 Jan 2020'],
    ['en-US', 'Jan 21, 2020'],
    ['fr', '21 janv. 2020'],
    ['de', '21. Jan. 2020'],
  ])('%s: %s', (locale, shown) => {
    expect(shownDate('2020-01-21', locale)).toBe(shown);
    // The day the date-time names, whatever the time zone.
    expect(shownDate('2020-01-21T23:30:00-05:00', locale)).toBe(shown);
  });

  it('keeps text that holds no date, and writes English for a language it cannot read', () => {
    expect(shownDate('not a date', 'en-GB')).toBe('not a date');
    expect(shownDate('2020-01-21', undefined)).toBe('21 Jan 2020');
    expect(shownDate('2020-01-21', 'not a language tag!')).toBe('21 Jan 2020');
  });

  it('a moment has its time of day, in the zone given', () => {
    expect(shownDateTime('2024-05-01T12:34:00.000Z', 'en-GB', 'UTC')).toBe('1 May 2024, 12:34');
    expect(shownDateTime('2024-05-01T12:34:00.000Z', 'en-GB', 'Europe/Berlin')).toBe(
      '1 May 2024, 14:34',
    );
    expect(shownDateTime('2024-05-01', 'en-GB')).toBe('1 May 2024');
    expect(shownDateTime('whenever', 'en-GB')).toBe('whenever');
  });

  it('the popup, the badge and the library write it in the browser language', () => {
    expect(formatDate('2020-01-21', 'fr')).toBe('21 janv. 2020');
    expect(formatDate('2020-01-21', 'en-GB')).toBe(shownDate('2020-01-21', 'en-GB'));
  });

  it("the exports' sentences and the citation use the same format", () => {
    const report = {
      schema: 'provenance-report/1',
      url: 'https://www.globalresearch.ca/a',
      status: 'cross-post',
      article: null,
      chain: [
        {
          role: 'host',
          publisher: 'Global Research',
          domain: null,
          url: null,
          date: '2020-01-22',
          evidence: [],
        },
        {
          role: 'original',
          publisher: 'South Front',
          domain: null,
          url: null,
          date: '2020-01-21',
          evidence: [],
        },
      ],
      copyright: [],
      license: null,
      attribution: null,
      republishing: null,
      evidence: [],
    } as Report;
    const day = (iso: string) => shownDate(iso, 'en-GB');
    expect(describeChain(report)).toBe(
      `Cross-post: Global Research (${day('2020-01-22')}) ← South Front (${day('2020-01-21')})`,
    );
    expect(citation(report, t)).toContain(formatDate('2020-01-22'));
    expect(readableTime('2024-05-01T12:34:00.000Z')).toBe('1 May 2024, 12:34 UTC');
    expect(
      describeCheck({
        url: 'https://southfront.org/a',
        finalUrl: null,
        checkedAt: '2024-05-01T10:00:00.000Z',
        status: 'different',
        containment: null,
        coverage: null,
        original: null,
        dateOrder: 'unknown',
        error: null,
      }),
    ).toContain(`on ${day('2024-05-01')}:`);
  });
});

describe('dates are formatted in one place', () => {
  const root = resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('no code but src/text/shown-dates.ts formats a date for people', () => {
    const offenders = [...files(join(root, 'extension')), ...files(join(root, 'src'))]
      .filter((path) => !path.endsWith('shown-dates.ts'))
      .filter((path) =>
        /DateTimeFormat|toLocale(?:Date|Time)?String\(\s*[^)]|toLocaleDateString|toLocaleTimeString|toISOString\(\)\.slice\(0, 16\)/.test(
          readFileSync(path, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/toLocaleString\(\)/g, '')
            .replace(/toLocaleString\('en'\)/g, ''),
        ),
      )
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
