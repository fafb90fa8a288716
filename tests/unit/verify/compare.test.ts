import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/analyze';
import { classify, compare, SAME, SHARED, words } from '../../../src/verify/compare';
import { articleText } from '../../../src/verify/text';
import { DOMS, type DomName } from '../helpers/dom';
import { edited, generated, PAIRS } from './pairs';
import { BRIDGE } from './stories';

describe('each kind of pair gets its verdict', () => {
  test.each(PAIRS.map((p) => [`${p.kind}: ${p.name}`, p] as const))('%s', (_name, pair) => {
    const c = compare(pair.copy, pair.original);
    expect(classify(c.containment, c.coverage)).toBe(pair.expected);
  });

  test('different stories share less than a tenth of their words', () => {
    for (const p of PAIRS.filter((p) => p.expected === 'different')) {
      const c = compare(p.copy, p.original);
      expect(Math.max(c.containment, c.coverage), p.name).toBeLessThan(0.1);
    }
  });

  test('two texts drawn from the same words are never the same text', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer({ min: 60, max: 800 }), (s1, s2, n) => {
        fc.pre(s1 !== s2);
        const c = compare(generated(n, s1), generated(n, s2));
        expect(classify(c.containment, c.coverage)).toBe('different');
      }),
      { numRuns: 40 },
    );
  });

  test('a copy with one word in a hundred changed is the same text', () => {
    const original = generated(2000, 3);
    const c = compare(edited(original, 4), original);
    expect(c.containment).toBeGreaterThan(0.9);
    expect(classify(c.containment, c.coverage)).toBe('same-text');
  });
});

describe('classify', () => {
  test.each([
    [1, 1, 'same-text'],
    [SAME, SAME, 'same-text'],
    [0.95, 0.3, 'excerpt'],
    [0.3, 0.95, 'expanded'],
    [0.7, 0.6, 'excerpt'],
    [0.6, 0.7, 'expanded'],
    [SHARED - 0.01, SHARED - 0.01, 'different'],
    [0, 0, 'different'],
  ] as const)('containment %s, coverage %s: %s', (containment, coverage, verdict) => {
    expect(classify(containment, coverage)).toBe(verdict);
  });
});

describe('compare', () => {
  test('typography is not an edit', () => {
    const original =
      '“Nobody wanted to spend this much,” she said — but the council’s vote was 7-2. The ﬁrst repairs start in March, at the bridge’s east end.';
    const copy =
      '"NOBODY wanted to spend this much", she said -- but the council\'s vote was 7‐2. The first re\u00adpairs start in March, at the bridge\'s east end!';
    const c = compare(copy, original);
    expect(c.containment).toBe(1);
    expect(c.coverage).toBe(1);
    expect(c.unmatched).toEqual([]);
  });

  test('words keep their place in the text', () => {
    const text = 'One  “two”\nthree—four';
    expect(words(text).map((w) => [w.text, text.slice(w.start, w.end)])).toEqual([
      ['one', 'One'],
      ['two', '“two”'],
      ['three', 'three'],
      ['four', 'four'],
    ]);
  });

  test('unmatched passages are character ranges in the copy', () => {
    const original = BRIDGE.join('\n\n');
    const added =
      'This paragraph was written by the site that carries the copy, and by no one else.';
    const copy = [...BRIDGE.slice(0, 5), added, ...BRIDGE.slice(5)].join('\n\n');
    const c = compare(copy, original);
    expect(c.unmatched.map((r) => copy.slice(r.start, r.end))).toEqual([added]);
    expect(c.coverage).toBe(1);
  });

  test('empty and very short texts', () => {
    expect(compare('', 'some text')).toMatchObject({ containment: 0, coverage: 0, unmatched: [] });
    const c = compare('too short', 'too short');
    expect(c.containment).toBe(0);
    expect(c.unmatched).toHaveLength(1);
  });

  test('a phrase repeated thousands of times stays linear', () => {
    const a = 'the bridge is open and '.repeat(10_000);
    const b = 'the bridge is open and the bridge is shut '.repeat(5_000);
    const started = performance.now();
    expect(compare(a, a).containment).toBe(1);
    expect(compare(a, b).containment).toBeGreaterThan(SHARED);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><head><title>Bridge repairs</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Harlow council approves bridge repairs</h1>
${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</article><footer><p>Harlow Gazette</p></footer></body></html>`;

describe.each(Object.keys(DOMS) as DomName[])('article text under %s', (name) => {
  const parse = (html: string) => DOMS[name](html);
  const textOf = (html: string) => {
    const report = analyze(parse(html), {
      url: 'https://gazette.example/2024/bridge',
      includeContent: true,
    });
    return articleText(report.article?.content, parse);
  };

  test('paragraphs stay apart, and the same page compares as the same text', () => {
    const text = textOf(page(BRIDGE));
    expect(text).toContain('more than a year.\n\nThe bridge, built in 1931');
    const c = compare(text, BRIDGE.join('\n\n'));
    expect(c.containment).toBe(1);
    expect(c.coverage).toBe(1);
  });

  test('an excerpt read from its page is an excerpt', () => {
    const c = compare(textOf(page(BRIDGE.slice(0, 4))), textOf(page(BRIDGE)));
    expect(classify(c.containment, c.coverage)).toBe('excerpt');
  });
});

test('both DOMs give the same figures', () => {
  const figures = (Object.keys(DOMS) as DomName[]).map((name) => {
    const parse = (html: string) => DOMS[name](html);
    const text = (ps: string[]) =>
      articleText(
        analyze(parse(page(ps)), { url: 'https://gazette.example/a', includeContent: true }).article
          ?.content,
        parse,
      );
    const c = compare(text([...BRIDGE.slice(0, 6), 'A paragraph of its own.']), text(BRIDGE));
    return [c.containment, c.coverage, c.unmatched.length];
  });
  expect(figures[0]).toEqual(figures[1]);
});
