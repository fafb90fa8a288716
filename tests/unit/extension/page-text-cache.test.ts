// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageTextCache } from '../../../extension/content/page/page-text-cache';
import { analyze } from '../../../src/analyze';
import { readBlocks } from '../../../src/extract/blocks';

const page = (html: string) => {
  document.body.innerHTML = html;
  return readBlocks(document);
};
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A one-line page, read and kept. */
function keptReading() {
  page('<p>This article first appeared on Example News.</p>');
  const cache = pageTextCache(document);
  cache.begin();
  const text = readBlocks(document);
  cache.keep(text);
  return { cache, text };
}

describe('pageTextCache', () => {
  it('keeps a reading while the page is unchanged', async () => {
    const cache = pageTextCache(document);
    cache.begin();
    const text = page('<p>This article first appeared on Example News.</p>');
    await settle();
    // The reading itself changed the page (innerHTML): begin() came first, so it is stale.
    cache.keep(text);
    expect(cache.take()).toBeNull();
    cache.begin();
    const again = readBlocks(document);
    cache.keep(again);
    await settle();
    expect(cache.take()).toBe(again);
  });

  it.each([
    ['a node added', () => document.body.append(document.createElement('p'))],
    [
      'text changed',
      () => {
        document.querySelector('p')!.firstChild!.nodeValue = 'Originally published by Other.';
      },
    ],
    ['an element hidden', () => document.querySelector('p')!.setAttribute('hidden', '')],
    ['a class changed', () => document.querySelector('p')!.setAttribute('class', 'comments')],
    [
      'a script and a paragraph added',
      () => {
        document.body.append(document.createElement('script'), document.createElement('p'));
      },
    ],
  ])('drops it after %s, delivered or not', async (_, change) => {
    const { cache, text } = keptReading();
    expect(cache.take()).toBe(text);
    change();
    // Not yet delivered to the observer: take() asks for pending changes itself.
    expect(cache.take()).toBeNull();
    await settle();
    expect(cache.take()).toBeNull();
  });

  it.each([
    ['a data attribute set', () => document.body.setAttribute('data-state', 'ready')],
    ['a script added', () => document.body.append(document.createElement('script'))],
    [
      'the head changed',
      () => {
        document.title = 'Another title';
        document.head.append(document.createElement('meta'));
      },
    ],
  ])('keeps it after %s, which the walk does not read', async (_, change) => {
    const { cache, text } = keptReading();
    change();
    expect(cache.take()).toBe(text);
    await settle();
    expect(cache.take()).toBe(text);
  });

  it('drops a reading the page changed under before it was kept', async () => {
    page('<p>One line.</p>');
    const cache = pageTextCache(document);
    cache.begin();
    const text = readBlocks(document);
    document.body.append(document.createElement('div'));
    await settle();
    cache.keep(text);
    expect(cache.take()).toBeNull();
  });
});

describe('analyze with a reading given', () => {
  it('reports what it reports when it reads the page itself', () => {
    const html =
      '<article><h1>A story</h1><p>This article was originally published by The Conversation.</p><p>© 2024 Example Media</p></article>';
    const text = page(html);
    const url = 'https://example.org/2024/05/story';
    expect(analyze(document, { url, page: text })).toEqual(analyze(document, { url }));
  });

  it('reads the blocks it is given, not the page again', () => {
    const given = page('<article><p>This article first appeared on Example News.</p></article>');
    page('<article><p>Nothing about a source here.</p></article>');
    const url = 'https://example.org/2024/05/story';
    const evidence = (r: ReturnType<typeof analyze>) => r.evidence.map((e) => e.text).join(' ');
    expect(evidence(analyze(document, { url, page: given }))).toContain('Example News');
    expect(evidence(analyze(document, { url }))).not.toContain('Example News');
  });
});
