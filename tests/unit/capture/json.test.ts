import { describe, expect, it } from 'vitest';
import { CAPTURE_FORMAT_VERSION, CAPTURES_FORMAT, fromJson, toJson } from '../../../src/capture';
import { originalCapture, sampleCapture } from './sample';

const NOW = new Date('2024-06-01T00:00:00Z');

describe('toJson', () => {
  it('writes the file header and every capture', () => {
    const file = JSON.parse(toJson([sampleCapture(), originalCapture()], { now: NOW }));
    expect(file.format).toBe(CAPTURES_FORMAT);
    expect(file.version).toBe(CAPTURE_FORMAT_VERSION);
    expect(file.exportedAt).toBe('2024-06-01T00:00:00.000Z');
    expect(file.captures).toHaveLength(2);
  });
});

describe('fromJson', () => {
  it.each([
    ['no captures', []],
    ['one capture', [sampleCapture()]],
    ['two captures', [sampleCapture(), originalCapture()]],
  ])('round-trips %s to deep-equal captures', (_name, captures) => {
    const r = fromJson(toJson(captures, { now: NOW }));
    expect(r).toEqual({ ok: true, value: captures });
  });

  it('reads a file with a byte order mark and Windows line endings', () => {
    const text = `\uFEFF${toJson([sampleCapture()]).replace(/\n/g, '\r\n')}`;
    expect(fromJson(text).ok).toBe(true);
  });

  const valid = JSON.parse(toJson([sampleCapture()], { now: NOW }));
  const variant = (edit: (f: Record<string, unknown>) => void) => {
    const f = structuredClone(valid);
    edit(f);
    return JSON.stringify(f);
  };

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['whitespace', ' \n\t ', 'The file is empty.'],
    ['truncated JSON', toJson([sampleCapture()]).slice(0, 200), 'The file is not valid JSON'],
    ['not JSON at all', 'PK\u0003\u0004 zip bytes', 'The file is not valid JSON'],
    ['a JSON list', '[1,2]', 'Not a Provenance Lens captures file: expected a JSON object.'],
    ['a JSON string', '"hello"', 'Not a Provenance Lens captures file: expected a JSON object.'],
    ['a CSL-JSON file', '[{"id":"a","type":"webpage"}]', 'Not a Provenance Lens captures file'],
    [
      'a foreign object',
      '{"name":"my-package","version":"1.0.0"}',
      'Not a Provenance Lens captures file.',
    ],
    [
      'a web annotation collection',
      '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}',
      'Not a Provenance Lens captures file.',
    ],
    [
      'a foreign format',
      variant((f) => (f.format = 'zotero')),
      'Not a Provenance Lens captures file (its format is "zotero").',
    ],
    [
      'a missing version',
      variant((f) => delete f.version),
      'The captures file has no valid version number.',
    ],
    [
      'a newer version',
      variant((f) => (f.version = 9)),
      'made by a newer Provenance Lens (format version 9)',
    ],
    [
      'captures not a list',
      variant((f) => (f.captures = {})),
      'The captures file has no list of captures.',
    ],
    [
      'a corrupt capture',
      variant(
        (f) => ((f.captures as Array<Record<string, unknown>>)[0]!.url = 'javascript:alert(1)'),
      ),
      'Capture 1 of 1 is invalid: capture.url must be an http(s) address.',
    ],
    [
      'a repeated capture',
      variant((f) => (f.captures as unknown[]).push((f.captures as unknown[])[0])),
      'Captures 1 and 2 have the same id',
    ],
  ])('rejects %s with one clear line', (_name, text, message) => {
    const r = fromJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(message);
      expect(r.error).not.toMatch(/[\r\n]/);
      expect(r.error.length).toBeLessThan(300);
    }
  });
});
