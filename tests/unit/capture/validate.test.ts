import { describe, expect, it } from 'vitest';
import { type Capture, validateCapture } from '../../../src/capture';
import { schemaErrors } from '../helpers/schema';
import { originalCapture, sampleCapture } from './sample';

type Mutable = Record<string, unknown> & { report: Record<string, unknown> };

/** A deep copy to break, as a plain JSON object. */
function broken(edit: (c: Mutable) => void): unknown {
  const c = JSON.parse(JSON.stringify(sampleCapture())) as Mutable;
  edit(c);
  return c;
}

const annotation = (c: Mutable, i = 0) => (c.annotations as Array<Record<string, unknown>>)[i]!;

describe('validateCapture', () => {
  it.each([
    ['the seed cross-post', sampleCapture()],
    ['an original article without screenshot', originalCapture()],
  ])('accepts %s', (_name, capture: Capture) => {
    const r = validateCapture(capture);
    expect(r.ok).toBe(true);
    // The embedded report also satisfies the report contract's own schema.
    expect(schemaErrors(capture.report)).toEqual([]);
  });

  it('accepts a capture after a JSON round trip (what a message or a file delivers)', () => {
    expect(validateCapture(JSON.parse(JSON.stringify(sampleCapture()))).ok).toBe(true);
  });

  it.each([
    ['null', null, 'capture must be an object'],
    ['a list', [], 'capture must be an object'],
    ['a string', 'capture', 'capture must be an object'],
    ['a missing field', broken((c) => delete c.note), 'capture is missing "note"'],
    ['an unknown field', broken((c) => (c.extra = 1)), 'capture has an unknown field "extra"'],
    ['a bad id', broken((c) => (c.id = '../etc/passwd')), 'capture.id must be'],
    ['a newer version', broken((c) => (c.version = 2)), 'capture.version must be 1'],
    [
      'a javascript: url',
      broken((c) => (c.url = 'javascript:alert(1)')),
      'capture.url must be an http(s) address',
    ],
    ['a relative url', broken((c) => (c.url = '/page')), 'capture.url must be an http(s) address'],
    [
      'a non-ISO savedAt',
      broken((c) => (c.savedAt = 'yesterday')),
      'capture.savedAt must be an ISO 8601 date-time',
    ],
    [
      'a wrong report schema',
      broken((c) => (c.report.schema = 'x')),
      'capture.report.schema must be "provenance-report/1"',
    ],
    [
      'an unknown status',
      broken((c) => (c.report.status = 'copied')),
      'capture.report.status must be one of',
    ],
    [
      'an empty chain',
      broken((c) => (c.report.chain = [])),
      'capture.report.chain must hold at least the host',
    ],
    [
      'a one-hop cross-post',
      broken((c) => (c.report.chain = (c.report.chain as unknown[]).slice(0, 1))),
      'must have two hops or more for a cross-post',
    ],
    [
      'a hop with a javascript: url',
      broken((c) => ((c.report.chain as Array<Record<string, unknown>>)[1]!.url = 'javascript:x')),
      'capture.report.chain[1].url must be an http(s) address or null',
    ],
    [
      'a hop with a bad date',
      broken((c) => ((c.report.chain as Array<Record<string, unknown>>)[1]!.date = '21/01/2020')),
      'capture.report.chain[1].date must be an ISO 8601 date',
    ],
    [
      'an unknown requirement',
      broken((c) => ((c.report.republishing as Record<string, unknown>).requires = ['pay-us'])),
      'capture.report.republishing.requires[0] must be one of',
    ],
    [
      'a non-PNG screenshot',
      broken(
        (c) => ((c.screenshot as Record<string, unknown>).dataUrl = 'data:text/html;base64,PHA+'),
      ),
      'capture.screenshot.dataUrl must be a base64 PNG data URL',
    ],
    [
      'a screenshot with broken base64',
      broken(
        (c) => ((c.screenshot as Record<string, unknown>).dataUrl = 'data:image/png;base64,abc'),
      ),
      'capture.screenshot.dataUrl must be a base64 PNG data URL',
    ],
    [
      'a zero-width screenshot',
      broken((c) => ((c.screenshot as Record<string, unknown>).width = 0)),
      'capture.screenshot.width',
    ],
    ['an empty tag', broken((c) => (c.tags = ['ok', ' '])), 'capture.tags[1] must not be empty'],
    [
      'a non-IRI annotation id',
      broken((c) => (annotation(c).id = 'not an iri')),
      'capture.annotations[0].id must be an absolute IRI',
    ],
    [
      'a repeated annotation id',
      broken((c) => (annotation(c, 1).id = annotation(c, 0).id)),
      'capture.annotations[1].id repeats',
    ],
    [
      'an unknown motivation',
      broken((c) => (annotation(c).motivation = 'liking')),
      'capture.annotations[0].motivation must be one of',
    ],
    [
      'a comment without text',
      broken((c) => {
        const a = annotation(c, 3);
        a.body = '  ';
      }),
      'capture.annotations[3].body must hold the comment',
    ],
    [
      'a target on another page',
      broken(
        (c) => ((annotation(c).target as Record<string, unknown>).source = 'https://evil.example/'),
      ),
      "capture.annotations[0].target.source must be the capture's url",
    ],
    [
      'selectors in the wrong order',
      broken((c) => {
        const t = annotation(c).target as { selector: unknown[] };
        t.selector.reverse();
      }),
      'capture.annotations[0].target.selector[0]',
    ],
    [
      'an empty quote',
      broken(
        (c) =>
          ((annotation(c).target as { selector: Array<Record<string, unknown>> })
            .selector[0]!.exact = ''),
      ),
      'capture.annotations[0].target.selector[0].exact must not be empty',
    ],
    [
      'a position that ends before it starts',
      broken((c) => {
        const pos = (annotation(c).target as { selector: Array<Record<string, unknown>> })
          .selector[1]!;
        pos.end = pos.start;
      }),
      'capture.annotations[0].target.selector[1].end must be a whole number of at least',
    ],
  ])('rejects %s with a clear message', (_name, input, message) => {
    const r = validateCapture(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.error).not.toMatch(/\n/);
    }
  });

  it('returns an error instead of throwing on a hostile object', () => {
    const hostile = broken(() => {}) as Record<string, unknown>;
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = validateCapture(hostile);
    expect(r).toEqual({ ok: false, error: 'capture could not be read: Error: boom' });
  });

  it('allows report fields added after version 1 of the contract', () => {
    const c = broken((x) => (x.report.readingTime = 4));
    expect(validateCapture(c).ok).toBe(true);
  });
});
