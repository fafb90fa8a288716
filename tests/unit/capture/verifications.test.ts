// Checks against the original travel with a capture: kept in `verifications` (the latest also
// as `report.verification`), validated strictly, and carried by every export that has room.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type Capture,
  fromJson,
  risRecord,
  toCslItem,
  toJson,
  toStandaloneHtml,
  toWacz,
  validateCapture,
} from '../../../src/capture';
import { reportUri } from '../../../src/capture/archive/archive';
import { describeCheck } from '../../../src/capture/citation/provenance-text';
import { withChecks } from '../../../src/capture/model/model';
import type { Verification } from '../../../src/report';
import { DOMS } from '../helpers/dom';
import { schemaErrors } from '../helpers/schema';
import { parseWarc } from './archive-reader';
import { counterIds, sampleCapture } from './sample';

const ORIGINAL = 'https://southfront.org/video-dozens-army-troops-killed/';

/** A check as `verifyAgainst` gives it. */
function sameText(over: Partial<Verification> = {}): Verification {
  return {
    url: ORIGINAL,
    finalUrl: ORIGINAL,
    checkedAt: '2024-05-01T12:00:00.000Z',
    status: 'same-text',
    containment: 0.94,
    coverage: 0.881,
    original: {
      title: 'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
      publisher: 'South Front',
      publishedTime: '2020-01-21',
    },
    dateOrder: 'original-first',
    error: null,
    unmatched: [{ start: 0, end: 42 }],
    ...over,
  };
}

const NOT_FOUND: Verification = {
  url: 'https://southfront.org/gone',
  finalUrl: 'https://southfront.org/gone',
  checkedAt: '2024-05-01T12:20:00.000Z',
  status: 'unreachable',
  containment: null,
  coverage: null,
  original: null,
  dateOrder: 'unknown',
  error: 'http-404',
};

const checked = (): Capture => withChecks(sampleCapture(), [sameText(), NOT_FOUND]);

type Mutable = Record<string, unknown>;

/** A checked capture as plain JSON, broken by `edit`. */
function broken(edit: (c: Mutable, check: Mutable) => void): unknown {
  const c = JSON.parse(JSON.stringify(checked())) as Mutable;
  edit(c, (c.verifications as Mutable[])[0] as Mutable);
  return c;
}

describe('withChecks', () => {
  it('adds the checks oldest first, the latest as the report’s verification', () => {
    const c = withChecks(sampleCapture(), [NOT_FOUND, sameText()]);
    expect(c.verifications).toEqual([sameText(), NOT_FOUND]);
    expect(c.report.verification).toEqual(NOT_FOUND);
  });

  it('adds to the checks a capture carries and never drops or repeats one', () => {
    const first = withChecks(sampleCapture(), [sameText()]);
    const later = sameText({ checkedAt: '2024-05-03T08:00:00.000Z', containment: 0.9 });
    const again = withChecks(first, [sameText(), later]);
    expect(again.verifications).toEqual([sameText(), later]);
    expect(again.report.verification).toEqual(later);
    expect(first.verifications).toEqual([sameText()]);
  });

  it('leaves a capture without checks as it was: no field, no verification', () => {
    const c = sampleCapture();
    expect(withChecks(c, [])).toBe(c);
    expect('verifications' in c).toBe(false);
  });

  it('is what makeCapture does with checks given', () => {
    const c = sampleCapture({ verifications: [sameText()] });
    expect(c.verifications).toEqual([sameText()]);
    expect(c.report.verification).toEqual(sameText());
  });
});

describe('validating checks', () => {
  it('accepts a capture with checks, and its report still meets the contract', () => {
    const c = checked();
    expect(validateCapture(c)).toEqual({ ok: true, value: c });
    expect(validateCapture(JSON.parse(JSON.stringify(c))).ok).toBe(true);
    expect(schemaErrors(c.report)).toEqual([]);
  });

  it('accepts captures saved before checks existed, and a report whose verification is null', () => {
    expect(validateCapture(sampleCapture()).ok).toBe(true);
    const c = sampleCapture();
    expect(validateCapture({ ...c, report: { ...c.report, verification: null } }).ok).toBe(true);
  });

  it.each([
    ['not a list', broken((c) => (c.verifications = {})), 'capture.verifications must be a list'],
    [
      'an unknown field',
      broken((_c, v) => (v.html = '<img src=x onerror=alert(1)>')),
      'capture.verifications[0] has an unknown field "html"',
    ],
    [
      'a missing field',
      broken((_c, v) => delete v.dateOrder),
      'capture.verifications[0] is missing "dateOrder"',
    ],
    [
      'an unknown status',
      broken((_c, v) => (v.status = 'verified')),
      'capture.verifications[0].status must be one of',
    ],
    [
      'a javascript: address',
      broken((_c, v) => (v.url = 'javascript:alert(1)')),
      'capture.verifications[0].url must be an http(s) address',
    ],
    [
      'a data: final address',
      broken((_c, v) => (v.finalUrl = 'data:text/html,<script>alert(1)</script>')),
      'capture.verifications[0].finalUrl must be an http(s) address',
    ],
    [
      'an address with a password',
      broken((_c, v) => (v.url = 'https://bank.example:pw@evil.example/')),
      'capture.verifications[0].url must be an http(s) address',
    ],
    [
      'a share above 1',
      broken((_c, v) => (v.containment = 1.5)),
      'capture.verifications[0].containment must be a number from 0 to 1',
    ],
    [
      'a negative share',
      broken((_c, v) => (v.coverage = -0.1)),
      'capture.verifications[0].coverage must be a number from 0 to 1',
    ],
    [
      'a share as a string',
      broken((_c, v) => (v.coverage = '90%')),
      'capture.verifications[0].coverage must be a number from 0 to 1',
    ],
    [
      'a date that is not ISO',
      broken((_c, v) => (v.checkedAt = 'yesterday')),
      'capture.verifications[0].checkedAt must be an ISO 8601 date-time',
    ],
    [
      "an original's date that is not ISO",
      broken((_c, v) => ((v.original as Mutable).publishedTime = '21/01/2020')),
      'capture.verifications[0].original.publishedTime must be an ISO 8601 date',
    ],
    [
      'an unknown field in the original',
      broken((_c, v) => ((v.original as Mutable).url = 'javascript:alert(1)')),
      'capture.verifications[0].original has an unknown field "url"',
    ],
    [
      'an unknown date order',
      broken((_c, v) => (v.dateOrder = 'later')),
      'capture.verifications[0].dateOrder must be one of',
    ],
    [
      'an error on a check that got an answer',
      broken((_c, v) => (v.error = 'timeout')),
      'capture.verifications[0].error must be null unless the original was unreachable',
    ],
    [
      'an unknown error',
      broken((c) => (((c.verifications as Mutable[])[1] as Mutable).error = 'http-4044')),
      'capture.verifications[1].error must be one of',
    ],
    [
      'an unmatched range running backwards',
      broken((_c, v) => (v.unmatched = [{ start: 9, end: 3 }])),
      'capture.verifications[0].unmatched[0].end must be a whole number of at least 9',
    ],
    [
      "a hostile report's verification",
      broken((c) => ((c.report as Mutable).verification = { url: 'javascript:alert(1)' })),
      'capture.report.verification is missing',
    ],
    [
      "a report's verification with a bad address",
      broken(
        (c) =>
          ((c.report as Mutable).verification = { ...sameText(), finalUrl: 'vbscript:msgbox' }),
      ),
      'capture.report.verification.finalUrl must be an http(s) address',
    ],
  ])('refuses %s', (_name, value, message) => {
    const r = validateCapture(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('describeCheck', () => {
  it.each([
    [
      sameText(),
      'Checked against the original (South Front, https://southfront.org/video-dozens-army-troops-killed/) on 1 May 2024: same text, 94% of this copy in the original and 88% of the original in this copy; the original was published first.',
    ],
    [
      NOT_FOUND,
      'Checked against the original (https://southfront.org/gone) on 1 May 2024: the original could not be reached (HTTP 404).',
    ],
    [
      { ...NOT_FOUND, error: 'timeout' as const },
      'Checked against the original (https://southfront.org/gone) on 1 May 2024: the original could not be reached (no answer in 10 seconds).',
    ],
    [
      sameText({
        status: 'excerpt',
        coverage: 0.3,
        dateOrder: 'copy-first',
        original: { title: null, publisher: 'South\n\nFront', publishedTime: null },
      }),
      'Checked against the original (South Front, https://southfront.org/video-dozens-army-troops-killed/) on 1 May 2024: this copy carries part of the original, 94% of this copy in the original and 30% of the original in this copy; this copy is dated before the original.',
    ],
  ])('%#: one sentence', (check, text) => {
    expect(describeCheck(check)).toBe(text);
  });
});

describe('exports carry the checks', () => {
  it('JSON: whole, and read back the same', () => {
    const c = checked();
    const file = JSON.parse(toJson([c]));
    expect(file.captures[0].verifications).toEqual([sameText(), NOT_FOUND]);
    expect(file.captures[0].report.verification).toEqual(NOT_FOUND);
    expect(fromJson(toJson([c]))).toEqual({ ok: true, value: [c] });
  });

  it('JSON: a file with a hostile check is not imported', () => {
    const file = JSON.parse(toJson([checked()]));
    file.captures[0].verifications[0].url = 'javascript:alert(1)';
    const r = fromJson(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('verifications[0].url must be an http(s) address');
  });

  it('WACZ: the provenance record holds the checks with the report', async () => {
    const c = checked();
    const zip = await toWacz([c], { gzip: false, newId: counterIds('a') });
    const records = parseWarc(unzipSync(zip)['archive/data.warc']!);
    const record = records.find((r) => r.fields.get('WARC-Target-URI') === reportUri(c))!;
    const data = JSON.parse(strFromU8(record.block));
    expect(data.verifications).toEqual([sameText(), NOT_FOUND]);
    expect(data.report.verification).toEqual(NOT_FOUND);
  });

  it('standalone HTML: a line per check in the provenance panel, escaped', () => {
    const hostile = sameText({
      original: { title: null, publisher: '<img src=x onerror=alert(1)>', publishedTime: null },
    });
    const c = withChecks(sampleCapture(), [hostile, NOT_FOUND]);
    const doc = DOMS.jsdom(toStandaloneHtml(c, { parse: DOMS.linkedom }));
    const section = [...doc.querySelectorAll('.panel section')].find(
      (s) => s.querySelector('h2')?.textContent === 'Checked against the original',
    );
    const lines = [...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(lines).toEqual([describeCheck(hostile), describeCheck(NOT_FOUND)]);
    expect(section?.querySelector('img')).toBeNull();
    expect(doc.querySelector('.panel img:not(.screenshot)')).toBeNull();
  });

  it('standalone HTML: no section without checks', () => {
    expect(toStandaloneHtml(sampleCapture())).not.toContain('Checked against the original');
  });

  it('CSL-JSON: one sentence per check in the note, before the researcher’s own', () => {
    const note = toCslItem(checked()).note ?? '';
    const paragraphs = note.split('\n\n');
    expect(paragraphs).toContain(describeCheck(sameText()));
    expect(paragraphs).toContain(describeCheck(NOT_FOUND));
    expect(paragraphs.indexOf(describeCheck(NOT_FOUND))).toBeLessThan(
      paragraphs.findIndex((p) => p.startsWith('Check whether South Front')),
    );
    expect(toCslItem(sampleCapture()).note).not.toContain('Checked against');
  });

  it('RIS: one N1 line per check', () => {
    const ris = risRecord(checked());
    const n1 = ris.split('\r\n').filter((l) => l.startsWith('N1  - Checked against'));
    expect(n1).toEqual([`N1  - ${describeCheck(sameText())}`, `N1  - ${describeCheck(NOT_FOUND)}`]);
  });

  it('a capture without a list shows the report’s own verification', () => {
    const c = sampleCapture();
    const only = { ...c, report: { ...c.report, verification: sameText() } };
    expect(toCslItem(only).note).toContain(describeCheck(sameText()));
  });
});
