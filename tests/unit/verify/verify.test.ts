import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze';
import { articleText } from '../../../src/verify/text';
import { dateOrder, unreachable, verifyAgainst } from '../../../src/verify/verify';
import { DOMS, type DomName } from '../helpers/dom';
import { schemaErrors } from '../helpers/schema';
import { BRIDGE, BRIDGE_LATER } from './stories';

const page = (paragraphs: string[], date: string, site: string) =>
  `<!doctype html><html lang="en"><head><title>Bridge</title>
<meta property="og:site_name" content="${site}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${date}"></head><body>
<article><h1>Bridge</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

const NOW = new Date('2024-06-01T12:00:00Z');
const ORIGINAL_URL = 'https://gazette.example/2024/05/bridge';

describe.each(Object.keys(DOMS) as DomName[])('verifyAgainst under %s', (name) => {
  const parse = (html: string) => DOMS[name](html);
  const copyOf = (paragraphs: string[], date: string) => {
    const report = analyze(parse(page(paragraphs, date, 'Valley Courier')), {
      url: 'https://courier.example/bridge',
      includeContent: true,
    });
    return { report, text: articleText(report.article?.content, parse) };
  };
  const fetched = (html: string) => ({ html, url: ORIGINAL_URL, finalUrl: ORIGINAL_URL });

  test('the same story: same-text, with what the original page says of itself', () => {
    const v = verifyAgainst(
      copyOf(BRIDGE, '2024-05-16'),
      fetched(page(BRIDGE, '2024-05-14', 'Harlow Gazette')),
      parse,
      NOW,
    );
    expect(v).toEqual({
      url: ORIGINAL_URL,
      finalUrl: ORIGINAL_URL,
      checkedAt: '2024-06-01T12:00:00.000Z',
      status: 'same-text',
      containment: 1,
      coverage: 1,
      original: { title: 'Bridge', publisher: 'Harlow Gazette', publishedTime: '2024-05-14' },
      dateOrder: 'original-first',
      error: null,
      unmatched: [],
    });
  });

  test('another story on the same subject: different', () => {
    const v = verifyAgainst(
      copyOf(BRIDGE_LATER, '2025-05-10'),
      fetched(page(BRIDGE, '2024-05-14', 'Harlow Gazette')),
      parse,
      NOW,
    );
    expect(v.status).toBe('different');
    expect(v.containment).toBeLessThan(0.1);
  });

  test('a page without an article: not-article', () => {
    const v = verifyAgainst(
      copyOf(BRIDGE, '2024-05-16'),
      fetched(
        '<!doctype html><html><head><title>Gazette</title></head><body><p>Home</p></body></html>',
      ),
      parse,
      NOW,
    );
    expect(v).toMatchObject({ status: 'not-article', containment: null, original: null });
  });
});

test('the verification objects fit the schema', () => {
  const report = analyze(DOMS.linkedom(page(BRIDGE, '2024-05-16', 'Valley Courier')), {
    url: 'https://courier.example/bridge',
  });
  for (const verification of [
    unreachable(ORIGINAL_URL, null, 'network', NOW),
    unreachable(ORIGINAL_URL, ORIGINAL_URL, 'http-503', NOW),
    verifyAgainst(
      { report, text: BRIDGE.join('\n\n') },
      {
        html: page(BRIDGE.slice(0, 3), '2024-05-14', 'Harlow Gazette'),
        url: ORIGINAL_URL,
        finalUrl: null,
      },
      DOMS.linkedom,
      NOW,
    ),
  ])
    expect(schemaErrors({ ...report, verification })).toEqual([]);
  expect(
    schemaErrors({
      ...report,
      verification: { ...unreachable(ORIGINAL_URL, null, 'timeout'), error: null },
    }),
  ).not.toEqual([]);
});

describe('dateOrder', () => {
  test.each([
    ['2024-05-16', '2024-05-14', 'original-first'],
    ['2024-05-12', '2024-05-14', 'copy-first'],
    ['2024-05-14', '2024-05-14', 'same-day'],
    // A date without its zone may be a day off either way.
    ['2024-05-15', '2024-05-14T22:30:00-04:00', 'same-day'],
    ['2024-05-13', '2024-05-14', 'same-day'],
    // 23:30 in New York and 06:00 next day in Paris: half an hour apart.
    ['2024-05-15T06:00:00+02:00', '2024-05-14T23:30:00-04:00', 'same-day'],
    ['2024-05-16T09:00:00Z', '2024-05-14T23:30:00-04:00', 'original-first'],
    ['2024-05-13T09:00:00Z', '2024-05-14T12:00:00Z', 'copy-first'],
    [null, '2024-05-14', 'unknown'],
    ['2024-05-14', null, 'unknown'],
    ['not a date', '2024-05-14', 'unknown'],
  ] as const)('copy %s, original %s: %s', (copy, original, order) => {
    expect(dateOrder(copy, original)).toBe(order);
  });
});
