import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DomName } from '../helpers/dom';
import {
  type Baseline,
  type Case,
  makeCase,
  measureBaseline,
  runCase,
  Tally,
  timeBound,
  verdict,
} from './harness';
import {
  corpusPages,
  fallbackPages,
  fixturePages,
  type HostileSpec,
  hostileArb,
  hostilePage,
  type Limits,
  type Mutation,
  mutate,
  mutationArb,
  randomPageArb,
  type Source,
} from './pages';

/**
 * Property-based fuzzing of `analyze`: random HTML, hostile pages and mutated real pages.
 * Properties: it never throws, the report is always schema-valid and carries no unsafe
 * address, and its time stays within a bound that grows with the page's size (see harness.ts).
 *
 * CI-sized by default. The long run sets FUZZ_RUNS (cases under linkedom; a twentieth of that
 * under jsdom unless FUZZ_JSDOM_RUNS says otherwise) and FUZZ_REPORT (a JSON file for the
 * figures): it then counts failures instead of stopping at the first, and fails at the end
 * if any were found. `node scripts/fuzz-long.mjs` runs it. FUZZ_SEED changes the seed.
 */

const LONG_RUNS = Number(process.env.FUZZ_RUNS ?? 0) || 0;
const LONG = LONG_RUNS > 0;
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_607);
const JSDOM_RUNS = Number(process.env.FUZZ_JSDOM_RUNS ?? 0) || Math.ceil(LONG_RUNS / 20);

/** Cases per property: [random pages, mutated pages, hostile pages]. */
function split(total: number): [number, number, number] {
  const random = Math.round(total * 0.4);
  const mutated = Math.round(total * 0.3);
  return [random, mutated, total - random - mutated];
}
const SIZES: Record<DomName, [number, number, number]> = {
  linkedom: LONG ? split(LONG_RUNS) : [200, 100, 100],
  jsdom: LONG ? split(JSDOM_RUNS) : [40, 20, 20],
};
const LIMITS: Record<DomName, Limits> = {
  linkedom: LONG ? { depth: 10_000, chars: 5_000_000 } : { depth: 10_000, chars: 1_000_000 },
  jsdom: LONG ? { depth: 3_000, chars: 2_000_000 } : { depth: 2_000, chars: 300_000 },
};

const SOURCES: Source[] = (() => {
  const pages = [...fixturePages(), ...(LONG ? corpusPages(128) : corpusPages(12, 400_000))];
  return pages.length ? pages : fallbackPages();
})();
/** jsdom parses slowly: its mutated pages are the smaller ones. */
const SOURCES_BY_DOM: Record<DomName, Source[]> = {
  linkedom: SOURCES,
  jsdom: (() => {
    const small = SOURCES.filter((s) => s.html.length <= (LONG ? 400_000 : 120_000));
    return small.length ? small : SOURCES;
  })(),
};

const urlArb = fc.constantFrom(
  'https://host.example/news/story.html',
  'https://www.globalresearch.ca/the-story/5700000',
  'http://fakehost/test/page.html',
  'https://host.example/',
  'https://host.example/search?q=x',
  'http://127.0.0.1:8000/page.html',
  'file:///tmp/page.html',
  'javascript:alert(1)',
  ' data:text/html,x',
  null,
);
const optionsArb = fc.record({
  quick: fc.constantFrom(false, false, false, true),
  includeContent: fc.constantFrom(false, false, true),
});

const randomCaseArb: fc.Arbitrary<Case> = fc
  .tuple(randomPageArb, urlArb, optionsArb)
  .map(([html, url, o]) => makeCase('random page', html, url, o.quick, o.includeContent));

function describeMutation(m: Mutation): string {
  switch (m.op) {
    case 'nest':
      return `nest@${m.at}x${m.depth}<${m.tags.join(',')}>`;
    case 'text':
      return `text@${m.at}x${m.repeat}`;
    case 'duplicate':
      return `duplicate@${m.at}x${m.times}`;
    case 'attr':
      return `attr@${m.at}:${m.name.slice(0, 12)}`;
    case 'move':
      return `move@${m.at}->${m.to}`;
    case 'ld':
      return 'ld';
    default:
      return `${m.op}@${m.at}`;
  }
}

const mutatedCaseArb = (sources: Source[], limits: Limits): fc.Arbitrary<Case> =>
  fc
    .tuple(
      fc.constantFrom(...sources),
      fc.array(mutationArb(limits), { minLength: 1, maxLength: 6 }),
      optionsArb,
    )
    .map(([src, muts, o]) =>
      makeCase(
        `${src.name} mutated [${muts.map(describeMutation).join(' ')}]`,
        mutate(src.html, muts),
        src.url,
        o.quick,
        o.includeContent,
      ),
    );

function describeHostile(s: HostileSpec): string {
  return `hostile ${s.kind} size ${s.size} tags ${s.tags.join(',')} filler ${JSON.stringify(s.filler)} credit ${JSON.stringify(s.credit)}`;
}

const hostileCaseArb = (limits: Limits): fc.Arbitrary<Case> =>
  fc
    .tuple(hostileArb(limits), urlArb, optionsArb)
    .map(([spec, url, o]) =>
      makeCase(describeHostile(spec), hostilePage(spec), url, o.quick, o.includeContent),
    );

/** The extremes the issue names, each run once. */
function extremes(dom: DomName): Array<[string, HostileSpec]> {
  const spec = (
    kind: HostileSpec['kind'],
    size: number,
    tags: string[] = ['div'],
    filler = 'words',
    credit = 'This article first appeared on',
  ): HostileSpec => ({ kind, size, tags, filler, credit });
  const all: Array<[string, HostileSpec]> = [
    ['10,000 nested <div>', spec('nest', 10_000)],
    ['10,000 nested <span>', spec('nest', 10_000, ['span'])],
    ['10,000 nested <a>', spec('nest', 10_000, ['a'])],
    ['10,000 nested <b>, <i>, <blockquote>', spec('nest', 10_000, ['b', 'i', 'blockquote'])],
    ['10,000 nested <table><tr><td>', spec('nest', 10_000, ['table', 'tr', 'td'])],
    ['10,000 nested <ul><li>', spec('nest', 10_000, ['ul', 'li'])],
    ['5 MB of words in one node', spec('big-text', 5_000_000)],
    ['5 MB of "a." in one node', spec('big-text', 5_000_000, [], 'a.', '© 2020')],
    ['5 MB of dots after a copyright mark', spec('big-text', 5_000_000, [], 'dots', '©')],
    ['1 MB of "!" after a copyright mark', spec('big-text', 1_000_000, [], 'bangs', '© 2020 X')],
    ['1 MB of control and bidi characters', spec('odd-encoding', 1_000_000, [], 'bidi')],
    ['2 MB JSON-LD strings', spec('ld-huge-string', 2_000_000, [], 'words')],
    ['900 KB JSON-LD strings of dots', spec('ld-huge-string', 150_000, [], 'dots')],
    ['100,000-element JSON-LD arrays', spec('ld-array', 6_500_000)],
    ['JSON-LD objects nested 100,000 deep', spec('ld-deep-object', 100_000)],
    ['JSON-LD arrays nested 100,000 deep', spec('ld-deep-array', 100_000)],
    ['JSON-LD names nested 5,000 deep', spec('ld-deep-name', 5_000)],
    ['1 MB meta values', spec('meta-huge', 1_000_000, [], 'dots', 'Copyright ©')],
    ['1 MB attributes', spec('attr-huge', 1_000_000, [], 'words')],
    ['20,000 links in one line', spec('many-links', 1_500_000)],
    ['50,000 paragraphs', spec('many-blocks', 2_000_000, ['p'], 'source', 'Source:')],
  ];
  if (dom === 'linkedom') return all;
  // jsdom's own parser takes seconds on 10,000 levels (its time grows with the depth squared,
  // before the analyser runs): the jsdom run takes the same shapes at sizes it parses quickly.
  return [
    ['3,000 nested <div>', spec('nest', 3_000)],
    ['3,000 nested <b>, <i>, <blockquote>', spec('nest', 3_000, ['b', 'i', 'blockquote'])],
    ['1 MB of words in one node', spec('big-text', 1_000_000)],
    ['300 KB of control and bidi characters', spec('odd-encoding', 300_000, [], 'bidi')],
    ['500 KB JSON-LD strings', spec('ld-huge-string', 500_000, [], 'words')],
    ['JSON-LD names nested 5,000 deep', spec('ld-deep-name', 5_000)],
    ['300 KB meta values', spec('meta-huge', 300_000, [], 'dots', 'Copyright ©')],
  ];
}

const tallies: Record<DomName, Tally> = { linkedom: new Tally(), jsdom: new Tally() };

for (const dom of ['linkedom', 'jsdom'] as const) {
  describe(`analyze under ${dom}`, () => {
    let baseline: Baseline;
    const [randomRuns, mutatedRuns, hostileRuns] = SIZES[dom];
    const limits = LIMITS[dom];
    const tally = tallies[dom];

    /** Long run: count and go on. CI run: fail on the first bad case (fast-check prints the seed). */
    const check = (c: Case): boolean => {
      const o = runCase(c, dom, baseline);
      if (LONG) {
        tally.add(c, o);
        return true;
      }
      const why = verdict(o);
      if (why) throw new Error(why);
      return true;
    };
    const assert = (arb: fc.Arbitrary<Case>, numRuns: number, offset: number) =>
      fc.assert(fc.property(arb, check), {
        seed: SEED + offset,
        numRuns,
        endOnFailure: LONG,
      });
    const timeout = (runs: number, perRunMs: number) =>
      LONG ? runs * perRunMs * 4 + 600_000 : 120_000;

    beforeAll(() => {
      baseline = measureBaseline(dom);
      console.log(
        `fuzz ${dom}: seed ${SEED}, baseline ${baseline.msPerMB.toFixed(0)} ms/MB, ${baseline.smallMs.toFixed(1)} ms for a short page; bound for 1 MB ${timeBound(baseline, 1).toFixed(0)} ms`,
      );
    }, 120_000);

    test(
      `random pages (${randomRuns} cases)`,
      () => assert(randomCaseArb, randomRuns, 1),
      timeout(randomRuns, 50),
    );

    test(
      `mutated real pages (${mutatedRuns} cases from ${SOURCES_BY_DOM[dom].length} pages)`,
      () => assert(mutatedCaseArb(SOURCES_BY_DOM[dom], limits), mutatedRuns, 2),
      timeout(mutatedRuns, 500),
    );

    test(
      `hostile pages (${hostileRuns} cases)`,
      () => assert(hostileCaseArb(limits), hostileRuns, 3),
      timeout(hostileRuns, 1000),
    );

    test.each(extremes(dom))(
      'extreme: %s',
      (_name, spec) => {
        const c = makeCase(describeHostile(spec), hostilePage(spec), 'https://host.example/a/b');
        const o = runCase(c, dom, baseline);
        if (LONG) tally.add(c, o);
        expect(verdict(o), c.label).toBeNull();
      },
      120_000,
    );
  });
}

if (LONG) {
  afterAll(() => {
    const out = Object.fromEntries(
      (['linkedom', 'jsdom'] as const).map((d) => [d, { ...tallies[d] }]),
    );
    const file = process.env.FUZZ_REPORT;
    if (file) writeFileSync(file, JSON.stringify({ seed: SEED, ...out }, null, 2));
  });

  test('the long run found no failure', () => {
    for (const d of ['linkedom', 'jsdom'] as const) {
      const t = tallies[d];
      expect(t.failures, d).toEqual([]);
      expect(t.crashes + t.schemaFailures + t.unsafeFailures + t.overBound, d).toBe(0);
    }
  });
}
