/**
 * Every exporter of src/capture, fed captures of the hostile page set (tests/e2e/pages/hostile):
 * each page analysed as the command line does it, saved as the extension saves it (article and
 * snapshot sanitised by `makeCapture` with a parser), then exported. The snapshot given is the
 * page's raw source, scripts and all: worse than the extension's own snapshot, which has its
 * scripts removed before the sanitiser sees it.
 *
 * Read back, nothing in any export may run or fetch: no script element, no event-handler
 * attribute, no address other than http(s) (links) or data:image (images), the CSP in place;
 * the JSON exports parse and the RIS is strictly one tag per line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze';
import {
  type Capture,
  fromJson,
  makeCapture,
  STANDALONE_CSP,
  toCslJson,
  toJson,
  toRis,
  toStandaloneHtml,
  toWacz,
  toWebAnnotation,
  validateCapture,
} from '../../../src/capture';
import { isDataImage, urlScheme } from '../../../src/capture/safety/url-scheme';
import type { Report } from '../../../src/report';
import { parseWarc } from '../capture/archive-reader';
import { counterIds } from '../capture/sample';
import { DOMS, type DomName } from '../helpers/dom';
import { schemaErrors, unsafeUrls } from '../helpers/schema';

const DIR = resolve(import.meta.dirname, '../../e2e/pages/hostile');
/** forge.html forges messages; it is the security spec's page, not part of the set. */
const PAGES = readdirSync(DIR)
  .filter((f) => f.endsWith('.html') && f !== 'forge.html')
  .sort();
const NOW = new Date('2024-06-02T09:00:00Z');

/**
 * Pages as read from disk, plus what no HTML source can say but a DOM can hold: the disguised
 * addresses with a raw NUL and raw control characters in place of their references (a page's
 * script sets such addresses; here the parser is handed them directly).
 */
function sources(): Array<[string, string]> {
  const out: Array<[string, string]> = PAGES.map((f) => [f, readFileSync(resolve(DIR, f), 'utf8')]);
  const disguised = out.find(([f]) => f === 'disguised-schemes.html')?.[1];
  if (disguised) {
    const raw = disguised
      .replaceAll('&#0;', '\u0000')
      .replaceAll('&#x01;', '\u0001')
      .replaceAll('&#x1F;', '\u001f')
      .replaceAll('&#x09;', '\t')
      .replaceAll('&#x0A;', '\n')
      .replace('href="https://orchardtimes.example/frost"', 'href="java\u0000script:alert(1)"');
    out.push(['disguised-schemes.html (raw NUL and controls)', raw]);
  }
  return out;
}

const figures = {
  pages: 0,
  captures: 0,
  exportsChecked: 0,
  scriptElements: 0,
  handlerAttributes: 0,
  unsafeAddresses: 0,
  rawScriptInText: 0,
};

afterAll(() => {
  console.log(
    `hostile exports: ${figures.pages} pages (${PAGES.length} files), ${figures.captures} captures, ${figures.exportsChecked} exports read back; script elements: ${figures.scriptElements}, event-handler attributes: ${figures.handlerAttributes}, unsafe addresses: ${figures.unsafeAddresses}`,
  );
});

// Attributes that hold an address a click or a load would follow.
const LINK_ATTRS = ['href', 'xlink:href', 'action', 'formaction', 'cite', 'longdesc', 'usemap'];
const LOAD_ATTRS = ['src', 'poster', 'background', 'lowsrc', 'data', 'codebase', 'srcset', 'ping'];
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

interface Problems {
  scripts: string[];
  handlers: string[];
  addresses: string[];
  other: string[];
}

/**
 * What in a document could run or fetch. `strict`: every link must be absolute http(s) (the
 * provenance panel); otherwise relative links and mailto:/tel: may stay (the page snapshot).
 */
function problems(doc: Document, strict: boolean): Problems {
  const p: Problems = { scripts: [], handlers: [], addresses: [], other: [] };
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const name = el.localName.toLowerCase();
    if (name === 'script') p.scripts.push(el.outerHTML.slice(0, 120));
    if (['object', 'embed', 'applet', 'base', 'frame', 'frameset', 'portal'].includes(name)) {
      p.other.push(`<${name}>`);
    }
    if (name === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) {
      p.other.push('meta refresh');
    }
    for (const attr of Array.from(el.attributes)) {
      const local = attr.name.toLowerCase().replace(/^.*:/, '');
      const full = attr.name.toLowerCase();
      if (local.startsWith('on')) p.handlers.push(`<${name} ${attr.name}>`);
      if (full === 'srcdoc' && name !== 'iframe') p.other.push(`<${name} srcdoc>`);
      if (LINK_ATTRS.includes(full) || local === 'href') {
        const scheme = urlScheme(attr.value);
        const ok = strict
          ? scheme === 'http' || scheme === 'https'
          : scheme === null || LINK_SCHEMES.has(scheme);
        if (!ok) p.addresses.push(`<${name} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
      if (LOAD_ATTRS.includes(local) && !isDataImage(attr.value)) {
        p.addresses.push(`<${name} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
      if (
        local === 'style' &&
        /url\s*\((?!\s*['"]?\s*data:image\/)|javascript:|expression\s*\(/i.test(attr.value)
      ) {
        p.addresses.push(`<${name} style="${attr.value.slice(0, 80)}">`);
      }
    }
  }
  return p;
}

function expectInert(doc: Document, strict: boolean, where: string): void {
  const p = problems(doc, strict);
  figures.scriptElements += p.scripts.length;
  figures.handlerAttributes += p.handlers.length;
  figures.unsafeAddresses += p.addresses.length;
  expect(p, where).toEqual({ scripts: [], handlers: [], addresses: [], other: [] });
}

function expectCsp(doc: Document, where: string): void {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  expect(meta?.getAttribute('content'), where).toBe(STANDALONE_CSP);
}

/** RIS read strictly: every line `XX  - value`, each record from TY to ER. */
function parseRis(text: string): Array<Array<[string, string]>> {
  const records: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> | null = null;
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.slice(0, -2).split('\r\n')) {
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`not an RIS line: ${JSON.stringify(line.slice(0, 80))}`);
    const [, tag, value] = m as unknown as [string, string, string];
    expect(value).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
    if (tag === 'TY') {
      expect(current).toBeNull();
      current = [];
    }
    if (!current) throw new Error(`${tag} outside a record`);
    current.push([tag, value]);
    if (tag === 'ER') {
      records.push(current);
      current = null;
    }
  }
  expect(current).toBeNull();
  return records;
}

function capture(name: string, html: string, dom: DomName): { report: Report; capture: Capture } {
  const url = `https://hostile.example/pages/hostile/${encodeURIComponent(name)}`;
  const doc = DOMS[dom](html);
  const report = analyze(doc, { url, includeContent: true });
  const c = makeCapture(
    {
      url,
      report,
      snapshot: { html, omitted: [] },
      pageText: doc.body?.textContent ?? null,
      note: 'Saved from a hostile page <img src=x onerror=alert(1)>',
      tags: ['hostile', '<script>alert(1)</script>'],
    },
    { parse: (h) => DOMS[dom](h), now: NOW, newId: counterIds() },
  );
  return { report, capture: c };
}

it('the checks find scripts, handlers and unsafe addresses in the raw pages (they can fail)', () => {
  const raw = (f: string) => DOMS.jsdom(readFileSync(resolve(DIR, f), 'utf8'));
  const disguised = problems(raw('disguised-schemes.html'), false);
  expect(disguised.scripts).toHaveLength(1);
  expect(disguised.addresses.length).toBeGreaterThanOrEqual(14);
  const inert = problems(raw('inert-markup.html'), false);
  expect(inert.handlers).toContain('<a onclick>');
  expect(inert.addresses.length).toBeGreaterThanOrEqual(4);
  expect(problems(DOMS.jsdom('<a href="/x">x</a>'), true).addresses).toHaveLength(1);
  expect(problems(DOMS.jsdom('<a href="/x">x</a>'), false).addresses).toHaveLength(0);
});

describe.each(Object.keys(DOMS) as DomName[])('hostile pages under %s', (dom) => {
  const all = sources();
  const captures: Capture[] = [];

  it('the set has at least 8 pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(all)('%s', (name, html) => {
    const made = capture(name, html, dom);
    const c = made.capture;
    captures.push(c);
    if (dom === 'jsdom') figures.pages++;
    figures.captures++;

    it('the report is valid and holds no unsafe address', () => {
      expect(schemaErrors(made.report)).toEqual([]);
      const { article: _article, ...rest } = made.report;
      expect(unsafeUrls(rest)).toEqual([]);
    });

    it('the capture is valid and its article and snapshot are inert', () => {
      expect(validateCapture(structuredClone(c))).toMatchObject({ ok: true });
      expectInert(DOMS.jsdom(c.articleHtml), false, 'articleHtml');
      expectInert(DOMS.jsdom(c.snapshot.html), false, 'snapshot');
    });

    it('standalone HTML: no script, no handler, http(s) links only, CSP in file and snapshot', () => {
      // Once as saved, once sanitised again as for an imported capture.
      for (const html of [toStandaloneHtml(c), toStandaloneHtml(c, { parse: DOMS.jsdom })]) {
        figures.exportsChecked++;
        const doc = DOMS.jsdom(html);
        expectCsp(doc, 'standalone');
        expectInert(doc, true, 'standalone outside the snapshot');
        const frames = Array.from(doc.querySelectorAll('iframe'));
        expect(frames).toHaveLength(1);
        const frame = frames[0]!;
        expect(frame.getAttribute('sandbox')).toBe('');
        expect(frame.hasAttribute('src')).toBe(false);
        const inner = DOMS.jsdom(frame.getAttribute('srcdoc') ?? '');
        expectCsp(inner, 'snapshot');
        expectInert(inner, false, 'standalone snapshot');
        expect(inner.querySelectorAll('iframe')).toHaveLength(0);
      }
    });

    it('Web Annotation, CSL-JSON, RIS and JSON parse, each value where it belongs', () => {
      figures.exportsChecked += 4;
      const anno = JSON.parse(toWebAnnotation([c], { now: NOW, newId: counterIds('b') }));
      expect(anno.type).toBe('AnnotationCollection');
      for (const item of anno.first.items) {
        const source = typeof item.target === 'string' ? item.target : item.target.source;
        expect(source).toBe(c.url);
      }
      const csl = JSON.parse(toCslJson([c]));
      expect(csl).toHaveLength(1);
      expect(csl[0].URL).toBe(c.url);
      const ris = parseRis(toRis([c]));
      expect(ris).toHaveLength(1);
      expect(ris[0]!.filter(([tag]) => tag === 'UR')).toEqual([['UR', c.url]]);
      const back = fromJson(toJson([c], { now: NOW }));
      expect(back).toMatchObject({ ok: true });
      expect(back.ok && back.value[0]).toEqual(c);
      // Page text travels as data: no address in these files is other than http(s).
      for (const text of [JSON.stringify(anno), JSON.stringify(csl)]) {
        expect(unsafeUrls(text.replace(/\\"/g, "'"))).toEqual([]);
      }
    });
  });

  it('WACZ: every HTML record is inert and every JSON file parses', async () => {
    for (const gzip of [false, true]) {
      figures.exportsChecked++;
      const wacz = await toWacz(captures, { now: NOW, gzip, newId: counterIds('c') });
      const { pages, json } = readWacz(wacz, gzip);
      expect(pages).toHaveLength(captures.length);
      for (const [uri, doc] of pages) expectInert(doc, false, `WACZ record ${uri}`);
      for (const text of json) expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});

/** The HTML pages (address, document) and every JSON text of a WACZ file. */
function readWacz(wacz: Uint8Array, gzip: boolean) {
  const files = unzipSync(wacz);
  const warcBytes = files[gzip ? 'archive/data.warc.gz' : 'archive/data.warc']!;
  const records = parseWarc(gzip ? gunzipSync(warcBytes) : warcBytes);
  const pages: Array<[string, Document]> = [];
  for (const r of records.filter((r) => r.fields.get('WARC-Type') === 'response')) {
    const http = new TextDecoder().decode(r.block);
    expect(http).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    const body = http.slice(http.indexOf('\r\n\r\n') + 4);
    pages.push([r.fields.get('WARC-Target-URI') ?? '', DOMS.jsdom(body)]);
  }
  const json = [
    ...records
      .filter((r) => r.fields.get('Content-Type') === 'application/json')
      .map((r) => new TextDecoder().decode(r.block)),
    ...strFromU8(files['pages/pages.jsonl']!).trim().split('\n'),
    strFromU8(files['datapackage.json']!),
    strFromU8(files['datapackage-digest.json']!),
  ];
  return { pages, json };
}

// A capture from a captures file need not have passed the sanitiser: made here without a
// parser, it keeps the raw page (scripts, handlers, javascript: links) and still validates.
// The exports that take a parser must make it inert themselves.
describe('hostile pages in captures that skipped the sanitiser (as from an imported file)', () => {
  const raw = sources().map(([name, html]) => {
    const url = `https://hostile.example/pages/hostile/${encodeURIComponent(name)}`;
    const report = analyze(DOMS.linkedom(html), { url, includeContent: true });
    return makeCapture(
      { url, report, snapshot: { html, omitted: [] } },
      { now: NOW, newId: counterIds('d') },
    );
  });

  it('they validate, and their snapshots are not inert (the check can fail)', () => {
    for (const c of raw) expect(validateCapture(c)).toMatchObject({ ok: true });
    const scripts = raw.flatMap((c) => problems(DOMS.jsdom(c.snapshot.html), false).scripts);
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('standalone HTML with a parser is inert', () => {
    for (const c of raw) {
      figures.exportsChecked++;
      const doc = DOMS.jsdom(toStandaloneHtml(c, { parse: DOMS.jsdom }));
      expectInert(doc, true, 'standalone outside the snapshot');
      const inner = DOMS.jsdom(doc.querySelector('iframe')?.getAttribute('srcdoc') ?? '');
      expectCsp(inner, 'snapshot');
      expectInert(inner, false, 'standalone snapshot');
    }
  });

  it('WACZ with a parser is inert', async () => {
    figures.exportsChecked++;
    const wacz = await toWacz(raw, { now: NOW, gzip: false, parse: DOMS.jsdom });
    const { pages } = readWacz(wacz, false);
    expect(pages).toHaveLength(raw.length);
    for (const [uri, doc] of pages) expectInert(doc, false, `WACZ record ${uri}`);
  });

  it('WACZ without a parser archives the page as it was given (why the option exists)', async () => {
    const { pages } = readWacz(await toWacz(raw, { now: NOW, gzip: false }), false);
    const scripts = pages.flatMap(([, doc]) => problems(doc, false).scripts);
    expect(scripts.length).toBeGreaterThan(0);
  });
});
