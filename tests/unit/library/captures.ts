/**
 * Captures for the library tests: a fixture page analysed as the extension would, and the
 * seed page's sample report, each saved at a given time under repeatable ids.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Capture, makeCapture } from '../../../src/capture';
import { analyzeHtml } from '../../../src/index';
import type { Report } from '../../../src/report';
import { counterIds, PAGE_TEXT, PAGE_URL, sampleReport } from '../capture/sample';
import { DOMS } from '../helpers/dom';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/cc-republished-from');
export const FIXTURE_URL = readFileSync(resolve(FIXTURE, 'url'), 'utf8').trim();
const FIXTURE_HTML = readFileSync(resolve(FIXTURE, 'source.html'), 'utf8');

let cached: Report | null = null;

/** The fixture's report, analysed once. */
export function reportOfFixture(): Report {
  cached ??= analyzeHtml(FIXTURE_HTML, {
    url: FIXTURE_URL,
    includeContent: true,
    parse: DOMS.linkedom,
  });
  return cached;
}

/** The fixture page (Global Voices republished by Asia Pacific Observer), saved at `savedAt`. */
export function fixtureCapture(
  savedAt: string,
  prefix = 'a',
  extra: Partial<Capture> = {},
): Capture {
  const capture = makeCapture(
    {
      url: FIXTURE_URL,
      report: reportOfFixture(),
      snapshot: { html: FIXTURE_HTML, omitted: [] },
      pageText: DOMS.linkedom(FIXTURE_HTML).body.textContent,
      tags: ['myanmar', 'education'],
    },
    { now: new Date(savedAt), newId: counterIds(prefix), parse: DOMS.linkedom },
  );
  return { ...capture, ...extra };
}

/** The seed page (Global Research republishing South Front), saved at `savedAt`. */
export function seedCapture(savedAt: string, prefix = 'b', extra: Partial<Capture> = {}): Capture {
  const capture = makeCapture(
    {
      url: PAGE_URL,
      report: sampleReport(),
      snapshot: { html: `<html><body><pre>${PAGE_TEXT}</pre></body></html>`, omitted: [] },
      pageText: PAGE_TEXT,
      note: 'Ask South Front about the licence.',
      tags: ['Syria'],
    },
    { now: new Date(savedAt), newId: counterIds(prefix) },
  );
  return { ...capture, ...extra };
}
