/**
 * A style sheet for a snapshot that the page itself may not read (another origin's, served
 * without CORS: most news sites' CDNs). The background fetches it only where the reader has
 * given the extension access to that origin, without cookies or other credentials, http(s)
 * only, at most 2 MB in 10 s, CSS only; an address on the reader's own network only for a page
 * on the same kind of network (as "Check against the original" does). Every refusal is a few
 * words for the capture's list of what was not kept, never a throw.
 */
import type { Browser } from '../shared/browser';
import type { StyleSheetResult } from '../shared/protocol';
import { httpAddress, networkOf } from './fetch-original';

export const STYLESHEET_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024 };

/** Fetches `address` for a snapshot of the page at `pageUrl`. */
export async function fetchStyleSheet(
  api: Browser,
  address: string,
  pageUrl: string,
  get: typeof fetch = (input, init) => fetch(input, init),
): Promise<StyleSheetResult> {
  const url = httpAddress(address);
  if (!url) return { error: 'not a web address' };
  const page = httpAddress(pageUrl);
  const here = page ? networkOf(page.hostname) : 'public';
  const there = networkOf(url.hostname);
  if (there !== 'public' && there !== here) return { error: 'on your own network' };
  const granted = await api.permissions
    .contains({ origins: [`${url.origin}/*`] })
    .catch(() => false);
  if (!granted) return { error: `no access to ${url.host}` };
  try {
    const res = await get(url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(STYLESHEET_LIMITS.timeoutMs),
    });
    if (!res.ok) return { error: `HTTP ${res.status}` };
    const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'text/css') return { error: 'not a style sheet' };
    if (Number(res.headers.get('content-length')) > STYLESHEET_LIMITS.maxBytes) {
      void res.body?.cancel().catch(() => {});
      return { error: 'larger than 2 MB' };
    }
    const css = await res.text();
    if (css.length > STYLESHEET_LIMITS.maxBytes) return { error: 'larger than 2 MB' };
    return { css };
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    return { error: name === 'TimeoutError' ? 'no answer in 10 seconds' : 'network error' };
  }
}
