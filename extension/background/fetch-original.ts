/**
 * "Check against the original": the background fetches the page the reader asked to compare
 * with, under the limits of report-v1.md ("Verification of the chain"): http(s) only, no
 * cookies or credentials, 10 s, 5 MB read as a stream and no further, HTML only. Every failure
 * is a value with its code, never a throw. The page is returned as text; the popup parses and
 * compares it (docs/VERIFY.md, "In the extension").
 */
import type { VerificationError } from '../../src/report';
import { decodeBody } from '../../src/verify/decode';
import type { FetchedOriginal } from '../shared/protocol';

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

export type Network = 'loopback' | 'private' | 'public';

/** An http(s) address without user name or password; null for anything else. */
export function httpAddress(address: string): URL | null {
  const url = URL.canParse(address) ? new URL(address) : null;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return null;
  url.username = '';
  url.password = '';
  return url;
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/;

/**
 * Which kind of network a host name is on, as far as its name tells. The URL parser has already
 * turned every spelling of an IPv4 address (`2130706433`, `0x7f.1`) into dotted form. A public
 * name that resolves to a private address is not seen: an extension cannot resolve names.
 */
export function networkOf(hostname: string): Network {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '::')
    return 'loopback';
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (a === 127 || a === 0) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if ((a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a >= 224)
      return 'private';
    return 'public';
  }
  if (host.includes(':')) {
    // IPv6: unique local (fc00::/7), link-local (fe80::/10), IPv4-mapped in hex.
    if (/^f[cd]|^fe[89ab]|^::ffff:/.test(host)) return 'private';
    return 'public';
  }
  if (LOCAL_NAMES.test(host) || !host.includes('.')) return 'private';
  return 'public';
}

/**
 * Whether the page being read (`pageUrl`, the tab's address) may make the extension fetch
 * `target`: a public address always; one on the reader's own network only when the page is on
 * the same kind of network (a hostile page's chain must not probe the reader's network).
 */
export function mayFetch(target: URL, pageUrl: string | null): boolean {
  const kind = networkOf(target.hostname);
  if (kind === 'public') return true;
  const page = pageUrl ? httpAddress(pageUrl) : null;
  return page !== null && networkOf(page.hostname) === kind;
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * Fetches the original's page. Redirects are followed by the browser (`redirect: 'follow'`,
 * which does not say how many there were) and `finalUrl` is where they ended, checked like the
 * first address.
 */
export async function fetchOriginal(
  address: string,
  pageUrl: string | null,
  get: typeof fetch = fetch,
  limits = FETCH_LIMITS,
): Promise<FetchedOriginal> {
  let finalUrl: string | null = null;
  const fail = (error: VerificationError | 'refused'): FetchedOriginal => ({
    ok: false,
    error,
    url: address,
    finalUrl,
  });
  const url = httpAddress(address);
  if (!url) return fail('blocked-scheme');
  if (!mayFetch(url, pageUrl)) return fail('refused');
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
  try {
    const res = await get(url.href, {
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-store',
      signal: abort.signal,
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    const landed = httpAddress(res.url || url.href);
    finalUrl = landed?.href ?? res.url;
    // Whatever is refused is not read.
    const drop = (error: VerificationError | 'refused') => {
      res.body?.cancel().catch(() => {});
      return fail(error);
    };
    if (!landed) return drop('blocked-scheme');
    if (!mayFetch(landed, pageUrl)) return drop('refused');
    if (!res.ok) return drop(`http-${res.status}`);
    const contentType = res.headers.get('content-type');
    const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type && !HTML_TYPES.includes(type)) return drop('not-html');
    if (Number(res.headers.get('content-length') ?? 0) > limits.maxBytes) return drop('too-large');
    const bytes = await readCapped(res, limits.maxBytes);
    if (!bytes) return fail('too-large');
    const html = decodeBody(bytes, contentType);
    if (!type && !/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(html))
      return fail('not-html');
    return { ok: true, html, url: address, finalUrl };
  } catch {
    return fail(abort.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or null as soon as it passes `max` bytes (the rest is never read). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  const reader = res.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
