/**
 * A small WARC/1.1 record writer (ISO 28500:2017). A record is the version line, named fields,
 * a blank line, the content block of exactly Content-Length bytes, then two CRLFs. Digests are
 * `sha256:<hex>`, as Webrecorder tools write and read them.
 */
import { gzipSync } from 'fflate';
import { concatBytes, sha256Hex, utf8 } from '../bytes';

export type WarcType = 'warcinfo' | 'response' | 'resource' | 'metadata';

export interface WarcRecordSpec {
  type: WarcType;
  /** `urn:uuid:…`, written in angle brackets as the standard requires. */
  recordId: string;
  /** ISO 8601 date-time; written in UTC to the second. */
  date: string;
  contentType: string;
  block: Uint8Array;
  targetUri?: string;
  /** Where the payload starts inside the block (after the HTTP header of a response). */
  payloadOffset?: number;
  /** Further named fields, in order (WARC-Concurrent-To, WARC-Filename…). */
  fields?: ReadonlyArray<readonly [string, string]>;
}

export interface WarcRecord {
  bytes: Uint8Array<ArrayBuffer>;
  recordId: string;
  /** `sha256:<hex>` of the payload (the whole block when it has no HTTP header). */
  payloadDigest: string;
}

const CRLF = '\r\n';

/** Serialises one record; with `gzip`, as its own gzip member so it can be read alone. */
export async function writeWarcRecord(spec: WarcRecordSpec, gzip = false): Promise<WarcRecord> {
  const payload = spec.block.subarray(spec.payloadOffset ?? 0);
  const blockDigest = `sha256:${await sha256Hex(spec.block)}`;
  const payloadDigest = `sha256:${await sha256Hex(payload)}`;
  const fields: Array<readonly [string, string]> = [
    ['WARC-Type', spec.type],
    ['WARC-Record-ID', `<${spec.recordId}>`],
    ['WARC-Date', warcDate(spec.date)],
  ];
  if (spec.targetUri) fields.push(['WARC-Target-URI', spec.targetUri]);
  fields.push(...(spec.fields ?? []));
  fields.push(['Content-Type', spec.contentType]);
  if (spec.type !== 'warcinfo') fields.push(['WARC-Payload-Digest', payloadDigest]);
  fields.push(['WARC-Block-Digest', blockDigest]);
  fields.push(['Content-Length', String(spec.block.length)]);
  const head = `WARC/1.1${CRLF}${fields.map(([k, v]) => `${k}: ${fieldValue(v)}${CRLF}`).join('')}${CRLF}`;
  const raw = concatBytes([utf8(head), spec.block, utf8(CRLF + CRLF)]);
  return { bytes: gzip ? gzipSync(raw) : raw, recordId: spec.recordId, payloadDigest };
}

/** An HTTP/1.1 200 response as a response record's block, and where its payload starts. */
export function httpResponseBlock(
  body: Uint8Array,
  contentType: string,
): { block: Uint8Array<ArrayBuffer>; payloadOffset: number } {
  const head = utf8(
    `HTTP/1.1 200 OK${CRLF}Content-Type: ${contentType}${CRLF}Content-Length: ${body.length}${CRLF}${CRLF}`,
  );
  return { block: concatBytes([head, body]), payloadOffset: head.length };
}

/** An `application/warc-fields` block: one `name: value` line per field. */
export function warcFieldsBlock(fields: Record<string, string>): Uint8Array<ArrayBuffer> {
  return utf8(
    Object.entries(fields)
      .map(([k, v]) => `${k}: ${fieldValue(v)}${CRLF}`)
      .join(''),
  );
}

/** `2024-05-01T12:00:00Z`: UTC, whole seconds (WARC 1.1 allows finer, older readers do not). */
export function warcDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// A field value may not contain CR or LF: that would end the header early (field injection).
function fieldValue(v: string): string {
  return v.replace(/[\r\n]+/g, ' ');
}
