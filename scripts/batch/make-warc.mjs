#!/usr/bin/env node
// Writes a web archive of the kind a crawler leaves, for tests and measurements: the saved pages
// of tests/fixtures (or any folder of fixture-style folders) as `response` records, each after
// its `request`, mixed with what an audit must skip: revisits, 404 pages, redirects, images,
// metadata, a dns: response. The same arguments always give the same bytes.
//
//   node scripts/batch/make-warc.mjs OUT.warc|OUT.warc.gz|OUT.wacz [--pages N] [--offset K]
//        [--size BYTES] [--from DIR]
//
// --pages N    HTML 200 responses to write (default: one per fixture); fixtures are taken in
//              name order from the K-th on (--offset), round and round, the address made unique
//              after the first round (?copy=2)
// --size BYTES keep adding images between pages until the file is at least this large (a 1 GB
//              archive: --size 1e9); the pages are spread evenly over it
// Prints one line of JSON: the file, its size and how many records of each kind it holds.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');

function parseArgs(argv) {
  const opts = {
    out: null,
    pages: null,
    offset: 0,
    size: 0,
    from: resolve(root, 'tests/fixtures'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--pages') opts.pages = Number(value());
    else if (a === '--offset') opts.offset = Number(value());
    else if (a === '--size') opts.size = Number(value());
    else if (a === '--from') opts.from = resolve(value());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.out = resolve(a);
  }
  if (!opts.out || !/\.(warc|warc\.gz|wacz)$/.test(opts.out))
    throw new Error('name the archive to write: OUT.warc, OUT.warc.gz or OUT.wacz');
  return opts;
}

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
function* records(opts) {
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

/** A stored (uncompressed) zip of the given entries, with the one archive streamed from disk. */
function writeWacz(out, warcBytes, warcName) {
  const pagesJsonl = Buffer.from(
    `${JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' })}\n`,
  );
  const entries = [
    [`archive/${warcName}`, warcBytes],
    ['pages/pages.jsonl', pagesJsonl],
    [
      'datapackage.json',
      Buffer.from(
        JSON.stringify({
          profile: 'data-package',
          wacz_version: '1.1.1',
          resources: [{ name: warcName, path: `archive/${warcName}` }],
        }),
      ),
    ],
  ];
  const fd = openSync(out, 'w');
  let offset = 0;
  const central = [];
  for (const [name, data] of entries) {
    // Small entries deflated, the archive stored (it is gzipped already), as WACZ writers do.
    const deflate = !name.startsWith('archive/');
    const body = deflate ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    writeSync(fd, local);
    writeSync(fd, nameBytes);
    writeSync(fd, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(deflate ? 8 : 0, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  writeSync(fd, centralBytes);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  writeSync(fd, end);
  closeSync(fd);
  return offset + centralBytes.length + 22;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const wacz = opts.out.endsWith('.wacz');
  const gzip = wacz || opts.out.endsWith('.gz');
  const it = records(opts);
  let counts;
  let size = 0;
  if (wacz) {
    const parts = [];
    for (;;) {
      const r = it.next();
      if (r.done) {
        counts = r.value;
        break;
      }
      parts.push(gzipSync(r.value));
    }
    size = writeWacz(opts.out, Buffer.concat(parts), 'data.warc.gz');
  } else {
    const fd = openSync(opts.out, 'w');
    for (;;) {
      const r = it.next();
      if (r.done) {
        counts = r.value;
        break;
      }
      // One gzip member per record, as the standard recommends, so any record can be read alone.
      const bytes = gzip ? gzipSync(r.value, { level: 1 }) : r.value;
      writeSync(fd, bytes);
      size += bytes.length;
    }
    closeSync(fd);
  }
  console.log(JSON.stringify({ file: opts.out, bytes: size, ...counts }));
}

try {
  main();
} catch (e) {
  console.error(`make-warc: ${e.message}`);
  process.exit(2);
}
