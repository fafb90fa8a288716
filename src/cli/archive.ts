/**
 * Web archives as input: every HTML page a crawler saved with status 200, read from a WARC
 * (plain or gzipped) or from the WARCs inside a WACZ, as a stream, one record at a time, so
 * memory stays flat whatever the archive's size. Webrecorder's warcio reads the records; the
 * HTTP inside a response is read here, from the record's own bytes (warcio's HTTP parser reads
 * past a record that holds no HTTP, such as a crawler's `dns:` lookups).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { decodeBody } from '../verify/decode';
import { type Input, looksLikeHtml, MAX_INPUT_BYTES } from './inputs';
import { openMember, ZipError, zipMembers } from './zip';

/** A page that was meant to be read and could not be: it becomes an error line. */
export interface Failure {
  failed: true;
  label: string;
  url: string | null;
  error: string;
}

/** What an archive held beside its pages: records read, and records skipped by reason. */
export interface ArchiveTally {
  archives: number;
  records: number;
  skipped: Map<string, number>;
}

export const newTally = (): ArchiveTally => ({ archives: 0, records: 0, skipped: new Map() });

const skip = (tally: ArchiveTally, reason: string) =>
  tally.skipped.set(reason, (tally.skipped.get(reason) ?? 0) + 1);

const HEADER_LIMIT = 256 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');
const LFLF = Buffer.from('\n\n');

interface HttpHead {
  status: number;
  headers: Map<string, string>;
}

function parseHead(text: string): HttpHead | null {
  const lines = text.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0] ?? '');
  if (!m) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return { status: Number(m[1]), headers };
}

/** `Transfer-Encoding: chunked` undone; the body as it stands when it is not well chunked. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let p = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', p);
    if (eol < 0) return body;
    const size = Number.parseInt(body.toString('latin1', p, eol).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return body;
    if (size === 0) return Buffer.concat(parts);
    const start = eol + 2;
    if (start + size > body.length) return body;
    parts.push(body.subarray(start, start + size));
    p = start + size + 2;
  }
}

/** `Content-Encoding` undone, the output held to the input limit. */
function decompress(body: Buffer, encoding: string): Buffer {
  const options = { maxOutputLength: MAX_INPUT_BYTES };
  const codings = encoding
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') out = gunzipSync(out, options);
    else if (coding === 'deflate') out = inflateSync(out, options);
    else if (coding === 'br') out = brotliDecompressSync(out, options);
    else throw new Error(`content encoding ${coding} is not supported`);
  }
  return out;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

type RecordOutcome = Input | Failure | { skipped: string };

/** One `response` record: its page, or why it is skipped. */
async function readResponse(
  raw: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  label: string,
  url: string,
): Promise<RecordOutcome> {
  const iterator = (async function* () {
    yield* raw;
  })();
  let buffered = Buffer.alloc(0);
  let head: HttpHead | null = null;
  let rest = Buffer.alloc(0);
  while (!head) {
    const next = await iterator.next();
    if (!next.done) buffered = Buffer.concat([buffered, next.value]);
    let end = buffered.indexOf(CRLFCRLF);
    let gap = 4;
    if (end < 0) {
      end = buffered.indexOf(LFLF);
      gap = 2;
    }
    if (end >= 0) {
      head = parseHead(buffered.toString('latin1', 0, end));
      if (!head) return { skipped: 'not an HTTP response' };
      rest = buffered.subarray(end + gap);
    } else if (next.done || buffered.length > HEADER_LIMIT) {
      return { skipped: 'not an HTTP response' };
    }
  }
  if (head.status !== 200) return { skipped: `status ${head.status}` };
  const type = head.headers.get('content-type') ?? '';
  if (!HTML_TYPE.test(type)) return { skipped: 'not HTML' };
  const chunks = [rest];
  let size = rest.length;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    size += next.value.length;
    if (size > MAX_INPUT_BYTES)
      return { skipped: `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB` };
    chunks.push(Buffer.from(next.value));
  }
  let body: Buffer = Buffer.concat(chunks);
  try {
    if (/\bchunked\b/i.test(head.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    body = decompress(body, head.headers.get('content-encoding') ?? '');
  } catch (e) {
    return {
      failed: true,
      label,
      url,
      error: `the page could not be decoded (${(e as Error).message})`,
    };
  }
  const html = decodeBody(body, type);
  if (!looksLikeHtml(html)) return { skipped: 'not HTML' };
  return { label, html, url };
}

/** The pages of one WARC stream, in record order. */
async function* warcPages(
  stream: Readable,
  name: string,
  tally: ArchiveTally,
): AsyncGenerator<Input | Failure> {
  const parser = new WARCParser(stream, { parseHttp: false });
  let n = 0;
  let complete = 0;
  try {
    for await (const record of parser) {
      n++;
      tally.records++;
      const type = record.warcType ?? 'untyped';
      // Every WARC record states its length; one without is a header block cut short.
      if (record.warcHeader('Content-Length') == null)
        throw new Error(`record ${n} has no Content-Length: its header is cut short`);
      // The record's bytes, counted: warcio waits for ever on a record cut short, so a short
      // one ends the archive here.
      let read = 0;
      const counted = (async function* () {
        for await (const chunk of record.reader) {
          read += chunk.length;
          yield chunk;
        }
      })();
      const url = record.warcTargetURI ?? '';
      const contentType = record.warcContentType ?? '';
      let outcome: RecordOutcome | null = null;
      if (type !== 'response')
        skip(tally, type === 'revisit' || type === 'request' ? type : `${type} record`);
      else if (!/^https?:\/\//i.test(url) || !/^application\/http\b/i.test(contentType))
        skip(tally, 'not an HTTP response');
      else outcome = await readResponse(counted, `${name}#${n}`, url);
      for await (const _ of counted) {
        // drained: the next record starts after this one's bytes
      }
      if (read < record.warcContentLength)
        throw new Error(`record ${n} is cut short: ${read} of ${record.warcContentLength} bytes`);
      complete = n;
      if (!outcome) continue;
      if ('skipped' in outcome) skip(tally, outcome.skipped);
      else yield outcome;
    }
  } catch (e) {
    stream.destroy();
    yield {
      failed: true,
      label: `${name}#${complete + 1}`,
      url: null,
      error: `the archive cannot be read past record ${complete} (${(e as Error).message}); the rest of it is not analysed`,
    };
  }
}

/** Every page of a .warc, .warc.gz or .wacz file, read as a stream. */
export async function* archivePages(
  path: string,
  tally: ArchiveTally,
): AsyncGenerator<Input | Failure> {
  tally.archives++;
  if (/\.wacz$/i.test(path)) {
    let members: Awaited<ReturnType<typeof zipMembers>>;
    try {
      members = await zipMembers(path);
    } catch (e) {
      const why = e instanceof ZipError ? e.message : (e as NodeJS.ErrnoException).code;
      yield { failed: true, label: path, url: null, error: `not a readable WACZ (${why})` };
      return;
    }
    const warcs = members
      .filter((m) => /^archive\/[^/]+\.warc(?:\.gz)?$/i.test(m.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (!warcs.length) {
      yield { failed: true, label: path, url: null, error: 'a WACZ without archive/*.warc files' };
      return;
    }
    for (const member of warcs) {
      let stream: Readable;
      try {
        stream = await openMember(path, member);
      } catch (e) {
        yield {
          failed: true,
          label: `${path}:${member.name}`,
          url: null,
          error: (e as Error).message,
        };
        continue;
      }
      if (member.name.toLowerCase().endsWith('.gz')) stream = gunzipped(stream);
      yield* warcPages(stream, `${path}:${member.name}`, tally);
    }
    return;
  }
  let stream: Readable = createReadStream(path);
  if (/\.gz$/i.test(path)) stream = gunzipped(stream);
  yield* warcPages(stream, path, tally);
}

/** Native gunzip (every member of a record-per-member .warc.gz), errors passed along. */
function gunzipped(source: Readable): Readable {
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  return source.pipe(gunzip);
}
