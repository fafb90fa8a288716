// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDraft, fetchImage, uuid } from '../../../extension/content/analyzer/capture';
import type { Annotation } from '../../../src/capture/model/model';
import { validateCapture } from '../../../src/capture/model/validate';
import { sampleReport } from '../capture/sample';

const URL = 'https://news.example/story';

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function note(source = URL): Annotation {
  const text = document.body.textContent ?? '';
  const start = text.indexOf('Storm');
  return {
    id: 'urn:uuid:00000000-0000-4000-8000-00000000000a',
    motivation: 'commenting',
    created: '2024-05-01T12:00:00.000Z',
    creator: 'user',
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: 'Storm', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: start + 5 },
      ],
    },
    body: 'A comment.',
    evidence: null,
  };
}

describe('captureDraft', () => {
  it("builds a valid capture of the page: snapshot, evidence and the reader's notes", async () => {
    document.body.innerHTML = `<h1>Storm closes coastal road</h1>
      <p>The original source of this article is South Front</p>
      <p>Copyright © South Front, South Front, 2020</p>
      <img src="/photo.png" alt="Photo"><a href="/next">next</a>
      <mark data-provenance-lens="provenance-lens-note">kept text</mark>
      <script>track()</script>`;
    const box = document.createElement('provenance-lens-note');
    box.setAttribute('data-provenance-lens', 'comment-box');
    document.documentElement.append(box);
    const fetch = vi.fn(
      async () =>
        new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } }),
    );
    vi.stubGlobal('fetch', fetch);

    const capture = await captureDraft(document, URL, sampleReport({ url: URL }), [note()]);
    box.remove();

    expect(validateCapture(capture).ok).toBe(true);
    expect(capture).toMatchObject({ url: URL, screenshot: null, note: '', tags: [] });
    expect(fetch).toHaveBeenCalledWith(
      new window.URL('/photo.png', document.baseURI).href,
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect(capture.snapshot.html).toContain('src="data:image/png;base64,AQID"');
    expect(capture.snapshot.html).toContain('kept text');
    expect(capture.snapshot.html).not.toMatch(/<script|provenance-lens-note|<mark/);
    expect(capture.snapshot.omitted).toEqual(['script elements (1)']);
    expect(capture.annotations.filter((a) => a.creator === 'user')).toEqual([note()]);
    expect(capture.annotations.some((a) => a.evidence?.kind === 'original-source')).toBe(true);
  });
});

describe('fetchImage', () => {
  it('reads an image without cookies', async () => {
    const fetch = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(new Uint8Array(4), { headers: { 'content-type': 'image/gif' } }),
    );
    vi.stubGlobal('fetch', fetch);
    expect(await fetchImage('https://img.example/a.gif', 10)).toEqual({
      type: 'image/gif',
      size: 4,
      bytes: new Uint8Array(4),
    });
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  it('does not read a body announced as over the cap', async () => {
    const cancel = vi.fn(async () => {});
    const body = { cancel };
    vi.stubGlobal('fetch', async () => ({
      ok: true,
      headers: new Headers({ 'content-type': 'image/jpeg', 'content-length': '3000000' }),
      body,
      arrayBuffer: () => {
        throw new Error('read');
      },
    }));
    expect(await fetchImage('https://img.example/big.jpg', 2_000_000)).toEqual({
      type: 'image/jpeg',
      size: 3_000_000,
      bytes: null,
    });
    expect(cancel).toHaveBeenCalled();
  });

  it('gives the size but not the bytes of a body over the cap it did not announce', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array(20)));
    expect(await fetchImage('https://img.example/a', 10)).toMatchObject({ size: 20, bytes: null });
  });

  it.each([
    ['a 404', async () => new Response('no', { status: 404 })],
    [
      'a CORS refusal',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('gives null for %s', async (_name, impl) => {
    vi.stubGlobal('fetch', impl);
    expect(await fetchImage('https://img.example/a.png', 10)).toBeNull();
  });
});

describe('uuid', () => {
  const FORM = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a version 4 UUID', () => {
    expect(uuid()).toMatch(FORM);
  });

  it('is one on an http: page too, where crypto.randomUUID is missing', () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) });
    const ids = new Set(Array.from({ length: 50 }, uuid));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(FORM);
  });
});
