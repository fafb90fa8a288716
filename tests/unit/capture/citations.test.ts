/**
 * The citation exports read by the tools researchers use: CSL-JSON formatted by citeproc-js in
 * APA, Vancouver and Harvard, RIS and biblatex parsed by citation-js. Each must carry the chain
 * (original publisher, date, address, the hops between) and none may print nonsense such as
 * "(Original work published The Trace)" or "(South Front, 2020/2020)".
 */
import { describe, expect, it } from 'vitest';
import { type Capture, toBibtex, toCslJson, toRis } from '../../../src/capture';
import type { Hop, Report } from '../../../src/report';
import {
  type CslData,
  formatWith,
  parseBibFile,
  parseRisFile,
  STYLE_NAMES,
} from '../helpers/citations';
import { originalCapture, PAGE_URL, sampleCapture, sampleReport } from './sample';

const ORIGINAL_URL = 'https://southfront.org/dozens-army-troops-killed/';
const VIA: Hop = {
  role: 'intermediate',
  publisher: 'ZeroHedge',
  domain: 'zerohedge.com',
  url: 'https://www.zerohedge.com/geopolitical/dozens-troops',
  date: '2020-01-21T20:00:00Z',
  evidence: [],
};

/** The seed cross-post, its original's address known, with a hop between. */
function chained(change: (r: Report) => void = () => {}): Capture {
  const report = sampleReport();
  (report.chain[1] as Hop).url = ORIGINAL_URL;
  report.chain.splice(1, 0, { ...VIA });
  change(report);
  return sampleCapture({ report });
}

const csl = (captures: Capture[]) => JSON.parse(toCslJson(captures)) as CslData[];

describe('CSL-JSON', () => {
  it('carries the original publisher, a sentence on the original and the hops in the note', () => {
    const [item] = csl([chained()]);
    expect(item).toMatchObject({
      'original-publisher': 'South Front',
      references: `Originally published by South Front on 2020-01-21 at ${ORIGINAL_URL}`,
    });
    const note = String(item?.note).split('\n\n');
    expect(note.slice(0, 3)).toEqual([
      'Cross-post: Global Research (22 Jan 2020) ← ZeroHedge (21 Jan 2020) ← South Front (21 Jan 2020)',
      `Original: ${ORIGINAL_URL}`,
      `Via: ZeroHedge, 2020-01-21, ${VIA.url}`,
    ]);
  });

  it('gives the original date only when its year is not the copy’s', () => {
    expect(csl([chained()])[0]?.['original-date']).toBeUndefined();
    const older = chained((r) => {
      (r.chain[2] as Hop).date = '2019-12-30';
    });
    expect(csl([older])[0]?.['original-date']).toEqual({ 'date-parts': [[2019, 12, 30]] });
  });

  it('leaves out what is not known of the original', () => {
    const undated = chained((r) => {
      Object.assign(r.chain[2] as Hop, { publisher: 'The Trace', date: null, url: null });
    });
    const [item] = csl([undated]);
    expect(item?.['original-date']).toBeUndefined();
    expect(item?.['original-title']).toBeUndefined();
    expect(item?.references).toBe('Originally published by The Trace');
    const [original] = csl([originalCapture()]);
    for (const key of ['original-publisher', 'original-date', 'original-title', 'references'])
      expect(original?.[key]).toBeUndefined();
  });

  describe.each(STYLE_NAMES)('formatted by citeproc-js in %s', (style) => {
    const items = csl([
      chained(),
      chained((r) => Object.assign(r.chain[2] as Hop, { publisher: 'The Trace', date: null })),
      chained((r) => Object.assign(r.chain[2] as Hop, { date: '2019-12-30' })),
      originalCapture(),
    ]).map((item, i) => ({ ...item, id: `item-${i}` }));
    const { references, citations } = formatWith(style, items);

    it('prints every capture, with its title and address', () => {
      expect(references).toHaveLength(4);
      expect(references.filter((r) => r.includes(PAGE_URL))).toHaveLength(3);
      expect(references.some((r) => r.includes(ORIGINAL_URL))).toBe(true);
    });

    it('never prints an original without a year, nor the same year twice', () => {
      for (const r of references) expect(r).not.toMatch(/Original work published [A-Z]/);
      for (const c of citations) expect(c).not.toMatch(/(\d{4})\/\1/);
    });

    if (style === 'apa') {
      it('names the original after the address, and gives both years when they differ', () => {
        const [same, undated, older] = references as [string, string, string];
        expect(same).toContain(
          `(Originally published by South Front on 2020-01-21 at ${ORIGINAL_URL})`,
        );
        expect(undated).toContain('(Originally published by The Trace');
        expect(older).toContain('Originally published by South Front on 2019-12-30');
        // Three works by South Front in 2020: APA tells them apart with a letter.
        expect(citations[0]).toMatch(/^\(South Front, 2020[a-z]?\)$/);
        expect(citations[2]).toMatch(/^\(South Front, 2019\/2020[a-z]?\)$/);
      });
    }
    if (style === 'vancouver') {
      it('adds the original as a note after the address', () => {
        expect(references[0]).toContain('Originally published by South Front on 2020-01-21');
      });
    }
  });
});

describe('RIS', () => {
  const ris = toRis([chained()]);
  const lines = (tag: string) =>
    ris
      .split('\r\n')
      .filter((l) => l.startsWith(`${tag}  - `))
      .map((l) => l.slice(6));

  it('writes the full date in PY and DA', () => {
    expect(lines('PY')).toEqual(['2020/01/22/']);
    expect(lines('DA')).toEqual(['2020/01/22/']);
  });

  it('puts the chain, the original’s address and the hops in N1', () => {
    expect(lines('N1').slice(0, 3)).toEqual([
      'Cross-post: Global Research (22 Jan 2020) ← ZeroHedge (21 Jan 2020) ← South Front (21 Jan 2020)',
      `Original: ${ORIGINAL_URL}`,
      `Via: ZeroHedge, 2020-01-21, ${VIA.url}`,
    ]);
  });

  it('is read by citation-js with its full date, address and notes', () => {
    const [item] = parseRisFile(ris);
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
      URL: PAGE_URL,
      'container-title': 'Global Research',
      accessed: { 'date-parts': [[2024, 5, 1]] },
    });
    expect(String(item?.note)).toContain(`Original: ${ORIGINAL_URL}`);
    const { references } = formatWith('apa', [item as CslData]);
    expect(references[0]).toContain('(2020, January 22)');
  });
});

describe('biblatex', () => {
  const hostile = chained((r) => {
    Object.assign(r.article ?? {}, { title: 'Troops & 50% of {all} $cash_ #1 ~x^2 \\input{x}' });
    Object.assign(r.chain[2] as Hop, { title: 'Dozens killed' });
  });
  const bib = toBibtex([hostile, chained(), originalCapture()]);

  it('writes @online entries with unique keys', () => {
    const keys = [...bib.matchAll(/^@online\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });

  it('escapes TeX specials, so no value runs a macro or breaks the braces', () => {
    expect(bib).toContain(
      'title = {Troops \\& 50\\% of \\{all\\} \\$cash\\_ \\#1 \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}input\\{x\\}},',
    );
    // Every entry's braces balance once the escaped ones are set aside.
    for (const entry of bib.split(/\n(?=@online)/)) {
      let depth = 0;
      for (const c of entry.replace(/\\[{}]/g, '')) {
        if (c === '{') depth++;
        if (c === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it('is read by citation-js with the original’s publisher, date and title', () => {
    const [first, second, third] = parseBibFile(bib);
    expect(first).toMatchObject({
      type: 'webpage',
      title: 'Troops & 50% of {all} $cash_ #1 ~x^2 \\input{x}',
      URL: PAGE_URL,
      issued: { 'date-parts': [[2020, 1, 22]] },
      accessed: { 'date-parts': [[2024, 5, 1]] },
      'original-publisher': 'South Front',
      'original-date': { 'date-parts': [[2020, 1, 21]] },
      'original-title': 'Dozens killed',
      author: [{ family: 'South Front' }],
    });
    expect(String(second?.note)).toContain(`Original: ${ORIGINAL_URL}`);
    expect(String(second?.note)).toContain(`Via: ZeroHedge, 2020-01-21, ${VIA.url}`);
    expect(third?.['original-publisher']).toBeUndefined();
    expect(third?.author).toEqual([
      { family: 'Doe', given: 'Jane' },
      { family: 'Berg', given: 'John', 'non-dropping-particle': 'van der' },
    ]);
  });
});
