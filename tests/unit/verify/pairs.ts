/**
 * Pairs of article texts (this copy, the original) with the verdict each should get. The
 * thresholds of src/verify/compare.ts were chosen from these pairs' figures (docs/VERIFY.md).
 */
import type { TextMatch } from '../../../src/verify/compare';
import {
  BRIDGE,
  BRIDGE_ADDED,
  BRIDGE_FR,
  BRIDGE_LATER,
  EARNINGS_A,
  EARNINGS_B,
  MATCH_A,
  MATCH_B,
  RELEASE,
  RELEASE_BODY,
  STORM,
  STORM_LOCAL,
} from './stories';

export interface Pair {
  name: string;
  /** The kind of pair, as the table in docs/VERIFY.md groups them. */
  kind: string;
  copy: string;
  original: string;
  expected: TextMatch;
}

const text = (paragraphs: string[]) => paragraphs.join('\n\n');

const HEADLINE = 'Harlow council approves $4.2m to repair Mill Street bridge';
const bridge = [HEADLINE, ...BRIDGE];

const spelling = (p: string) =>
  p
    .replace('center of town', 'centre of town')
    .replace('neighbors', 'neighbours')
    .replace('repair program', 'repair programme')
    .replace('green color', 'green colour')
    .replace('closed to lorries', 'closed to trucks');
const dateline = (p: string) =>
  p.replace(/^HARLOW — /, 'HARLOW, England, Wednesday (Valley Courier) — ');
const withCaptions = (ps: string[]) => [
  ...ps.slice(0, 3),
  'The Mill Street bridge seen from the east bank on Tuesday evening. Photo: Valley Courier',
  ...ps.slice(3, 6),
  'Mayor Ellen Ward at the council meeting. Photo: Harlow Town Council',
  ...ps.slice(6),
];
const newHeadline = (ps: string[]) => [
  'Mill Street bridge will stay open during nine months of repairs',
  ...ps.slice(1),
];

/** A wire story as another site runs it: its own dateline, no agency tag. */
const ownDateline = (ps: string[]) => [
  ps[0]!.replace(/^PORT ELLIS, Calder Islands \(Wire\) — /, 'The Calder Islands were hit by '),
  ...ps.slice(1),
];

export const PAIRS: Pair[] = [
  {
    name: 'spelling',
    kind: 'light edits',
    copy: text(bridge.map(spelling)),
    original: text(bridge),
    expected: 'same-text',
  },
  {
    name: 'dateline',
    kind: 'light edits',
    copy: text(bridge.map(dateline)),
    original: text(bridge),
    expected: 'same-text',
  },
  {
    name: 'captions',
    kind: 'light edits',
    copy: text(withCaptions(bridge)),
    original: text(bridge),
    expected: 'same-text',
  },
  {
    name: 'headline',
    kind: 'light edits',
    copy: text(newHeadline(bridge)),
    original: text(bridge),
    expected: 'same-text',
  },
  {
    name: 'all four',
    kind: 'light edits',
    copy: text(withCaptions(newHeadline(bridge.map(spelling).map(dateline)))),
    original: text(bridge),
    expected: 'same-text',
  },
  {
    name: 'first third',
    kind: 'excerpt',
    copy: text([...bridge.slice(0, 4), 'Read the full story on the Harlow Gazette website.']),
    original: text(bridge),
    expected: 'excerpt',
  },
  {
    name: 'own paragraphs added',
    kind: 'expanded',
    copy: text([BRIDGE_ADDED[0]!, ...bridge, ...BRIDGE_ADDED.slice(1)]),
    original: text(bridge),
    expected: 'expanded',
  },
  {
    name: 'same bridge, a year later',
    kind: 'different stories',
    copy: text(BRIDGE_LATER),
    original: text(bridge),
    expected: 'different',
  },
  {
    name: 'same bridge, other way round',
    kind: 'different stories',
    copy: text(bridge),
    original: text(BRIDGE_LATER),
    expected: 'different',
  },
  {
    name: 'French copy',
    kind: 'translation',
    copy: text(BRIDGE_FR),
    original: text(bridge),
    expected: 'different',
  },
  {
    name: 'last two paragraphs cut',
    kind: 'wire cuts',
    copy: text(ownDateline(STORM.slice(0, 10))),
    original: text(STORM),
    expected: 'same-text',
  },
  {
    name: 'cut after eight paragraphs',
    kind: 'wire cuts',
    copy: text(ownDateline(STORM.slice(0, 8))),
    original: text(STORM),
    expected: 'excerpt',
  },
  {
    name: 'three middle paragraphs cut',
    kind: 'wire cuts',
    copy: text([...STORM.slice(0, 4), ...STORM.slice(7)]),
    original: text(STORM),
    expected: 'excerpt',
  },
  {
    name: 'cut, and a local paragraph added',
    kind: 'wire cuts',
    copy: text([
      ...ownDateline(STORM.slice(0, 8)),
      'In Harlow, the Calder Islands Association said it was collecting blankets, tinned food and bottled water at its hall on Church Road, and asked for donations to be dropped off before Friday.',
    ]),
    original: text(STORM),
    expected: 'excerpt',
  },
  {
    name: 'cut, and more added than cut',
    kind: 'wire cuts',
    copy: text([...ownDateline(STORM.slice(0, 8)), ...STORM_LOCAL]),
    original: text(STORM),
    expected: 'expanded',
  },
  {
    name: 'without boilerplate',
    kind: 'press release',
    copy: text(RELEASE.slice(0, RELEASE_BODY)),
    original: text(RELEASE),
    expected: 'excerpt',
  },
  {
    name: 'with boilerplate, original without',
    kind: 'press release',
    copy: text(RELEASE),
    original: text(RELEASE.slice(0, RELEASE_BODY)),
    expected: 'expanded',
  },
  {
    name: 'page 1 of 2, original whole',
    kind: 'pages',
    copy: text([...STORM.slice(0, 6), 'Continued on page 2']),
    original: text(STORM),
    expected: 'excerpt',
  },
  {
    name: 'whole story, original page 1 of 2',
    kind: 'pages',
    copy: text(STORM),
    original: text([...STORM.slice(0, 6), 'Next page']),
    expected: 'expanded',
  },
  {
    name: 'football match',
    kind: 'two agencies',
    copy: text(MATCH_B),
    original: text(MATCH_A),
    expected: 'different',
  },
  {
    name: 'quarterly results',
    kind: 'two agencies',
    copy: text(EARNINGS_B),
    original: text(EARNINGS_A),
    expected: 'different',
  },
];

/** A deterministic generator (mulberry32), so generated texts are the same on every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every word of the stories: a shared vocabulary for generated texts. */
const VOCABULARY = [
  ...new Set(
    [BRIDGE, BRIDGE_LATER, STORM, RELEASE, MATCH_A, EARNINGS_A].flat().join(' ').split(/\s+/),
  ),
];

/** `n` words drawn from the stories' vocabulary, in sentences of 12 to 30 words. */
export function generated(n: number, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  while (out.length < n) {
    const length = 12 + Math.floor(next() * 19);
    for (let i = 0; i < length && out.length < n; i++)
      out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
    out[out.length - 1] += next() < 0.2 ? '.\n\n' : '.';
  }
  return out.join(' ');
}

/** A copy of `text` with one word in a hundred changed and a paragraph of its own inserted. */
export function edited(text: string, seed: number): string {
  const next = random(seed);
  const w = text.split(' ');
  for (let i = 0; i < w.length; i++) if (next() < 0.01) w[i] = 'changed';
  const middle = Math.floor(w.length / 2);
  w.splice(middle, 0, ...generated(60, seed + 1).split(' '));
  return w.join(' ');
}
