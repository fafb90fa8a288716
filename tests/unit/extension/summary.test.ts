import { describe, expect, it } from 'vitest';
import { citation } from '../../../extension/shared/citation';
import { formatDate } from '../../../extension/shared/dates';
import { headline } from '../../../extension/shared/summary';
import type { Hop, Report } from '../../../src/report';
import { t, translatorFor } from './translate';

const hop = (
  role: Hop['role'],
  publisher: string,
  date: string | null,
  url: string | null,
): Hop => ({
  role,
  publisher,
  domain: null,
  url,
  date,
  evidence: [],
});

function report(over: Partial<Report> = {}): Report {
  return {
    schema: 'provenance-report/1',
    url: 'https://www.globalresearch.ca/video-idlib/5701234',
    status: 'cross-post',
    article: {
      title: 'Video: Idlib',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
    },
    chain: [
      hop(
        'host',
        'Global Research',
        '2020-01-22',
        'https://www.globalresearch.ca/video-idlib/5701234',
      ),
      hop('original', 'South Front', '2020-01-21', 'https://southfront.org/idlib/'),
    ],
    copyright: [],
    license: null,
    attribution: null,
    republishing: null,
    evidence: [],
    ...over,
  };
}

describe('headline', () => {
  it('says how long after the original a cross-post came', () => {
    expect(headline(report(), t)).toBe('Republished from South Front, one day after the original.');
  });

  it('counts days', () => {
    const r = report();
    r.chain[0] = { ...(r.chain[0] as Hop), date: '2020-02-01' };
    expect(headline(r, t)).toBe('Republished from South Front, 11 days after the original.');
  });

  it('drops the timing when a date is missing', () => {
    const r = report();
    r.chain[1] = { ...(r.chain[1] as Hop), date: null };
    expect(headline(r, t)).toBe('Republished from South Front.');
  });

  it('says the same day', () => {
    const r = report();
    r.chain[0] = { ...(r.chain[0] as Hop), date: '2020-01-21T18:00:00Z' };
    expect(headline(r, t)).toBe('Republished from South Front, the same day as the original.');
  });

  it('drops the timing when the copy is dated before its original', () => {
    const r = report();
    r.chain[0] = { ...(r.chain[0] as Hop), date: '2019-12-01' };
    expect(headline(r, t)).toBe('Republished from South Front.');
  });

  it('names the publisher it came through and the original one', () => {
    const r = report();
    r.chain.splice(1, 0, hop('intermediate', 'ZeroHedge', '2020-01-21', null));
    expect(headline(r, t)).toBe(
      'Republished from ZeroHedge, one day after the original; first published by South Front.',
    );
    r.chain[0] = { ...(r.chain[0] as Hop), date: null };
    expect(headline(r, t)).toBe('Republished from ZeroHedge; first published by South Front.');
  });

  it('names the publisher of an original', () => {
    const r = report({ status: 'original' });
    r.chain = r.chain.slice(0, 1);
    expect(headline(r, t)).toBe(
      'An original article by Global Research: nothing on this page credits another publisher as its source.',
    );
  });

  it("is built from the report's fields, never its English summary", () => {
    const given = 'Republished from Somewhere Else entirely.';
    expect(headline(report({ summary: given }), t)).not.toBe(given);
    expect(headline(report({ summary: given }), translatorFor('de'))).toBe(
      'Übernommen von South Front, einen Tag nach dem Original.',
    );
  });

  it.each([
    ['2020-01-23', 'через 2 дня после оригинала'],
    ['2020-01-26', 'через 5 дней после оригинала'],
    ['2020-02-11', 'через 21 день после оригинала'],
    ['2020-02-12', 'через 22 дня после оригинала'],
  ])('takes the plural form of the language (Russian, copy of %s)', (date, phrase) => {
    const r = report();
    r.chain[0] = { ...(r.chain[0] as Hop), date };
    expect(headline(r, translatorFor('ru'), 'ru')).toContain(phrase);
  });

  it.each(['original', 'unknown', 'not-article'] as const)('has a sentence for %s', (status) => {
    expect(headline(report({ status, chain: [] }), t)).toMatch(/\w+.*\.$/);
  });
});

describe('citation', () => {
  it('names this copy and the original, with dates and addresses', () => {
    expect(citation(report(), t)).toBe(
      '“Video: Idlib”. Global Research, 22 Jan 2020, https://www.globalresearch.ca/video-idlib/5701234.' +
        ' Originally published by South Front, 21 Jan 2020, https://southfront.org/idlib/.',
    );
  });

  it('names only this copy for an original', () => {
    const r = report({ status: 'original' });
    r.chain = r.chain.slice(0, 1);
    expect(citation(r, t)).not.toContain('Originally');
  });
});

describe('formatDate', () => {
  it.each([
    ['2020-01-21', '21 Jan 2020'],
    ['2020-01-21T23:30:00-05:00', '21 Jan 2020'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});
