import type { VerificationError } from '../report';
import { decodeBody } from '../verify/decode';
import { looksLikeHtml } from './inputs';

/** What one check may cost (report-v1.md, "Verification of the chain"). */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

export type Fetched =
  | { ok: true; html: string; url: string; finalUrl: string }
  | { ok: false; error: VerificationError; url: string; finalUrl: string | null };

/** An http(s) address without user name or password; null for any other scheme. */
function httpAddress(address: string): string | null {
  const url = URL.canParse(address) ? new URL(address) : null;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') return null;
  url.username = '';
  url.password = '';
  return url.href;
}

/**
 * Fetch the original's page: http(s) only, no cookies or credentials, `timeoutMs` for the
 * whole check, at most `maxBytes`, redirects followed by hand (each address is checked) up to
 * `maxRedirects`. Every failure is a result with its error code, never a throw.
 */
export async function fetchOriginal(url: string, limits = FETCH_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let finalUrl: string | null = null;
  const fail = (error: VerificationError): Fetched => ({ ok: false, error, url, finalUrl });
  let next = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const address = httpAddress(next);
      if (!address) return fail('blocked-scheme');
      const res = await fetch(address, {
        redirect: 'manual',
        credentials: 'omit',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      finalUrl = address;
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (redirects === limits.maxRedirects) return fail(`http-${res.status}`);
        next = URL.canParse(location, address) ? new URL(location, address).href : location;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return fail(`http-${res.status}`);
      }
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
        await res.body?.cancel();
        return fail('not-html');
      }
      const bytes = await readCapped(res, limits.maxBytes);
      if (!bytes) return fail('too-large');
      const html = decodeBody(bytes, res.headers.get('content-type'));
      if (!type && !looksLikeHtml(html)) return fail('not-html');
      return { ok: true, html, url, finalUrl: address };
    }
  } catch {
    return fail(signal.aborted ? 'timeout' : 'network');
  }
}

/** The body, or null when it is larger than `max` bytes (read no further than that). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
