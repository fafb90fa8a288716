import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cdxjIndex, cdxTimestamp, searchableUrl } from '../../../src/capture/archive/cdxj';
import { httpResponseBlock, warcDate, writeWarcRecord } from '../../../src/capture/archive/warc';
import { utf8 } from '../../../src/capture/bytes';
import { parseWarc, sha256 } from './archive-reader';

const ID = 'urn:uuid:00000000-0000-4000-8000-000000000001';

describe('writeWarcRecord (WARC/1.1)', () => {
  it('frames a response: version line, named fields, blank line, block, CRLF CRLF', async () => {
    const body = utf8('<p>héllo</p>');
    const http = httpResponseBlock(body, 'text/html; charset=utf-8');
    const rec = await writeWarcRecord({
      type: 'response',
      recordId: ID,
      date: '2024-05-01T12:34:56.789Z',
      targetUri: 'https://example.org/a',
      contentType: 'application/http; msgtype=response',
      block: http.block,
      payloadOffset: http.payloadOffset,
    });
    const [r] = parseWarc(rec.bytes);
    expect(r!.version).toBe('WARC/1.1');
    expect(r!.length).toBe(rec.bytes.length);
    // The four mandatory fields.
    expect(r!.fields.get('WARC-Record-ID')).toBe(`<${ID}>`);
    expect(r!.fields.get('WARC-Type')).toBe('response');
    expect(r!.fields.get('WARC-Date')).toBe('2024-05-01T12:34:56Z');
    expect(Number(r!.fields.get('Content-Length'))).toBe(http.block.length);
    expect(r!.fields.get('WARC-Target-URI')).toBe('https://example.org/a');
    expect(r!.fields.get('Content-Type')).toBe('application/http; msgtype=response');
    // Digests: the block whole, the payload after the HTTP header.
    expect(r!.fields.get('WARC-Block-Digest')).toBe(`sha256:${sha256(r!.block)}`);
    expect(r!.fields.get('WARC-Payload-Digest')).toBe(`sha256:${sha256(body)}`);
    expect(rec.payloadDigest).toBe(`sha256:${sha256(body)}`);
  });

  it('counts Content-Length in bytes, not characters', async () => {
    const block = utf8('ÿ€😀');
    const rec = await writeWarcRecord({
      type: 'resource',
      recordId: ID,
      date: '2024-01-01T00:00:00Z',
      contentType: 'text/plain',
      block,
    });
    expect(parseWarc(rec.bytes)[0]!.fields.get('Content-Length')).toBe('9');
  });

  it('writes the HTTP header of a response with the body length in bytes', () => {
    const http = httpResponseBlock(utf8('€'), 'text/html');
    const head = new TextDecoder().decode(http.block.subarray(0, http.payloadOffset));
    expect(head).toBe('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\n');
  });

  it('gzips a record as its own member', async () => {
    const rec = await writeWarcRecord(
      {
        type: 'resource',
        recordId: ID,
        date: '2024-01-01T00:00:00Z',
        contentType: 'text/plain',
        block: utf8('x'),
      },
      true,
    );
    expect([rec.bytes[0], rec.bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(parseWarc(gunzipSync(rec.bytes))[0]!.fields.get('WARC-Type')).toBe('resource');
  });

  it('cannot be given an extra field through a newline in a value', async () => {
    const rec = await writeWarcRecord({
      type: 'resource',
      recordId: ID,
      date: '2024-01-01T00:00:00Z',
      targetUri: 'urn:x:a\r\nWARC-Type: revisit',
      contentType: 'text/plain',
      block: utf8('x'),
    });
    expect(parseWarc(rec.bytes)[0]!.fields.get('WARC-Type')).toBe('resource');
  });

  it.each([
    ['2024-05-01T12:34:56.789Z', '2024-05-01T12:34:56Z'],
    ['2024-05-01T14:34:56+02:00', '2024-05-01T12:34:56Z'],
  ])('dates %s as %s', (iso, expected) => {
    expect(warcDate(iso)).toBe(expected);
  });
});

describe('CDXJ', () => {
  it.each([
    ['https://www.globalresearch.ca/video/5701234', 'ca,globalresearch)/video/5701234'],
    ['http://Example.ORG/Path?b=2&a=1', 'org,example)/path?a=1&b=2'],
    ['https://www2.example.org:8443/', 'org,example:8443)/'],
    ['urn:view:https://example.org/', 'urn:view:https://example.org/'],
    ['urn:provenance-lens:capture:abc', 'urn:provenance-lens:capture:abc'],
  ])('searchable form of %s is %s', (url, key) => {
    expect(searchableUrl(url)).toBe(key);
  });

  it('timestamps in 14 UTC digits', () => {
    expect(cdxTimestamp('2024-05-01T12:34:56.789Z')).toBe('20240501123456');
  });

  it('sorts lines by bytes and gives each the required JSON fields', () => {
    const entry = {
      date: '2024-05-01T00:00:00Z',
      mime: 'text/html',
      status: 200,
      digest: 'sha256:00',
      offset: 0,
      length: 1,
      filename: 'data.warc',
    };
    const text = cdxjIndex([
      { ...entry, url: 'urn:view:https://b.example/' },
      { ...entry, url: 'https://b.example/' },
      { ...entry, url: 'https://a.example/' },
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual([
      'example,a)/',
      'example,b)/',
      'urn:view:https://b.example/',
    ]);
    for (const line of lines) {
      const json = JSON.parse(line.slice(line.indexOf('{')));
      expect(Object.keys(json).sort()).toEqual([
        'digest',
        'filename',
        'length',
        'mime',
        'offset',
        'status',
        'url',
      ]);
    }
  });
});
