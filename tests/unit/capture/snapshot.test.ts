import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { makeCapture } from '../../../src/capture/model/model';
import {
  type FetchedImage,
  type FetchImage,
  MB,
  size,
  snapshotPage,
} from '../../../src/capture/snapshot/snapshot';
import { sampleReport } from './sample';

const URL = 'https://news.example/world/story.html';

function page(body: string, head = ''): Document {
  return new JSDOM(
    `<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`,
    { url: URL },
  ).window.document;
}

/** A parsed copy of the snapshot, to look into. */
function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

const png = (n: number): FetchedImage => ({ type: 'image/png', size: n, bytes: new Uint8Array(n) });

/** A fetcher over a table of addresses; the rest fail. */
function fetcher(table: Record<string, FetchedImage | null>): FetchImage & { calls: string[] } {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    return table[url] ?? null;
  };
  return Object.assign(fn, { calls });
}

describe('snapshotPage', () => {
  it('never changes the live page', async () => {
    const doc = page(
      `<p onclick="x()">Hello <a href="/other">there</a></p><script>1</script>
       <input id="q" value="old"><img src="/a.png" srcset="/a2.png 2x"><iframe src="/f"></iframe>`,
      '<style>p { color: red }</style>',
    );
    (doc.getElementById('q') as HTMLInputElement).value = 'typed';
    const before = doc.documentElement.outerHTML;
    await snapshotPage(doc, { fetchImage: fetcher({ 'https://news.example/a.png': png(10) }) });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect((doc.getElementById('q') as HTMLInputElement).value).toBe('typed');
    expect(doc.querySelector('base')).toBeNull();
  });

  it('takes out scripts, noscript, event handlers and javascript: addresses, and says so', async () => {
    const doc = page(
      `<div onload="steal()" onmouseover="x()"><a href="javascript:alert(1)">a</a>
       <a href="jav&#x09;ascript:alert(2)">b</a><form action="javascript:void 0"></form></div>
       <script>document.title = 'x'</script><script src="/app.js"></script>
       <noscript><img src="/track.gif"></noscript><svg><a xlink:href="javascript:alert(3)">c</a></svg>`,
    );
    const { html, omitted } = await snapshotPage(doc);
    const out = parse(html);
    expect(out.querySelectorAll('script, noscript')).toHaveLength(0);
    expect(html).not.toMatch(/onload|onmouseover|javascript:|steal/i);
    expect(out.querySelectorAll('a')).toHaveLength(3);
    expect(omitted).toEqual(
      expect.arrayContaining([
        'script elements (2)',
        'noscript elements (1)',
        'event-handler attributes (2)',
        'unsafe addresses (4)',
      ]),
    );
  });

  it('adds a <base> and makes links absolute, leaving in-page links alone', async () => {
    const doc = page(
      '<a href="../sport/">s</a><a href="#top">t</a><a href="mailto:a@b.example">m</a>',
    );
    const out = parse((await snapshotPage(doc)).html);
    expect(out.querySelector('head > base')?.getAttribute('href')).toBe(URL);
    expect([...out.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/sport/',
      '#top',
      'mailto:a@b.example',
    ]);
  });

  it('inlines readable stylesheets and lists the ones the page may not read', async () => {
    const doc = page(
      '<p>x</p>',
      `<style media="print">p { color: red; }</style>
       <link rel="stylesheet" href="https://cdn.example/site.css">
       <link rel="stylesheet" href="/missing.css">`,
    );
    const link = doc.querySelector('link[href*="cdn"]');
    const crossOrigin = {
      ownerNode: link,
      href: 'https://cdn.example/site.css',
      disabled: false,
      media: { mediaText: '' },
      get cssRules(): CSSRuleList {
        throw new DOMException('cannot read', 'SecurityError');
      },
    };
    Object.defineProperty(doc, 'styleSheets', {
      value: [...Array.from(doc.styleSheets), crossOrigin],
    });
    const { html, omitted } = await snapshotPage(doc);
    const out = parse(html);
    const style = out.querySelector('style');
    expect(style?.textContent).toMatch(/p\s*\{\s*color: red;?\s*\}/);
    expect(style?.getAttribute('media')).toBe('print');
    expect(out.querySelectorAll('link')).toHaveLength(0);
    expect(omitted).toEqual([
      'stylesheet from cdn.example (not readable by the extension)',
      'stylesheet https://news.example/missing.css (not loaded by the page)',
    ]);
  });

  it('fetches the style sheets of another origin it may not read, and lists those it cannot', async () => {
    const doc = page(
      '<p>x</p>',
      `<link rel="stylesheet" href="https://cdn.example/site.css">
       <link rel="stylesheet" href="https://fonts.example/f.css">`,
    );
    const unreadable = (href: string) => ({
      ownerNode: doc.querySelector(`link[href="${href}"]`),
      href,
      disabled: false,
      media: { mediaText: '' },
      get cssRules(): CSSRuleList {
        throw new DOMException('cannot read', 'SecurityError');
      },
    });
    Object.defineProperty(doc, 'styleSheets', {
      value: [
        unreadable('https://cdn.example/site.css'),
        unreadable('https://fonts.example/f.css'),
      ],
    });
    const asked: string[] = [];
    const { html, omitted } = await snapshotPage(doc, {
      fetchStyleSheet: async (url) => {
        asked.push(url);
        return url.includes('cdn.example')
          ? { css: 'article p { color: navy; }' }
          : { error: 'no access to fonts.example' };
      },
    });
    expect(asked).toEqual(['https://cdn.example/site.css', 'https://fonts.example/f.css']);
    const out = parse(html);
    expect([...out.querySelectorAll('style')].map((s) => s.textContent)).toEqual([
      'article p { color: navy; }',
    ]);
    expect(out.querySelectorAll('link')).toHaveLength(0);
    expect(omitted).toEqual(['stylesheet from fonts.example (no access to fonts.example)']);
  });

  it('embeds images as data URLs and drops srcset and <picture> sources', async () => {
    const doc = page(
      `<picture><source srcset="/wide.png" media="(min-width: 800px)"><img id="p" src="/a.png" srcset="/a.png 1x, /a2.png 2x" alt="A"></picture>
       <img id="again" src="/a.png">`,
    );
    const fetch = fetcher({ 'https://news.example/a.png': png(3) });
    const { html, omitted } = await snapshotPage(doc, { fetchImage: fetch });
    const out = parse(html);
    expect(out.getElementById('p')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(out.getElementById('p')?.hasAttribute('srcset')).toBe(false);
    expect(out.getElementById('p')?.getAttribute('alt')).toBe('A');
    expect(out.getElementById('again')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(out.querySelectorAll('source')).toHaveLength(0);
    expect(fetch.calls).toEqual(['https://news.example/a.png']);
    expect(omitted).toEqual([]);
  });

  it('keeps images out over the per-image and total caps, and lists each one', async () => {
    const doc = page(
      `<img id="big" src="/big.jpg"><img id="a" src="/a.png"><img id="b" src="/b.png">
       <img id="c" src="/c.png"><img id="gone" src="/gone.png"><img id="html" src="/page">`,
    );
    const fetch = fetcher({
      'https://news.example/big.jpg': { type: 'image/jpeg', size: 3.1 * MB, bytes: null },
      'https://news.example/a.png': png(1.5 * MB),
      'https://news.example/b.png': png(1.5 * MB),
      'https://news.example/c.png': png(10),
      'https://news.example/page': { type: 'text/html', size: 5, bytes: new Uint8Array(5) },
    });
    const { html, omitted } = await snapshotPage(doc, {
      fetchImage: fetch,
      maxImageBytes: 2 * MB,
      maxTotalBytes: 2 * MB,
    });
    const out = parse(html);
    const src = (id: string) => out.getElementById(id)?.getAttribute('src') ?? null;
    expect(src('big')).toBeNull();
    expect(src('a')).toMatch(/^data:image\/png;base64,/);
    expect(src('b')).toBeNull();
    expect(src('c')).toMatch(/^data:image\/png;base64,/);
    expect(src('gone')).toBeNull();
    expect(src('html')).toBeNull();
    expect(omitted).toEqual([
      'image https://news.example/big.jpg (3.1 MB, over the 2 MB cap)',
      'image https://news.example/b.png (over the 2 MB cap for all images)',
      'image https://news.example/gone.png could not be fetched',
      'image https://news.example/page (not an image file)',
    ]);
  });

  it('stops fetching once the total cap is reached', async () => {
    const doc = page(
      '<img src="/1.png"><img src="/2.png"><img src="/3.png"><img src="/4.png"><img src="/5.png"><img src="/6.png">',
    );
    const table = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((n) => [`https://news.example/${n}.png`, png(MB)]),
    );
    const fetch = fetcher(table);
    const { omitted } = await snapshotPage(doc, { fetchImage: fetch, maxTotalBytes: 2 * MB });
    expect(omitted).toHaveLength(4);
    // Two embedded, and at most the few fetched ahead of them.
    expect(fetch.calls.length).toBeLessThan(6);
  });

  it('lists every image as not fetched when no fetcher is given', async () => {
    const doc = page('<img src="/a.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    const { html, omitted } = await snapshotPage(doc);
    expect(omitted).toEqual(['image https://news.example/a.png (not fetched)']);
    expect(html).toContain('src="data:image/gif;base64,R0lGODlhAQABAAAAACw="');
  });

  it('a fetcher that throws counts as not fetched', async () => {
    const doc = page('<img src="/a.png">');
    const fetchImage = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await snapshotPage(doc, { fetchImage })).omitted).toEqual([
      'image https://news.example/a.png could not be fetched',
    ]);
  });

  it('keeps form fields as typed, but never a password', async () => {
    const doc = page(
      `<input id="t" value="default"><textarea id="ta">old</textarea>
       <input id="cb" type="checkbox" checked><input id="pw" type="password" value="">
       <select id="s"><option value="1" selected>One</option><option value="2">Two</option></select>`,
    );
    (doc.getElementById('t') as HTMLInputElement).value = 'what I typed';
    (doc.getElementById('ta') as HTMLTextAreaElement).value = 'my notes';
    (doc.getElementById('cb') as HTMLInputElement).checked = false;
    (doc.getElementById('pw') as HTMLInputElement).value = 'hunter2';
    (doc.getElementById('s') as HTMLSelectElement).value = '2';
    const { html, omitted } = await snapshotPage(doc);
    const out = parse(html);
    expect(out.getElementById('t')?.getAttribute('value')).toBe('what I typed');
    expect(out.getElementById('ta')?.textContent).toBe('my notes');
    expect(out.getElementById('cb')?.hasAttribute('checked')).toBe(false);
    expect(html).not.toContain('hunter2');
    expect((out.getElementById('s') as HTMLSelectElement).value).toBe('2');
    expect(omitted).toEqual(['password fields left empty (1)']);
  });

  it('removes frames, plugins, canvas and video, naming what they showed', async () => {
    const doc = page(
      `<iframe src="https://video.example/embed/1"></iframe><iframe srcdoc="<p>x</p>"></iframe>
       <object data="/movie.swf"><embed src="/movie.swf"></object><embed src="/x.pdf">
       <canvas></canvas><video src="/clip.mp4"></video>`,
    );
    const { html, omitted } = await snapshotPage(doc);
    expect(parse(html).querySelectorAll('iframe, object, embed, canvas, video')).toHaveLength(0);
    expect(omitted).toEqual([
      'embedded frame https://video.example/embed/1',
      'embedded frame',
      'embedded object https://news.example/movie.swf',
      'embedded object https://news.example/x.pdf',
      'canvas drawings (1)',
      'video https://news.example/clip.mp4',
    ]);
  });

  it("leaves out the extension's own highlights and comment box, keeping the text", async () => {
    const doc = page(
      `<p>One <mark data-provenance-lens="note">two</mark> three</p><div data-provenance-lens="box">Save</div>`,
      '<style data-provenance-lens>::highlight(x) { color: red }</style>',
    );
    const out = parse((await snapshotPage(doc, { ownMarker: 'data-provenance-lens' })).html);
    expect(out.body.textContent).toBe('One two three');
    expect(out.querySelector('[data-provenance-lens], mark')).toBeNull();
    expect(out.querySelector('style')).toBeNull();
  });

  it('goes through sanitizeHtml in makeCapture with embedded images and styles intact', async () => {
    const doc = page(
      '<h1 style="color: blue">Title</h1><img src="/a.png"><a href="/b">b</a>',
      '<style>h1 { font-weight: bold; }</style>',
    );
    const snapshot = await snapshotPage(doc, {
      fetchImage: fetcher({ 'https://news.example/a.png': png(3) }),
    });
    const capture = makeCapture(
      { url: URL, report: sampleReport({ url: URL }), snapshot },
      { parse: (h) => new JSDOM(h).window.document },
    );
    const out = parse(capture.snapshot.html);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    expect(out.querySelector('a')?.getAttribute('href')).toBe('https://news.example/b');
    expect(out.querySelector('style')?.textContent).toContain('font-weight: bold');
    expect(capture.snapshot.omitted).toEqual(['base element (1)']);
  });
});

describe('size', () => {
  it.each([
    [3.1 * MB, '3.1 MB'],
    [2 * MB, '2 MB'],
    [20 * MB, '20 MB'],
    [340 * 1024, '340 KB'],
    [10, '1 KB'],
  ])('%d bytes → %s', (n, text) => {
    expect(size(n)).toBe(text);
  });
});
