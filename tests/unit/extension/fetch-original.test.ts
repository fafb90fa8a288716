import { describe, expect, it, vi } from 'vitest';
import { fetchOriginal, mayFetch, networkOf } from '../../../extension/background/fetch-original';
import { createRouter } from '../../../extension/background/router';
import { tabStore } from '../../../extension/background/tab-state';
import { CHANNEL } from '../../../extension/shared/protocol';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

const PAGE = 'https://www.globalresearch.ca/copy';
const ORIGINAL = 'https://southfront.org/original';
const HTML = '<!doctype html><html><body><p>Text</p></body></html>';

/** A fetch that answers `body` with `init`, and records what it was asked. */
function fakeFetch(body: BodyInit | null, init: ResponseInit & { url?: string } = {}) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const get = vi.fn(async (url: RequestInfo | URL, options?: RequestInit) => {
    calls.push({ url: String(url), init: options });
    const res = new Response(body, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      ...init,
    });
    Object.defineProperty(res, 'url', { value: init.url ?? String(url) });
    return res;
  });
  return { get: get as unknown as typeof fetch, calls };
}

describe('fetchOriginal', () => {
  it('fetches once, without cookies or credentials, following redirects', async () => {
    const { get, calls } = fakeFetch(HTML);
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toEqual({
      ok: true,
      html: HTML,
      url: ORIGINAL,
      finalUrl: ORIGINAL,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'follow' });
    expect(calls[0]!.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('reports where the redirects ended', async () => {
    const { get } = fakeFetch(HTML, { url: 'https://southfront.org/2020/story' });
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toMatchObject({
      ok: true,
      url: ORIGINAL,
      finalUrl: 'https://southfront.org/2020/story',
    });
  });

  it('drops a user name and password from the address', async () => {
    const { get, calls } = fakeFetch(HTML);
    await fetchOriginal('https://me:secret@southfront.org/a', PAGE, get);
    expect(calls[0]!.url).toBe('https://southfront.org/a');
  });

  it('gives an error status as http-<code>', async () => {
    const { get } = fakeFetch('gone', { status: 404 });
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toEqual({
      ok: false,
      error: 'http-404',
      url: ORIGINAL,
      finalUrl: ORIGINAL,
    });
  });

  it('refuses what is not HTML', async () => {
    const { get } = fakeFetch('{}', { headers: { 'content-type': 'application/json' } });
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toMatchObject({
      ok: false,
      error: 'not-html',
    });
  });

  it('takes an answer without a type only when it looks like HTML', async () => {
    const typeless = (body: string) => {
      const { get } = fakeFetch(null);
      return vi.fn(async (url: string) => {
        const res = new Response(new TextEncoder().encode(body));
        Object.defineProperty(res, 'url', { value: url });
        return res;
      }) as unknown as typeof get;
    };
    expect((await fetchOriginal(ORIGINAL, PAGE, typeless(HTML))).ok).toBe(true);
    expect(await fetchOriginal(ORIGINAL, PAGE, typeless('%PDF-1.7'))).toMatchObject({
      error: 'not-html',
    });
  });

  it('refuses a body announced as larger than the cap, without reading it', async () => {
    const { get } = fakeFetch(HTML, {
      headers: { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) },
    });
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toMatchObject({ error: 'too-large' });
  });

  it('stops reading a body that passes the cap', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const { get } = fakeFetch(endless);
    const limits = { timeoutMs: 10_000, maxBytes: 1024 * 1024 };
    expect(await fetchOriginal(ORIGINAL, PAGE, get, limits)).toMatchObject({ error: 'too-large' });
    expect(pulled).toBeLessThan(20);
  });

  it('gives up after the time limit', async () => {
    const hanging = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_ok, fail) =>
          init.signal?.addEventListener('abort', () => fail(new DOMException('aborted'))),
        ),
    ) as unknown as typeof fetch;
    const limits = { timeoutMs: 20, maxBytes: 1024 };
    expect(await fetchOriginal(ORIGINAL, PAGE, hanging, limits)).toEqual({
      ok: false,
      error: 'timeout',
      url: ORIGINAL,
      finalUrl: null,
    });
  });

  it('gives any other failure as network', async () => {
    const broken = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await fetchOriginal(ORIGINAL, PAGE, broken)).toMatchObject({ error: 'network' });
  });

  it('fetches nothing but http(s)', async () => {
    const { get, calls } = fakeFetch(HTML);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://a.example/', 'x']) {
      expect(await fetchOriginal(bad, PAGE, get)).toMatchObject({ error: 'blocked-scheme' });
    }
    expect(calls).toHaveLength(0);
  });

  it("refuses the reader's own network when the page is not on it, before fetching", async () => {
    const { get, calls } = fakeFetch(HTML);
    for (const inside of [
      'http://127.0.0.1:8080/admin',
      'http://localhost/',
      'http://2130706433/',
      'http://192.168.1.1/',
      'http://10.0.0.5/',
      'http://[::1]/',
      'http://router.local/',
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      expect(await fetchOriginal(inside, PAGE, get)).toMatchObject({ ok: false, error: 'refused' });
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses a redirect into a private network, and does not read it', async () => {
    const { get } = fakeFetch(HTML, { url: 'http://192.168.0.1/' });
    expect(await fetchOriginal(ORIGINAL, PAGE, get)).toMatchObject({
      ok: false,
      error: 'refused',
      finalUrl: 'http://192.168.0.1/',
    });
  });

  it('fetches a private address for a page on the same kind of network', async () => {
    const { get } = fakeFetch(HTML);
    const local = 'http://127.0.0.1:4000/copy';
    expect((await fetchOriginal('http://127.0.0.1:4001/original', local, get)).ok).toBe(true);
    expect(await fetchOriginal('http://10.1.1.1/original', local, get)).toMatchObject({
      error: 'refused',
    });
  });
});

describe('networkOf', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['localhost', 'loopback'],
    ['app.localhost', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.2.3.4', 'private'],
    ['172.16.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'private'],
    ['[fd00::1]', 'private'],
    ['[fe80::1]', 'private'],
    ['nas.home.arpa', 'private'],
    ['intranet', 'private'],
    ['southfront.org', 'public'],
    ['8.8.8.8', 'public'],
    ['[2001:db8::1]', 'public'],
  ])('%s is %s', (host, kind) => {
    expect(networkOf(host)).toBe(kind);
  });

  it('lets a page on no known address reach only public ones', () => {
    expect(mayFetch(new URL('https://southfront.org/'), null)).toBe(true);
    expect(mayFetch(new URL('http://127.0.0.1/'), null)).toBe(false);
  });
});

describe('the router', () => {
  const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
  const contentScript = { id: 'ext', url: PAGE, tab: { id: 5 } };
  const msg = (params: unknown) => ({ channel: CHANNEL, method: 'fetchOriginal', params });

  it('fetches an original for the popup', async () => {
    const fake = fakeBrowser();
    const { get, calls } = fakeFetch(HTML);
    const route = createRouter(fake.api, tabStore(fake.api), t, undefined, get);
    expect(await route(msg({ url: ORIGINAL, pageUrl: PAGE }), popup)).toEqual({
      ok: true,
      value: { ok: true, html: HTML, url: ORIGINAL, finalUrl: ORIGINAL },
    });
    expect(calls).toHaveLength(1);
  });

  it('never fetches for a content script, nor a malformed request', async () => {
    const fake = fakeBrowser();
    const { get, calls } = fakeFetch(HTML);
    const route = createRouter(fake.api, tabStore(fake.api), t, undefined, get);
    expect(await route(msg({ url: ORIGINAL, pageUrl: PAGE }), contentScript)).toMatchObject({
      ok: false,
    });
    expect(await route(msg({ url: 'javascript:1', pageUrl: PAGE }), popup)).toEqual({
      ok: false,
      error: 'rejected',
    });
    expect(await route(msg({ url: ORIGINAL }), popup)).toEqual({ ok: false, error: 'rejected' });
    expect(calls).toHaveLength(0);
  });
});
