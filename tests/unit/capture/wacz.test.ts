import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toWacz, WACZ_VERSION } from '../../../src/capture';
import { reportUri } from '../../../src/capture/archive/archive';
import { searchableUrl } from '../../../src/capture/archive/cdxj';
import { type ParsedRecord, parseWarc, sha256, zipMethods } from './archive-reader';
import { counterIds, originalCapture, PAGE_URL, PNG_1X1, sampleCapture } from './sample';

const NOW = new Date('2024-06-01T10:00:00Z');
const captures = [sampleCapture(), originalCapture()];

describe.each([
  ['gzipped records', true, 'archive/data.warc.gz'],
  ['plain records', false, 'archive/data.warc'],
])('toWacz with %s', (_name, gzip, warcPath) => {
  const load = async () => {
    const zip = await toWacz(captures, { now: NOW, gzip, newId: counterIds('a') });
    const files = unzipSync(zip);
    return { zip, files, warc: files[warcPath]! };
  };
  /** A record read back from its CDXJ offset and length alone, as replay reads it. */
  const recordAt = (warc: Uint8Array, offset: number, length: number): ParsedRecord => {
    const slice = warc.subarray(offset, offset + length);
    const [rec, ...rest] = parseWarc(gzip ? gunzipSync(slice) : slice);
    expect(rest).toEqual([]);
    return rec!;
  };

  it('holds the WACZ directory layout', async () => {
    const { files } = await load();
    expect(Object.keys(files).sort()).toEqual(
      [
        'datapackage-digest.json',
        'datapackage.json',
        'indexes/index.cdx',
        'pages/pages.jsonl',
        warcPath,
      ].sort(),
    );
  });

  it('stores the WARC uncompressed in the zip so replay can seek into it', async () => {
    const { zip } = await load();
    expect(zipMethods(zip).get(warcPath)).toBe(0);
  });

  it('lists every file in datapackage.json with its true sha256 and size', async () => {
    const { files } = await load();
    const pkg = JSON.parse(strFromU8(files['datapackage.json']!));
    expect(pkg.profile).toBe('data-package');
    expect(pkg.wacz_version).toBe(WACZ_VERSION);
    expect(pkg.created).toBe(NOW.toISOString());
    expect(pkg.software).toMatch(/Provenance Lens/);
    expect(pkg.mainPageUrl).toBe(PAGE_URL);
    const others = Object.keys(files).filter((p) => !p.startsWith('datapackage'));
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(others.sort());
    for (const r of pkg.resources) {
      expect(r.name).toBe(r.path.split('/').at(-1));
      expect(r.hash).toBe(`sha256:${sha256(files[r.path]!)}`);
      expect(r.bytes).toBe(files[r.path]!.length);
    }
  });

  it('hashes datapackage.json in datapackage-digest.json', async () => {
    const { files } = await load();
    const digest = JSON.parse(strFromU8(files['datapackage-digest.json']!));
    expect(digest).toEqual({
      path: 'datapackage.json',
      hash: `sha256:${sha256(files['datapackage.json']!)}`,
    });
  });

  it('lists the pages after a json-pages-1.0 header', async () => {
    const { files } = await load();
    const lines = strFromU8(files['pages/pages.jsonl']!)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      format: 'json-pages-1.0',
      id: 'pages',
      title: 'Provenance Lens captures',
    });
    expect(lines.slice(1)).toEqual(
      captures.map((c) => ({ id: c.id, url: c.url, ts: c.savedAt, title: c.title })),
    );
  });

  it('indexes records whose CDXJ offset and length land exactly on them', async () => {
    const { files, warc } = await load();
    const lines = strFromU8(files['indexes/index.cdx']!).trimEnd().split('\n');
    expect([...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))).toEqual(
      lines,
    );
    // Per capture: the page, its provenance JSON, and a screenshot when there is one.
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [key, ts, ...json] = line.split(' ');
      const e = JSON.parse(json.join(' '));
      expect(e.filename).toBe(warcPath.split('/')[1]);
      expect(key).toBe(searchableUrl(e.url));
      const rec = recordAt(warc, e.offset, e.length);
      expect(rec.fields.get('WARC-Target-URI')).toBe(e.url);
      expect(rec.fields.get('WARC-Date')!.replace(/\D/g, '')).toBe(ts);
      expect(rec.fields.get('WARC-Payload-Digest')).toBe(e.digest);
      expect(e.status).toBe(200);
    }
  });

  it('writes a warcinfo record first, then well-formed records with unique ids', async () => {
    const { warc } = await load();
    const records = gzip ? parseWarc(gunzipSync(warc)) : parseWarc(warc);
    expect(records[0]!.fields.get('WARC-Type')).toBe('warcinfo');
    expect(records[0]!.fields.get('WARC-Filename')).toBe(warcPath.split('/')[1]);
    const ids = records.map((r) => r.fields.get('WARC-Record-ID'));
    expect(new Set(ids).size).toBe(records.length);
    for (const r of records) {
      expect(r.version).toBe('WARC/1.1');
      expect(r.fields.get('WARC-Record-ID')).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
      expect(r.fields.get('WARC-Date')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(r.fields.get('WARC-Block-Digest')).toBe(`sha256:${sha256(r.block)}`);
      if (r.fields.get('WARC-Type') !== 'warcinfo') {
        expect(r.fields.get('WARC-Warcinfo-ID')).toBe(records[0]!.fields.get('WARC-Record-ID'));
      }
    }
    expect(records.map((r) => r.fields.get('WARC-Type'))).toEqual([
      'warcinfo',
      'response',
      'resource',
      'resource',
      'response',
      'resource',
    ]);
  });

  it('stores the snapshot as an HTTP 200 response, the screenshot as PNG, the report as JSON', async () => {
    const { warc } = await load();
    const records = gzip ? parseWarc(gunzipSync(warc)) : parseWarc(warc);
    const [, response, shot, meta] = records;
    const text = new TextDecoder().decode(response!.block);
    expect(text.startsWith('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n')).toBe(
      true,
    );
    expect(text).toContain(captures[0]!.snapshot.html);
    expect(shot!.fields.get('WARC-Target-URI')).toBe(`urn:view:${PAGE_URL}`);
    expect(shot!.fields.get('Content-Type')).toBe('image/png');
    expect(Buffer.from(shot!.block).toString('base64')).toBe(PNG_1X1.split(',')[1]);
    expect(shot!.fields.get('WARC-Concurrent-To')).toBe(response!.fields.get('WARC-Record-ID'));
    expect(meta!.fields.get('WARC-Target-URI')).toBe(reportUri(captures[0]!));
    const json = JSON.parse(new TextDecoder().decode(meta!.block));
    expect(json.report).toEqual(captures[0]!.report);
    expect(json.annotations).toEqual(captures[0]!.annotations);
    expect(json.snapshotOmitted).toEqual(captures[0]!.snapshot.omitted);
  });

  it('replays a capture saved without a snapshot as its article, saying so', async () => {
    const { warc } = await load();
    const records = gzip ? parseWarc(gunzipSync(warc)) : parseWarc(warc);
    const response = records.filter((r) => r.fields.get('WARC-Type') === 'response')[1]!;
    const text = new TextDecoder().decode(response.block);
    expect(text).toContain('No snapshot of the whole page was saved');
    expect(text).toContain('<h1>Dozens Army Troops Killed</h1>');
  });
});

describe('toWacz', () => {
  it('packages no captures as an empty but valid collection', async () => {
    const files = unzipSync(await toWacz([], { now: NOW }));
    expect(strFromU8(files['indexes/index.cdx']!)).toBe('');
    expect(strFromU8(files['pages/pages.jsonl']!).trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(strFromU8(files['datapackage.json']!)).mainPageUrl).toBeUndefined();
  });

  it('is byte-for-byte repeatable with the same clock and ids', async () => {
    const a = await toWacz(captures, { now: NOW, newId: counterIds('a') });
    const b = await toWacz(captures, { now: NOW, newId: counterIds('a') });
    expect(sha256(a)).toBe(sha256(b));
  });
});
