import { describe, expect, it } from 'vitest';
import { type CslItem, parseByline, toCslJson } from '../../../src/capture';
import { cslType } from '../../../src/capture/citation/csl';
import { originalCapture, PAGE_URL, sampleCapture, sampleReport } from './sample';

// The CSL-JSON schema (csl-data.json) forbids variables it does not define; these are the
// ones this exporter may write, each checked against that schema's property list.
const CSL_VARIABLES = new Set([
  'id',
  'type',
  'title',
  'URL',
  'accessed',
  'issued',
  'author',
  'container-title',
  'publisher',
  'original-publisher',
  'original-date',
  'original-title',
  'references',
  'language',
  'abstract',
  'keyword',
  'note',
]);
const CSL_TYPES = new Set(['article-newspaper', 'post-weblog', 'webpage']);
const NAME_PARTS = new Set([
  'family',
  'given',
  'non-dropping-particle',
  'dropping-particle',
  'suffix',
  'literal',
]);

function expectValidCsl(items: CslItem[]): void {
  for (const item of items) {
    for (const key of Object.keys(item))
      expect(CSL_VARIABLES, `unknown CSL variable ${key}`).toContain(key);
    expect(typeof item.id).toBe('string');
    expect(CSL_TYPES).toContain(item.type);
    for (const key of ['accessed', 'issued', 'original-date'] as const) {
      const d = item[key];
      if (!d) continue;
      expect(Object.keys(d)).toEqual(['date-parts']);
      expect(d['date-parts']).toHaveLength(1);
      expect(d['date-parts'][0]!.length).toBeGreaterThanOrEqual(1);
      expect(d['date-parts'][0]!.length).toBeLessThanOrEqual(3);
      expect(d['date-parts'][0]!.every(Number.isInteger)).toBe(true);
    }
    for (const name of item.author ?? []) {
      for (const part of Object.keys(name)) expect(NAME_PARTS).toContain(part);
    }
  }
}

describe('toCslJson', () => {
  const [cross, original] = JSON.parse(
    toCslJson([sampleCapture(), originalCapture()]),
  ) as CslItem[];

  it('writes only CSL-JSON schema variables, with the required id and type', () => {
    expectValidCsl([cross!, original!]);
  });

  it('cites the seed cross-post with host and original publisher', () => {
    expect(cross).toMatchObject({
      type: 'article-newspaper',
      title: 'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
      URL: PAGE_URL,
      accessed: { 'date-parts': [[2024, 5, 1]] },
      issued: { 'date-parts': [[2020, 1, 22]] },
      author: [{ literal: 'South Front' }],
      'container-title': 'Global Research',
      publisher: 'Global Research',
      'original-publisher': 'South Front',
      references: 'Originally published by South Front on 2020-01-21',
      language: 'en',
      keyword: 'syria, cross-post',
    });
    expect(cross!['original-title']).toBeUndefined();
    // The same year as the copy: APA would cite it "(South Front, 2020/2020)".
    expect(cross!['original-date']).toBeUndefined();
  });

  it('describes the chain, the copyright and the note in the note field', () => {
    expect(cross!.note).toBe(
      [
        'Cross-post: Global Research (22 Jan 2020) ← South Front (21 Jan 2020)',
        'Copyright: South Front (2020)',
        'Check whether South Front allows this.\nAsked them on 2024-05-02.',
      ].join('\n\n'),
    );
  });

  it('cites an original article with people as authors and no original fields', () => {
    expect(original).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2020, 1, 21]] },
      author: [
        { family: 'Doe', given: 'Jane' },
        { family: 'Berg', given: 'John', 'non-dropping-particle': 'van der' },
      ],
      'container-title': 'South Front',
      note: 'Original: South Front (21 Jan 2020)\n\nCopyright: South Front (2020)',
    });
    expect(original!['original-publisher']).toBeUndefined();
    expect(original!['original-date']).toBeUndefined();
  });

  it('uses a hop title when a report carries one', () => {
    const report = sampleReport();
    Object.assign(report.chain[1]!, { title: 'Dozens Army Troops Killed' });
    const [item] = JSON.parse(toCslJson([sampleCapture({ report })])) as CslItem[];
    expect(item!['original-title']).toBe('Dozens Army Troops Killed');
  });
});

describe('cslType', () => {
  it.each([
    ['a news site', PAGE_URL, sampleReport(), 'article-newspaper'],
    ['a blog host', 'https://someone.substack.com/p/x', sampleReport(), 'post-weblog'],
    ['a blogspot blog', 'https://x.blogspot.com/2020/01/a.html', sampleReport(), 'post-weblog'],
    [
      'a page that is not an article',
      PAGE_URL,
      sampleReport({
        status: 'not-article',
        chain: sampleReport().chain.slice(0, 1),
        attribution: null,
      }),
      'webpage',
    ],
    [
      'a page without article',
      PAGE_URL,
      sampleReport({
        status: 'unknown',
        article: null,
        chain: sampleReport().chain.slice(0, 1),
        attribution: null,
      }),
      'webpage',
    ],
  ] as const)('%s is %s', (_name, url, report, type) => {
    const c = sampleCapture({ url, report, annotations: [] });
    expect(cslType(c)).toBe(type);
  });
});

describe('parseByline', () => {
  it.each([
    ['South Front', ['South Front'], [{ literal: 'South Front' }]],
    ['By Jane Doe', [], [{ family: 'Doe', given: 'Jane' }]],
    ['by: Jane Doe | Global Research', [], [{ family: 'Doe', given: 'Jane' }]],
    ['Doe, Jane', [], [{ family: 'Doe', given: 'Jane' }]],
    [
      'Jane Doe and John Smith',
      [],
      [
        { family: 'Doe', given: 'Jane' },
        { family: 'Smith', given: 'John' },
      ],
    ],
    [
      'Jane Doe, John Smith & Ann Lee',
      [],
      [
        { family: 'Doe', given: 'Jane' },
        { family: 'Smith', given: 'John' },
        { family: 'Lee', given: 'Ann' },
      ],
    ],
    ['Martin Luther King Jr.', [], [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }]],
    [
      'Vincent van Gogh',
      [],
      [{ family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }],
    ],
    ['Reuters', [], [{ literal: 'Reuters' }]],
    ['Associated Press', [], [{ literal: 'Associated Press' }]],
    ['Global Research News', [], [{ literal: 'Global Research News' }]],
    ['Prince', [], [{ literal: 'Prince' }]],
    ['', [], []],
    [null, [], []],
  ] as const)('%j -> %j', (byline, orgs, names) => {
    expect(parseByline(byline, [...orgs])).toEqual(names);
  });
});
