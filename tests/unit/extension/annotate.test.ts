// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ownAnnotations,
  rangeFromOffsets,
  textOffsets,
  trimmedOffsets,
} from '../../../extension/content/analyzer/annotate';
import { clearHighlights, highlightQuote } from '../../../extension/content/analyzer/highlight';
import { makeCapture } from '../../../src/capture/model/model';
import { validateCapture } from '../../../src/capture/model/validate';
import { counterIds, sampleReport } from '../capture/sample';

const URL = 'https://news.example/story';
const PAGE = `<main><h1>Storm closes coastal road</h1>
  <p id="a">The   original source of this <a href="#">article</a> is <b>South Front</b>.</p>
  <script>var x = "not shown";</script>
  <p id="b">Copyright © South Front, 2020</p></main>`;

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

function selectText(text: string, within = document.body): Range {
  const at = (within.textContent ?? '').indexOf(text);
  const range = rangeFromOffsets(within, at, at + text.length)!;
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return range;
}

function annotations() {
  return ownAnnotations({ now: () => new Date('2024-05-01T12:00:00Z'), newId: counterIds() });
}

/** The words each layer highlights (jsdom has no Highlight API: the <mark> fallback). */
const marked = (layer: 'note' | 'pending') =>
  [...document.querySelectorAll(`mark[data-provenance-lens="provenance-lens-${layer}"]`)].map(
    (m) => m.textContent,
  );

/** Selects `words` and keeps them pending; returns the pending id. */
function pick(own: ReturnType<typeof annotations>, words: string): string {
  selectText(words);
  const picked = own.select(document, URL);
  if (!picked.pending) throw new Error(`nothing pending for ${words}`);
  return picked.pending;
}

describe('text offsets in body.textContent', () => {
  it('measures a selection across elements, as textContent counts (scripts included)', () => {
    const range = selectText('Copyright © South Front');
    const at = textOffsets(document.body, range)!;
    expect(document.body.textContent?.slice(at.start, at.end)).toBe('Copyright © South Front');
    const across = selectText('this article is South');
    const at2 = textOffsets(document.body, across)!;
    expect(document.body.textContent?.slice(at2.start, at2.end)).toBe('this article is South');
  });

  it('trims whitespace at either end, and gives null for whitespace alone', () => {
    const text = document.body.textContent ?? '';
    const start = text.indexOf('The   original') - 1;
    const range = rangeFromOffsets(document.body, start, start + 20)!;
    const at = trimmedOffsets(document.body, range)!;
    expect(text.slice(at.start, at.end)).toBe('The   original sour');
    const gap = text.indexOf('   original');
    expect(
      trimmedOffsets(document.body, rangeFromOffsets(document.body, gap, gap + 3)!),
    ).toBeNull();
  });

  it('maps offsets back to the same range', () => {
    const range = selectText('source of this article');
    const at = textOffsets(document.body, range)!;
    expect(rangeFromOffsets(document.body, at.start, at.end)?.toString()).toBe(
      'source of this article',
    );
    expect(rangeFromOffsets(document.body, 5, 5)).toBeNull();
    expect(rangeFromOffsets(document.body, 0, 1e6)).toBeNull();
  });

  it('refuses a range outside the root', () => {
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    const range = document.createRange();
    range.selectNodeContents(other);
    expect(textOffsets(document.getElementById('a')!, range)).toBeNull();
  });
});

describe('pending annotations', () => {
  it('keeps the selection pending under a fresh id, highlighted, and puts nothing else in the page', () => {
    const own = annotations();
    const before = document.body.innerHTML;
    selectText('South Front, 2020');
    const picked = own.select(document, URL);
    expect(picked).toEqual({
      pending: '00000000-0000-4000-8000-000000000001',
      quote: 'South Front, 2020',
    });
    expect(own.pending(picked.pending!)).toEqual({ quote: 'South Front, 2020' });
    expect(marked('pending')).toEqual(['South Front, 2020']);
    expect(own.list(URL)).toEqual([]);
    // No box, no field: the page gets no element to type in.
    expect(document.querySelectorAll('textarea, input, [contenteditable]')).toHaveLength(0);
    own.drop(document, picked.pending!);
    expect(document.body.innerHTML).toBe(before);
  });

  it('answers pending: null when nothing (or only white space) is selected', () => {
    const own = annotations();
    getSelection()!.removeAllRanges();
    expect(own.select(document, URL)).toEqual({ pending: null });
    const text = document.body.textContent ?? '';
    const gap = text.indexOf('   original');
    getSelection()!.addRange(rangeFromOffsets(document.body, gap, gap + 3)!);
    expect(own.select(document, URL)).toEqual({ pending: null });
    expect(marked('pending')).toEqual([]);
  });

  it('shortens a long quote to 2,000 characters', () => {
    document.body.innerHTML = `<p>${'word '.repeat(1_000)}</p>`;
    const own = annotations();
    const all = document.body.textContent!.trim();
    selectText(all);
    const picked = own.select(document, URL) as { pending: string; quote: string };
    expect(picked.quote).toHaveLength(2_000);
    expect(picked.quote.endsWith('…')).toBe(true);
    expect(own.pending(picked.pending)?.quote).toBe(picked.quote);
  });

  it('adds the comment: an annotation anchored in the page text, highlighted as the reader’s', () => {
    const own = annotations();
    const before = document.body.textContent;
    const id = pick(own, 'South Front, 2020');
    expect(own.add(document, id, '  Kept the copyright line.  ')).toEqual({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
    });
    const [note, ...rest] = own.list(URL);
    expect(rest).toEqual([]);
    const at = (before ?? '').indexOf('South Front, 2020');
    expect(note).toEqual({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      motivation: 'commenting',
      created: '2024-05-01T12:00:00.000Z',
      creator: 'user',
      target: {
        source: URL,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'South Front, 2020',
            prefix: (before ?? '').slice(at - 32, at),
            suffix: (before ?? '').slice(at + 17, at + 49),
          },
          { type: 'TextPositionSelector', start: at, end: at + 17 },
        ],
      },
      body: 'Kept the copyright line.',
      evidence: null,
    });
    expect(marked('note').join('')).toBe('South Front, 2020');
    expect(marked('pending')).toEqual([]);
    expect(document.body.textContent).toBe(before);
    expect(getSelection()!.rangeCount).toBe(0);
    // It is no longer pending: a second Save of the same window adds nothing.
    expect(own.pending(id)).toBeNull();
    expect(() => own.add(document, id, 'again')).toThrow('no-pending');
    expect(own.list(URL)).toHaveLength(1);
    // It goes into a capture as it is.
    const capture = makeCapture({
      url: URL,
      report: sampleReport({ url: URL }),
      annotations: [note!],
    });
    expect(validateCapture(capture).ok).toBe(true);
  });

  it('drops a pending annotation and its highlight, keeping nothing', () => {
    const own = annotations();
    const id = pick(own, 'Storm closes');
    expect(own.drop(document, id)).toBeNull();
    expect(own.pending(id)).toBeNull();
    expect(marked('pending')).toEqual([]);
    expect(() => own.add(document, id, 'too late')).toThrow('no-pending');
    expect(own.list(URL)).toEqual([]);
    // Dropping again (or an id never made) is harmless.
    expect(own.drop(document, id)).toBeNull();
  });

  it('refuses an id it did not make', () => {
    const own = annotations();
    pick(own, 'Storm closes');
    const foreign = '9a4b1c2d-0000-4000-8000-000000000001';
    expect(own.pending(foreign)).toBeNull();
    expect(() => own.add(document, foreign, 'forged')).toThrow('no-pending');
    expect(own.list(URL)).toEqual([]);
    expect(marked('pending')).toEqual(['Storm closes']);
  });

  it('keeps every note highlighted, and "Show on page" leaves them alone', () => {
    const own = annotations();
    const first = pick(own, 'Storm closes');
    const second = pick(own, 'Copyright ©');
    expect(marked('pending')).toEqual(['Storm closes', 'Copyright ©']);
    own.add(document, second, 'second');
    own.add(document, first, 'first');
    expect(marked('note')).toEqual(['Storm closes', 'Copyright ©']);
    expect(marked('pending')).toEqual([]);
    expect(own.list(URL).map((a) => a.body)).toEqual(['second', 'first']);
    highlightQuote(document, { text: 'original source of this article', position: null });
    clearHighlights(document);
    expect(marked('note')).toEqual(['Storm closes', 'Copyright ©']);
  });

  it('keeps a few pending at most, forgetting the oldest', () => {
    const own = annotations();
    const ids = Array.from({ length: 10 }, () => pick(own, 'Storm'));
    expect(ids.map((id) => own.pending(id) !== null)).toEqual([
      false,
      false,
      ...Array(8).fill(true),
    ]);
  });

  it('lists only the notes made at the address asked for', () => {
    const own = annotations();
    own.add(document, pick(own, 'Storm'), 'on the first article');
    expect(own.list(URL)).toHaveLength(1);
    expect(own.list('https://news.example/next-story')).toEqual([]);
  });
});
