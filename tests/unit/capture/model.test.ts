import { describe, expect, it } from 'vitest';
import {
  CAPTURE_FORMAT_VERSION,
  makeCapture,
  normaliseTags,
  validateCapture,
} from '../../../src/capture';
import { CONTEXT_CHARS, evidenceSelectors, locate } from '../../../src/capture/model/anchor';
import { DOMS } from '../helpers/dom';
import { counterIds, PAGE_TEXT, PAGE_URL, SAVED_AT, sampleCapture, sampleReport } from './sample';

describe('makeCapture', () => {
  const capture = sampleCapture();

  it('builds a valid capture of this format version', () => {
    expect(capture.version).toBe(CAPTURE_FORMAT_VERSION);
    expect(capture.savedAt).toBe(SAVED_AT.toISOString());
    expect(capture.title).toBe('Video: Dozens Army Troops Killed, Injured in Idlib Clashes');
    expect(validateCapture(capture)).toEqual({ ok: true, value: capture });
  });

  it('turns on-page evidence into identifying annotations, skipping meta evidence', () => {
    const evidence = capture.annotations.filter((a) => a.evidence);
    expect(evidence.map((a) => a.evidence?.kind)).toEqual([
      'original-source',
      'copyright',
      'republishing-terms',
    ]);
    for (const a of evidence) {
      expect(a.motivation).toBe('identifying');
      expect(a.creator).toBe('extension');
      expect(a.target.source).toBe(PAGE_URL);
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    }
  });

  it('anchors evidence with exact text, prefix, suffix and a checked position', () => {
    const original = capture.annotations.find((a) => a.evidence?.kind === 'original-source')!;
    const [quote, pos] = original.target.selector;
    expect(quote.exact).toBe('The original source of this article is South Front');
    expect(PAGE_TEXT.slice(pos!.start, pos!.end)).toBe(quote.exact);
    expect(quote.prefix).toBe(PAGE_TEXT.slice(pos!.start - CONTEXT_CHARS, pos!.start));
    expect(quote.suffix).toBe(PAGE_TEXT.slice(pos!.end, pos!.end + CONTEXT_CHARS));
  });

  it('finds whitespace-collapsed evidence in the page text and quotes the page as it is', () => {
    const copyright = capture.annotations.find((a) => a.evidence?.kind === 'copyright')!;
    const [quote, pos] = copyright.target.selector;
    expect(quote.exact).toBe('Copyright ©   South Front, South Front, 2020');
    expect(PAGE_TEXT.slice(pos!.start, pos!.end)).toBe(quote.exact);
  });

  it('keeps the evidence once when the report repeats it in a hop', () => {
    const kinds = capture.annotations.filter((a) => a.evidence?.kind === 'original-source');
    expect(kinds).toHaveLength(1);
  });

  it('keeps the user annotations after the evidence, and tidies the tags', () => {
    expect(capture.annotations.at(-1)?.creator).toBe('user');
    expect(capture.tags).toEqual(['syria', 'cross-post']);
  });

  it('without page text quotes the evidence as stored and keeps its offsets', () => {
    const c = makeCapture(
      { url: PAGE_URL, report: sampleReport() },
      { newId: counterIds(), now: SAVED_AT },
    );
    const original = c.annotations.find((a) => a.evidence?.kind === 'original-source')!;
    expect(original.target.selector).toHaveLength(2);
    expect(original.target.selector[0]).toMatchObject({ prefix: '', suffix: '' });
    const copyright = c.annotations.find((a) => a.evidence?.kind === 'copyright')!;
    expect(copyright.target.selector).toHaveLength(1);
    expect(c.snapshot.omitted).toEqual(['page snapshot not taken']);
    expect(validateCapture(c).ok).toBe(true);
  });

  it('sanitises article and snapshot HTML when given a parser, and says what it removed', () => {
    const c = makeCapture(
      {
        url: PAGE_URL,
        report: sampleReport(),
        articleHtml: '<p onclick="x()">Text</p><script>alert(1)</script>',
        snapshot: {
          html: '<html><body><iframe src="https://ads.example/"></iframe><p>Hi</p></body></html>',
          omitted: [],
        },
      },
      { parse: DOMS.linkedom, newId: counterIds(), now: SAVED_AT },
    );
    expect(c.articleHtml).toBe('<p>Text</p>');
    expect(c.snapshot.html).not.toContain('iframe');
    expect(c.snapshot.omitted).toEqual(['embedded frames (1)']);
  });

  it('uses fresh random UUIDs by default', () => {
    const a = makeCapture({ url: PAGE_URL, report: sampleReport() });
    const b = makeCapture({ url: PAGE_URL, report: sampleReport() });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('evidence anchoring', () => {
  it.each([
    ['meta evidence', { kind: 'og-url', text: PAGE_URL, source: 'meta' }, null],
    [
      'json-ld evidence',
      { kind: 'json-ld-publisher', text: 'South Front', source: 'json-ld' },
      null,
    ],
    ['blank text', { kind: 'copyright', text: '   ', source: 'text' }, null],
  ] as const)('gives no selector for %s', (_name, ev, expected) => {
    expect(evidenceSelectors({ ...ev }, PAGE_TEXT)).toBe(expected);
  });

  it('ignores a stale position and finds the words instead', () => {
    const range = locate(PAGE_TEXT, 'South Front 21 January 2020', { start: 0, end: 10 });
    expect(range && PAGE_TEXT.slice(range.start, range.end)).toBe('South Front 21 January 2020');
  });

  it('treats regular-expression characters in evidence as plain text', () => {
    expect(locate('cost (approx.) $5+', '(approx.) $5+', null)).toEqual({ start: 5, end: 18 });
    expect(locate('nothing here', 'a.*', null)).toBeNull();
  });

  it('quotes unfound text evidence without offsets rather than dropping it', () => {
    const sel = evidenceSelectors(
      { kind: 'via', text: 'Via Elsewhere', source: 'text' },
      PAGE_TEXT,
    );
    expect(sel).toEqual([
      { type: 'TextQuoteSelector', exact: 'Via Elsewhere', prefix: '', suffix: '' },
    ]);
  });
});

describe('normaliseTags', () => {
  it.each([
    [['a', 'A', ' a '], ['a']],
    [['', '  '], []],
    [['two  words'], ['two words']],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });
});
