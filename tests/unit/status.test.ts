import { describe, expect, test } from 'vitest';
import { isDateLike, isUnnamedSource, looksLikePublisher, passesGate } from '../../src/chain/gate';
import { hostName } from '../../src/chain/host-name';
import type { Finding } from '../../src/detectors';
import { type StatusInput, statusOf } from '../../src/status/status';
import { HOP_LEVEL, levelOf, orgLevel } from '../../src/status/strength';

describe('the status rule', () => {
  const none: StatusInput = { notArticle: null, hops: 0, hints: 0, unnamedCredit: false };
  test.each([
    [{ ...none, notArticle: 'a front page', hops: 2 }, 'not-article'],
    [{ ...none, notArticle: 'a front page' }, 'not-article'],
    [{ ...none, hops: 1 }, 'cross-post'],
    [{ ...none, hops: 2, hints: 3, unnamedCredit: true }, 'cross-post'],
    [{ ...none, hints: 1 }, 'unknown'],
    [{ ...none, unnamedCredit: true }, 'unknown'],
    [none, 'original'],
  ] as const)('%o → %s', (input, status) => {
    expect(statusOf(input)).toBe(status);
  });
});

const finding = (over: Partial<Finding>): Finding => ({
  kind: 'source-line',
  source: 'text',
  text: 'x',
  strength: 'strong',
  ...over,
});
const party = { name: 'X', domain: 'x.example', url: null, date: null };

describe('evidence strength', () => {
  test.each([
    [
      'a credit line linking the source',
      finding({ kind: 'republished-from', party: { ...party, url: 'https://x.example/a' } }),
      5,
    ],
    ['a credit line', finding({ kind: 'republished-from', party }), 4],
    ['a labelled source line', finding({ kind: 'source-line', party }), 4],
    ['an agency dateline', finding({ kind: 'wire', party }), 3],
    ['an agency as JSON-LD author', finding({ kind: 'wire', source: 'json-ld', party }), 2],
    ['a cross-site canonical', finding({ kind: 'canonical', source: 'link', party }), 2],
    ['an agency copyright', finding({ kind: 'wire-copyright', party }), 2],
    ["a known paper's copyright in the story", finding({ kind: 'copyright-credit', party }), 2],
    ['og:url elsewhere', finding({ kind: 'og-url', source: 'meta', strength: 'weak', party }), 1],
    ['a bare source name', finding({ kind: 'source-line', strength: 'weak', party }), 1],
  ] as const)('%s: level %i', (_what, f, level) => {
    expect(levelOf(f)).toBe(level);
  });

  test('one hint is no hop; two kinds of hint about the same publisher are', () => {
    const og = finding({ kind: 'og-url', source: 'meta', strength: 'weak', party });
    const pixel = finding({ kind: 'json-ld-provider', source: 'json-ld', strength: 'weak', party });
    expect(orgLevel([og])).toBeLessThan(HOP_LEVEL);
    expect(orgLevel([og, og])).toBeLessThan(HOP_LEVEL);
    expect(orgLevel([og, pixel])).toBe(HOP_LEVEL);
  });
});

describe('the publisher gate', () => {
  test.each([
    'Tue',
    'Tuesday',
    'Tuesday, August 9, 2011',
    'March',
    '29 Nov 2016',
    '10.05 GMT',
    'Mittwoch, 12.03.',
  ])('a date is no name: %s', (name) => {
    expect(isDateLike(name)).toBe(true);
    expect(passesGate(name, false, true)).toBe(false);
  });
  test.each(['South Front', 'Der Freitag', 'Grist', 'Reuters', 'The Markup', 'Agência Brasil'])(
    'a name in a credit passes: %s',
    (name) => {
      expect(passesGate(name, false, true, false)).toBe(true);
    },
  );
  test('a lone weekday is a name where nothing dates it ("zuerst im Freitag erschienen")', () => {
    expect(passesGate('Freitag', false, true, false)).toBe(true);
    expect(passesGate('Freitag', false, true, true)).toBe(false);
  });
  test.each(['Source', 'Photo', 'Staff', '@someone', 'Facebook'])(
    'never a publisher: %s',
    (name) => {
      expect(passesGate(name, true, true)).toBe(false);
    },
  );
  test('a person-shaped name passes only where the wording names a publication or a link gives its site', () => {
    expect(passesGate('Jane Doe', false, false)).toBe(false);
    expect(passesGate('Jane Doe', true, false)).toBe(true);
    expect(passesGate('Jane Doe', false, true)).toBe(true);
  });
  test.each(['The Miami Herald', 'Valley News', 'BBC', 'netzpolitik.org', 'Agencia Noticias'])(
    'shaped like a publication: %s',
    (name) => expect(looksLikePublisher(name)).toBe(true),
  );
  test.each(['Jane Doe', 'Fundación Pérez Rubio'])('not shaped like one: %s', (name) =>
    expect(looksLikePublisher(name)).toBe(false),
  );
  test('credits to nobody in particular', () => {
    expect(isUnnamedSource('Agencies')).toBe(true);
    expect(isUnnamedSource('agencias')).toBe(true);
    expect(isUnnamedSource('Reuters')).toBe(false);
  });
});

describe("the host's name", () => {
  test('a web address gives way to the JSON-LD publisher', () => {
    expect(
      hostName(['https://www.valleynews7.com', 'Valley News 7'], 'valleynews7.com', null),
    ).toBe('Valley News 7');
  });
  test("a lower-case name gives way to the title's site part", () => {
    expect(
      hostName(['riverbend'], 'riverbendgazette.com', 'Ferry cafe reopens | Riverbend Gazette'),
    ).toBe('Riverbend Gazette');
  });
  test('the table names a known domain', () => {
    expect(hostName(['nytimes.com'.toLowerCase()], 'nytimes.com', null)).toBe('The New York Times');
  });
  test('a well-written og:site_name is kept', () => {
    expect(
      hostName(
        ['Global Research', 'Centre for Research on Globalization'],
        'globalresearch.ca',
        null,
      ),
    ).toBe('Global Research');
  });
  test('a poorly written name nothing better agrees with is written readably', () => {
    expect(hostName(['resilience'], 'example.org', 'A story | Another Site')).toBe('Resilience');
    expect(hostName(['https://www.wcax.com/'], 'wcax.com', 'A story')).toBe('wcax.com');
  });
});
