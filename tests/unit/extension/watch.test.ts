// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { watchArticle } from '../../../extension/content/page/watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchArticle', () => {
  it('reports a wholesale article replacement once, after the page settles', async () => {
    document.body.innerHTML = '<main><article><h1>One</h1><p>text</p></article></main>';
    const onChange = vi.fn();
    const stop = watchArticle(document, onChange, 20);
    const next = document.createElement('article');
    next.innerHTML = '<h1>Two</h1><p>other text</p>';
    document.querySelector('article')?.replaceWith(next);
    document.body.append(document.createElement('div'));
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores changes that leave the same article on screen', async () => {
    document.body.innerHTML = '<main><article><h1>One</h1><p>text</p></article></main>';
    const onChange = vi.fn();
    const stop = watchArticle(document, onChange, 20);
    document.querySelector('article')?.append(document.createElement('aside'));
    await wait(60);
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('reports a history navigation', async () => {
    document.body.innerHTML = '<main><article><h1>One</h1></article></main>';
    const onChange = vi.fn();
    const stop = watchArticle(document, onChange, 20);
    history.pushState({}, '', '/story-2');
    document.body.append(document.createElement('span'));
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });
});
