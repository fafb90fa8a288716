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
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { records } from './warc-records.mjs';

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

/**
 * A WACZ of one gzipped WARC: the archive stored (it is compressed already, and a replay tool
 * seeks into it), the page list and the package descriptor deflated, as WACZ writers do. Fixed
 * timestamps, so the same archive gives the same bytes.
 */
function writeWacz(out, warcBytes, warcName) {
  const mtime = new Date(1980, 0, 1);
  const json = (value) => [strToU8(`${JSON.stringify(value)}\n`), { mtime }];
  const zip = zipSync({
    [`archive/${warcName}`]: [warcBytes, { level: 0, mtime }],
    'pages/pages.jsonl': json({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
    'datapackage.json': json({
      profile: 'data-package',
      wacz_version: '1.1.1',
      resources: [{ name: warcName, path: `archive/${warcName}` }],
    }),
  });
  writeFileSync(out, zip);
  return zip.length;
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
