/**
 * CDXJ index lines (Webrecorder CDXJ 0.1): `<searchable url> <timestamp> <json>`, sorted by
 * bytes. The searchable URL is built the way ReplayWeb.page builds it for a lookup (host
 * reversed, `www.` dropped, query sorted), or the lookup would miss.
 */
import { utf8 } from '../bytes';

export interface CdxEntry {
  url: string;
  /** ISO 8601 date-time of the capture. */
  date: string;
  mime: string;
  status: number;
  digest: string;
  offset: number;
  length: number;
  filename: string;
}

/** The searchable (SURT-ordered) form of an address; non-web addresses are kept as they are. */
export function searchableUrl(url: string): string {
  if (!/^https?:/i.test(url)) return url;
  let u: URL;
  try {
    u = new URL(url.replace(/^(https?:\/\/)www\d*\./i, '$1').toLowerCase());
  } catch {
    return url;
  }
  let key = u.hostname.split('.').reverse().join(',');
  if (u.port) key += `:${u.port}`;
  key += `)${u.pathname}`;
  if (u.search) key += `?${u.search.slice(1).split('&').sort().join('&')}`;
  return key;
}

/** 14-digit UTC timestamp, `YYYYMMDDhhmmss`. */
export function cdxTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** One line, without its newline. */
export function cdxjLine(e: CdxEntry): string {
  const json = JSON.stringify({
    url: e.url,
    mime: e.mime,
    status: e.status,
    digest: e.digest,
    length: e.length,
    offset: e.offset,
    filename: e.filename,
  });
  return `${searchableUrl(e.url)} ${cdxTimestamp(e.date)} ${json}`;
}

/** The whole index: lines sorted by their UTF-8 bytes (as `LC_ALL=C sort`), newline-ended. */
export function cdxjIndex(entries: readonly CdxEntry[]): string {
  const lines = entries.map(cdxjLine);
  const bytes = new Map(lines.map((l) => [l, utf8(l)]));
  lines.sort((a, b) => compareBytes(bytes.get(a)!, bytes.get(b)!));
  return lines.map((l) => `${l}\n`).join('');
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}
