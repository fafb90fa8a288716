import { describe, expect, it, vi } from 'vitest';
import { fetchStyleSheet } from '../../../extension/background/fetch-stylesheet';
import type { Browser } from '../../../extension/shared/browser';
import { fakeBrowser } from './fake-browser';

const PAGE = 'https://news.example/story';

/** An API whose only host access is `granted`. */
function api(granted: string[]): Browser {
  return fakeBrowser({
    permissions: {
      contains: async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
    },
  }).api;
}

function server(body: string, type = 'text/css; charset=utf-8', status = 200) {
  return vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(body, { status, headers: { 'content-type': type } }),
  );
}

describe('fetchStyleSheet', () => {
  it('fetches a sheet of an origin the reader gave access to, without cookies', async () => {
    const get = server('p { color: navy }');
    const got = await fetchStyleSheet(
      api(['https://cdn.example/*']),
      'https://cdn.example/site.css',
      PAGE,
      get,
    );
    expect(got).toEqual({ css: 'p { color: navy }' });
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  it('asks nothing of an origin without access, and says which', async () => {
    const get = server('p {}');
    const got = await fetchStyleSheet(api([]), 'https://fonts.example/f.css', PAGE, get);
    expect(got).toEqual({ error: 'no access to fonts.example' });
    expect(get).not.toHaveBeenCalled();
  });

  it('refuses an address on the reader’s own network for a public page', async () => {
    const get = server('p {}');
    const granted = api(['http://192.168.1.1/*']);
    expect(await fetchStyleSheet(granted, 'http://192.168.1.1/a.css', PAGE, get)).toEqual({
      error: 'on your own network',
    });
    expect(await fetchStyleSheet(granted, 'javascript:alert(1)', PAGE, get)).toEqual({
      error: 'not a web address',
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('keeps only CSS that came back whole', async () => {
    const granted = api(['https://cdn.example/*']);
    const sheet = 'https://cdn.example/site.css';
    expect(await fetchStyleSheet(granted, sheet, PAGE, server('<html>', 'text/html'))).toEqual({
      error: 'not a style sheet',
    });
    expect(await fetchStyleSheet(granted, sheet, PAGE, server('', 'text/css', 404))).toEqual({
      error: 'HTTP 404',
    });
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchStyleSheet(granted, sheet, PAGE, failing)).toEqual({
      error: 'network error',
    });
  });
});
