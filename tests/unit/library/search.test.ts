import { describe, expect, it } from 'vitest';
import { filterSummaries, NO_FILTERS, publisherChoices } from '../../../extension/library/search';
import { fold } from '../../../extension/storage/fold';
import type { CaptureSummary } from '../../../extension/storage/store';

function summary(id: string, over: Partial<CaptureSummary> = {}): CaptureSummary {
  return {
    id,
    url: `https://${id}.example/a`,
    title: `Story ${id}`,
    savedAt: '2024-05-01T00:00:00.000Z',
    status: 'cross-post',
    chain: '',
    publishers: [],
    note: '',
    tags: [],
    annotations: 0,
    ...over,
  };
}

const LIST = [
  summary('a', {
    title: 'Les élèves de Zürich',
    publishers: ['Le Temps', 'letemps.ch', 'Agence France-Presse'],
    tags: ['Éducation'],
  }),
  summary('b', {
    title: 'Teachers in exile',
    status: 'original',
    publishers: ['Global Voices', 'globalvoices.org'],
    note: 'Ask about the CC licence',
  }),
  summary('c', {
    title: 'Idlib clashes',
    status: 'unknown',
    publishers: ['Global Research', 'agence france-presse'],
    tags: ['syria'],
  }),
];

const ids = (list: CaptureSummary[]) => list.map((s) => s.id);
const find = (query: string, more: Partial<typeof NO_FILTERS> = {}) =>
  ids(filterSummaries(LIST, { ...NO_FILTERS, query, ...more }));

describe('fold', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['ÉLÈVES  de\tla', 'eleves de la'],
    ['ﬁne', 'fine'],
    ['Ångström', 'angstrom'],
  ])('%s → %s', (s, out) => expect(fold(s)).toBe(out));
});

describe('filterSummaries', () => {
  it('an empty search keeps everything, in order', () => {
    expect(find('')).toEqual(['a', 'b', 'c']);
    expect(find('   ')).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['zurich', ['a']], // title, without the accent typed
    ['ELEVES', ['a']],
    ['education', ['a']], // tag
    ['SYRIA', ['c']],
    ['global', ['b', 'c']], // publisher
    ['globalvoices.org', ['b']], // domain
    ['licence', ['b']], // note
    ['france-presse', ['a', 'c']],
    ['global syria', ['c']], // every word must match
    ['global nowhere', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(find(query)).toEqual(expected);
  });

  it('filters by status and by publisher, with the search', () => {
    expect(find('', { status: 'original' })).toEqual(['b']);
    expect(find('', { status: 'not-article' })).toEqual([]);
    expect(find('', { publisher: 'Agence France-Presse' })).toEqual(['a', 'c']);
    expect(find('idlib', { publisher: 'Agence France-Presse' })).toEqual(['c']);
    expect(find('', { publisher: 'Agence France-Presse', status: 'cross-post' })).toEqual(['a']);
  });

  it('does not match a publisher by part of its name', () => {
    expect(find('', { publisher: 'Global' })).toEqual([]);
  });
});

describe('publisherChoices', () => {
  it('lists each publisher once, sorted without regard to case', () => {
    expect(publisherChoices(LIST)).toEqual([
      'Agence France-Presse',
      'Global Research',
      'Global Voices',
      'globalvoices.org',
      'Le Temps',
      'letemps.ch',
    ]);
  });
});
