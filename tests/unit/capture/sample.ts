import { type Capture, type CaptureInput, makeCapture } from '../../../src/capture';
import type { Evidence, Report } from '../../../src/report';

/** The seed page's text, abridged: Global Research republishing South Front. */
export const PAGE_TEXT = [
  'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
  'By South Front',
  'Global Research, January 22, 2020',
  'South Front 21 January 2020',
  '46 Syrian service members have been killed and 77 were wounded in recent clashes.',
  'The original source of this article is South Front',
  'Copyright ©   South Front, South Front, 2020',
  'The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged together with a hyperlink to the original Global Research article.',
].join('\n');

export const PAGE_URL = 'https://www.globalresearch.ca/video-dozens-army-troops-killed/5701234';

function at(text: string): { start: number; end: number } {
  const start = PAGE_TEXT.indexOf(text);
  if (start < 0) throw new Error(`not in sample text: ${text}`);
  return { start, end: start + text.length };
}

const ORIGINAL_SOURCE: Evidence = {
  kind: 'original-source',
  text: 'The original source of this article is South Front',
  source: 'text',
  position: at('The original source of this article is South Front'),
  strength: 'strong',
};
// As the detectors store it: whitespace collapsed, so it differs from the page text.
const COPYRIGHT: Evidence = {
  kind: 'copyright',
  text: 'Copyright © South Front, South Front, 2020',
  source: 'text',
};
const TERMS_TEXT =
  'The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged together with a hyperlink to the original Global Research article.';

/** A report as the analyser gives it for the seed page read at Global Research. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schema: 'provenance-report/1',
    url: PAGE_URL,
    status: 'cross-post',
    article: {
      title: 'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
      byline: 'South Front',
      siteName: 'Global Research',
      publishedTime: '2020-01-22',
      lang: 'en',
      excerpt: '46 Syrian service members have been killed and 77 were wounded.',
    },
    chain: [
      {
        role: 'host',
        publisher: 'Global Research',
        domain: 'globalresearch.ca',
        url: PAGE_URL,
        date: '2020-01-22',
        evidence: [],
      },
      {
        role: 'original',
        publisher: 'South Front',
        domain: 'southfront.org',
        url: null,
        date: '2020-01-21',
        evidence: [ORIGINAL_SOURCE],
      },
    ],
    copyright: [
      {
        text: 'Copyright © South Front, South Front, 2020',
        holders: ['South Front'],
        year: 2020,
        scope: 'article',
      },
    ],
    license: null,
    attribution: { sourceNamed: true, copyrightKept: true, originalLinked: false },
    republishing: {
      text: TERMS_TEXT,
      requires: ['credit-source', 'keep-copyright', 'link-original'],
    },
    evidence: [
      ORIGINAL_SOURCE,
      COPYRIGHT,
      { kind: 'og-url', text: PAGE_URL, source: 'meta' },
      { kind: 'republishing-terms', text: TERMS_TEXT, source: 'text' },
    ],
    summary: 'A cross-post: South Front published this article first.',
    ...overrides,
  };
}

/** Repeatable UUIDs: 00000000-0000-4000-8000-000000000001, …02, … */
export function counterIds(prefix = '0'): () => string {
  let n = 0;
  return () => `${prefix.repeat(8)}-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

// A 1×1 transparent PNG.
export const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const SAVED_AT = new Date('2024-05-01T12:34:56.789Z');

/** A full capture of the seed page, with a user comment and tags. */
export function sampleCapture(input: Partial<CaptureInput> = {}, ids = counterIds()): Capture {
  const report = input.report ?? sampleReport();
  const quote = 'Copyright ©   South Front, South Front, 2020';
  const pos = at(quote);
  return makeCapture(
    {
      url: PAGE_URL,
      report,
      articleHtml: '<p>46 Syrian service members have been killed.</p>',
      snapshot: {
        html: '<!DOCTYPE html>\n<html><head><title>Seed</title></head><body><h1>Video</h1><p>The original source of this article is South Front</p></body></html>',
        omitted: ['script elements (4)'],
      },
      screenshot: { dataUrl: PNG_1X1, width: 1, height: 1 },
      pageText: PAGE_TEXT,
      note: 'Check whether South Front allows this.\nAsked them on 2024-05-02.',
      tags: ['syria', 'cross-post', ' Syria '],
      annotations: [
        {
          id: `urn:uuid:${ids()}`,
          motivation: 'commenting',
          created: SAVED_AT.toISOString(),
          creator: 'user',
          target: {
            source: PAGE_URL,
            selector: [
              { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: pos.start, end: pos.end },
            ],
          },
          body: 'Copyright kept, but no link to the original.',
          evidence: null,
        },
      ],
      ...input,
    },
    { now: SAVED_AT, newId: ids },
  );
}

/** The same seed page saved as an original article at its own site. */
export function originalCapture(ids = counterIds('1')): Capture {
  const url = 'https://southfront.org/dozens-army-troops-killed/';
  return makeCapture(
    {
      url,
      report: sampleReport({
        url,
        status: 'original',
        article: {
          title: 'Dozens Army Troops Killed',
          byline: 'By Jane Doe and John van der Berg',
          siteName: 'South Front',
          publishedTime: '2020-01-21T09:00:00+03:00',
          lang: 'en',
        },
        chain: [
          {
            role: 'host',
            publisher: 'South Front',
            domain: 'southfront.org',
            url,
            date: null,
            evidence: [],
          },
        ],
        attribution: null,
        republishing: null,
        evidence: [],
      }),
    },
    { now: new Date('2024-05-02T08:00:00Z'), newId: ids },
  );
}
