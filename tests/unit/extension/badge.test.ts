import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../extension/background/badge';
import type { BadgeState } from '../../../extension/shared/protocol';
import { t } from './translate';

const hint = (
  status: BadgeState['status'],
  source: string | null = null,
  date: string | null = null,
) => ({
  status,
  source,
  date,
  full: false,
});

describe('badgeFor', () => {
  it.each([
    [
      'cross-post',
      hint('cross-post', 'South Front', '2020-01-21'),
      'COPY',
      'Cross-post of South Front (21 Jan 2020)',
    ],
    ['cross-post, no date', hint('cross-post', 'South Front'), 'COPY', 'Cross-post of South Front'],
    [
      'cross-post, no source',
      hint('cross-post'),
      'COPY',
      "Cross-post of another publisher's article",
    ],
    ['original', hint('original'), 'ORIG', 'Original article: no other publisher credited'],
    ['unknown', hint('unknown'), '?', 'Article: where it came from is not clear'],
    ['not an article', hint('not-article'), '', 'Not an article'],
    ['nothing known', null, '', 'Provenance Lens: where did this article come from?'],
  ] as const)('%s', (_name, h, text, title) => {
    expect(badgeFor(h, t)).toMatchObject({ text, title });
  });

  it('tells every status apart by its text, not only its colour', () => {
    const statuses = ['cross-post', 'original', 'unknown', 'not-article'] as const;
    const texts = statuses.map((s) => badgeFor(hint(s), t).text);
    expect(new Set(texts).size).toBe(statuses.length);
  });

  it('keeps badge texts within four characters (the toolbar shows about four)', () => {
    for (const s of ['cross-post', 'original', 'unknown', 'not-article'] as const) {
      expect(badgeFor(hint(s), t).text.length).toBeLessThanOrEqual(4);
    }
  });
});
