/**
 * What each export format's reader would check, for the library scenarios (both browsers).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, unzipSync } from 'fflate';
import type { Capture } from '../../src/capture/model/model';
import type { Expect } from './lens';

/** What the exported capture is known to hold. */
export interface Known {
  saved: Capture;
  pageUrl: string;
  note: string;
  comment: string;
  sentence: string;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/**
 * The WARC record at `offset` of a WARC file (gzip members, one per record, when the name
 * ends in .gz): its first line, its fields and its block.
 */
export function warcRecordAt(
  warc: Uint8Array,
  gzipped: boolean,
  offset: number,
  length: number,
): { version: string; fields: Map<string, string>; block: Uint8Array } {
  const raw = gzipped
    ? gunzipSync(warc.subarray(offset, offset + length))
    : warc.subarray(offset, offset + length);
  const decoded = new TextDecoder().decode(raw);
  const headEnd = decoded.indexOf('\r\n\r\n');
  const [version = '', ...lines] = decoded.slice(0, headEnd).split('\r\n');
  const fields = new Map(
    lines.map((l) => {
      const at = l.indexOf(': ');
      return [l.slice(0, at), l.slice(at + 2)] as [string, string];
    }),
  );
  const head = new TextEncoder().encode(decoded.slice(0, headEnd + 4)).length;
  const block = raw.subarray(head, head + Number(fields.get('Content-Length')));
  return { version, fields, block };
}

export async function checkWacz(expect: Expect, k: Known, bytes: Uint8Array) {
  const zip = unzip(bytes);
  const pkg = JSON.parse(text(zip['datapackage.json'] as Uint8Array));
  expect(pkg).toMatchObject({
    profile: 'data-package',
    wacz_version: '1.1.1',
    mainPageUrl: k.pageUrl,
  });
  const listed = pkg.resources as Array<{
    name: string;
    path: string;
    hash: string;
    bytes: number;
  }>;
  // Every file but the package's own two is a resource, with its true hash and size.
  expect(listed.map((r) => r.path).sort()).toEqual(
    Object.keys(zip)
      .filter((p) => !p.startsWith('datapackage'))
      .sort(),
  );
  for (const r of listed) {
    const file = zip[r.path] as Uint8Array;
    expect(r.bytes, r.path).toBe(file.length);
    expect(r.hash, r.path).toBe(`sha256:${sha256(file)}`);
  }
  const digest = JSON.parse(text(zip['datapackage-digest.json'] as Uint8Array));
  expect(digest.hash).toBe(`sha256:${sha256(zip['datapackage.json'] as Uint8Array)}`);

  const [header, ...pages] = text(zip['pages/pages.jsonl'] as Uint8Array)
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(header).toMatchObject({ format: 'json-pages-1.0', id: 'pages' });
  expect(pages).toEqual([
    { id: k.saved.id, url: k.pageUrl, ts: k.saved.savedAt, title: k.saved.title },
  ]);

  const warcPath = Object.keys(zip).find((p) => /^archive\/data\.warc(\.gz)?$/.test(p));
  expect(warcPath, 'archive/data.warc or data.warc.gz').toBeTruthy();
  const warc = zip[warcPath as string] as Uint8Array;
  const gzipped = (warcPath as string).endsWith('.gz');
  const indexPath = Object.keys(zip).find((p) => /^indexes\/index\.cdxj?$/.test(p)) as string;
  const lines = text(zip[indexPath] as Uint8Array)
    .trimEnd()
    .split('\n')
    .map((l) => {
      const [key, ts, ...rest] = l.split(' ');
      return { key, ts, ...JSON.parse(rest.join(' ')) };
    });
  const snapshot = lines.find((l) => l.url === k.pageUrl && l.mime === 'text/html');
  const report = lines.find((l) => l.url === `urn:provenance-lens:capture:${k.saved.id}`);
  expect(snapshot, 'index line of the snapshot').toBeTruthy();
  expect(report, 'index line of the report').toBeTruthy();
  for (const line of lines) {
    expect(line.filename).toBe(warcPath?.slice('archive/'.length));
    expect(line.offset + line.length).toBeLessThanOrEqual(warc.length);
    const rec = warcRecordAt(warc, gzipped, line.offset, line.length);
    expect(rec.version).toBe('WARC/1.1');
    expect(rec.fields.get('WARC-Target-URI')).toBe(line.url);
    expect(rec.fields.get('WARC-Payload-Digest')).toBe(line.digest);
  }
  const page = warcRecordAt(warc, gzipped, snapshot.offset, snapshot.length);
  expect(page.fields.get('WARC-Type')).toBe('response');
  expect(text(page.block)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  expect(text(page.block)).toContain('Abu Dafn');
  const data = JSON.parse(text(warcRecordAt(warc, gzipped, report.offset, report.length).block));
  expect(data).toMatchObject({ format: 'provenance-lens-capture', id: k.saved.id, note: k.note });
}

export function checkWebAnnotation(expect: Expect, k: Known, doc: Record<string, unknown>) {
  const context = ([] as unknown[]).concat(doc['@context']);
  expect(context).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(doc.type).toBe('AnnotationCollection');
  const first = doc.first as { type: string; items: Array<Record<string, unknown>> };
  expect(first.type).toBe('AnnotationPage');
  expect(first.items.length).toBe(doc.total);
  expect(first.items.length).toBe(1 + k.saved.annotations.length);
  for (const item of first.items) {
    expect(item.id).toMatch(/^urn:/);
    expect(item.type).toBe('Annotation');
  }
  // The first item is about the whole page (its target is the page's address itself), with
  // the note and tags; every other one quotes words of it.
  const [whole, ...quoted] = first.items;
  expect(whole?.target).toBe(k.pageUrl);
  expect(JSON.stringify(whole?.body)).toContain(k.note);
  for (const item of quoted) {
    const target = item.target as { source: string; selector: Array<Record<string, unknown>> };
    expect(target.source).toBe(k.pageUrl);
    const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
    expect(typeof quote?.exact).toBe('string');
    const position = target.selector.find((s) => s.type === 'TextPositionSelector');
    if (position) expect(position.end as number).toBeGreaterThan(position.start as number);
  }
  const own = quoted.filter((i) => JSON.stringify(i.body ?? '').includes(k.comment));
  expect(own).toHaveLength(1);
  expect(own[0]).toMatchObject({
    motivation: 'commenting',
    body: { type: 'TextualBody', value: k.comment, purpose: 'commenting' },
    target: {
      source: k.pageUrl,
      selector: [
        { type: 'TextQuoteSelector', exact: k.sentence },
        { type: 'TextPositionSelector' },
      ],
    },
  });
}

export function checkCsl(expect: Expect, k: Known, items: Array<Record<string, unknown>>) {
  expect(Array.isArray(items)).toBe(true);
  expect(items).toHaveLength(1);
  const item = items[0] as Record<string, unknown>;
  expect(item).toMatchObject({
    id: k.saved.id,
    type: 'article-newspaper',
    URL: k.pageUrl,
    publisher: 'Global Research',
    'original-publisher': 'South Front',
    issued: { 'date-parts': [[2020, 1, 22]] },
  });
  expect(String(item.references)).toContain('Originally published by South Front on 2020-01-21');
  // The same year as the copy: APA would cite "(South Front, 2020/2020)".
  expect(item['original-date']).toBeUndefined();
  expect(item.note).toContain('Global Research (22 Jan 2020) ← South Front (21 Jan 2020)');
  expect(item.note).toContain(k.note);
}
