// The records of the web archive scripts/batch/make-warc.mjs writes: WARC/1.1 records built
// byte by byte (request, response, revisit, metadata, warcinfo), with deterministic ids, dates
// and image bodies, so the same options always give the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The fixture pages: [address, html bytes], in name order. */
function fixturePages(dir) {
  const pages = [];
  for (const name of readdirSync(dir).sort()) {
    const source = resolve(dir, name, 'source.html');
    const urlFile = resolve(dir, name, 'url');
    if (!existsSync(source) || !existsSync(urlFile)) continue;
    const url = readFileSync(urlFile, 'utf8').trim();
    if (/^https?:\/\//.test(url)) pages.push([url, readFileSync(source)]);
  }
  if (!pages.length) throw new Error(`${dir}: no fixture folders (source.html and url)`);
  return pages;
}

const CRLF = '\r\n';
const sha1 = (b) => `sha1:${createHash('sha1').update(b).digest('base64')}`;

/** A deterministic record id from a counter. */
function uuid(n) {
  const h = createHash('sha256').update(`record ${n}`).digest('hex');
  return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}

function record(n, type, uri, contentType, block, extra = []) {
  const date = new Date(Date.UTC(2024, 4, 1, 0, 0, n % 86_400)).toISOString().slice(0, 19);
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: ${uuid(n)}`,
    `WARC-Date: ${date}Z`,
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    ...extra,
    `WARC-Block-Digest: ${sha1(block)}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF), block, Buffer.from(CRLF + CRLF)]);
}

function http(statusLine, headers, body) {
  const lines = [statusLine, ...headers.map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(lines.join(CRLF) + CRLF + CRLF), body]);
}

/** `Transfer-Encoding: chunked`, as some crawlers keep it. */
function chunked(body) {
  const parts = [];
  for (let i = 0; i < body.length; i += 4096) {
    const piece = body.subarray(i, i + 4096);
    parts.push(Buffer.from(`${piece.length.toString(16)}${CRLF}`), piece, Buffer.from(CRLF));
  }
  parts.push(Buffer.from(`0${CRLF}${CRLF}`));
  return Buffer.concat(parts);
}

/** One megabyte of hash output, made once: what image bodies are cut from (incompressible). */
const NOISE = (() => {
  const out = Buffer.alloc(1024 * 1024 + 64 * 1024);
  let seed = createHash('sha256').update('image bytes').digest();
  for (let i = 0; i < out.length; i += seed.length) {
    seed.copy(out, i);
    seed = createHash('sha256').update(seed).digest();
  }
  return out;
})();

/** Bytes that look like an image, of a given length (at most 1 MB; deterministic). */
function imageBytes(n, length) {
  const start = (n * 4099) % (64 * 1024);
  const out = Buffer.from(NOISE.subarray(start, start + length));
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(out);
  return out;
}

/** Every record of the archive, in order, as byte buffers. */
export function* records(opts) {
  const fixtures = fixturePages(opts.from);
  const pages = opts.pages ?? fixtures.length;
  let n = 0;
  const counts = { warcinfo: 0, request: 0, response: 0, html200: 0, revisit: 0, metadata: 0 };
  const count = (k) => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  count('warcinfo');
  yield record(
    n++,
    'warcinfo',
    null,
    'application/warc-fields',
    Buffer.from(`software: provenance-lens make-warc${CRLF}format: WARC File Format 1.1${CRLF}`),
  );
  // A dns: lookup, as Heritrix writes them: a response with no HTTP inside.
  count('response');
  yield record(
    n++,
    'response',
    'dns:example.org',
    'text/dns',
    Buffer.from('example.org. 300 IN A 192.0.2.1\n'),
  );
  let written = 0;
  // Images to add after each page so that the whole reaches opts.size.
  const perPageHtml = fixtures.reduce((s, [, b]) => s + b.length, 0) / fixtures.length;
  const fillPerPage = opts.size
    ? Math.max(0, Math.ceil(opts.size / Math.max(pages, 1) - perPageHtml * 1.1 - 3000))
    : 0;
  for (let p = 0; p < pages; p++) {
    const [base, html] = fixtures[(p + opts.offset) % fixtures.length];
    const round = Math.floor((p + opts.offset) / fixtures.length);
    const uri = round ? `${base}${base.includes('?') ? '&' : '?'}copy=${round + 1}` : base;
    count('request');
    yield record(
      n++,
      'request',
      uri,
      'application/http; msgtype=request',
      http(`GET ${new URL(uri).pathname} HTTP/1.1`, [['Host', new URL(uri).host]], Buffer.alloc(0)),
    );
    // Every third page is sent gzip-encoded and chunked, as a server would.
    const headers = [['Content-Type', 'text/html; charset=utf-8']];
    let body = html;
    if (p % 3 === 2) {
      headers.push(['Content-Encoding', 'gzip'], ['Transfer-Encoding', 'chunked']);
      body = chunked(gzipSync(html));
    } else headers.push(['Content-Length', String(html.length)]);
    count('response');
    count('html200');
    yield record(
      n++,
      'response',
      uri,
      'application/http; msgtype=response',
      http('HTTP/1.1 200 OK', headers, body),
      [`WARC-Payload-Digest: ${sha1(html)}`],
    );
    if (p % 4 === 1) {
      count('revisit');
      yield record(
        n++,
        'revisit',
        uri,
        'application/http; msgtype=response',
        http('HTTP/1.1 200 OK', [['Content-Type', 'text/html']], Buffer.alloc(0)),
        [
          'WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest',
          `WARC-Payload-Digest: ${sha1(html)}`,
        ],
      );
    }
    if (p % 5 === 3) {
      count('response');
      const missing = `${new URL(uri).origin}/missing-${p}.html`;
      yield record(
        n++,
        'response',
        missing,
        'application/http; msgtype=response',
        http(
          'HTTP/1.1 404 Not Found',
          [['Content-Type', 'text/html']],
          Buffer.from(
            '<!doctype html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>',
          ),
        ),
      );
      count('response');
      yield record(
        n++,
        'response',
        `${new URL(uri).origin}/old-${p}`,
        'application/http; msgtype=response',
        http(
          'HTTP/1.1 301 Moved Permanently',
          [
            ['Location', uri],
            ['Content-Type', 'text/html'],
          ],
          Buffer.alloc(0),
        ),
      );
    }
    if (p % 6 === 0) {
      count('metadata');
      yield record(
        n++,
        'metadata',
        uri,
        'application/warc-fields',
        Buffer.from(`outlink: ${uri}#top${CRLF}`),
      );
    }
    // An image after every page, and as many more as the size asks for.
    let fill = Math.max(fillPerPage, 1);
    while (fill > 0) {
      const length = Math.min(fill, 512 * 1024);
      fill -= length;
      count('response');
      yield record(
        n++,
        'response',
        `${new URL(uri).origin}/img/${n}.png`,
        'application/http; msgtype=response',
        http(
          'HTTP/1.1 200 OK',
          [
            ['Content-Type', 'image/png'],
            ['Content-Length', String(length)],
          ],
          imageBytes(n, length),
        ),
      );
    }
    written++;
  }
  counts.pages = written;
  return counts;
}
