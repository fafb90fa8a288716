// @vitest-environment jsdom
/**
 * The content script (main.ts) over a fake `chrome`, before and after analyzer.js is injected:
 * its own two methods always, analyzer.js's methods only once it is there, and none of them
 * for anyone but this extension's pages (the popup, the background).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../../extension/shared/dispatch';
import { CHANNEL } from '../../../extension/shared/protocol';
import type { Capture } from '../../../src/capture/model/model';
import { validateCapture } from '../../../src/capture/model/validate';

type Listener = (msg: unknown, sender: SenderInfo, reply: (a: unknown) => void) => boolean;

const EXT = 'ext';
const msg = (method: string, params: unknown) => ({ channel: CHANNEL, method, params });
const popup: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
const background: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/background.js` };
const contentScript: SenderInfo = {
  id: EXT,
  url: 'https://news.example/story',
  tab: { id: 5, url: 'https://news.example/story' },
};

const listeners: Listener[] = [];
const scope = globalThis as Record<string, unknown>;

beforeAll(async () => {
  window.history.replaceState(null, '', '/story');
  document.body.innerHTML = `<main><article><h1>Storm closes coastal road</h1>
    <p>Heavy rain closed the coastal road on Monday, officials said.</p>
    <p>The original source of this article is South Front</p>
    <p>Copyright © South Front, 2020</p></article></main>`;
  scope.__LENS_BENCH__ = false;
  scope.chrome = {
    runtime: {
      id: EXT,
      getURL: (p: string) => `chrome-extension://${EXT}/${p}`,
      sendMessage: async () => ({ ok: true, value: null }),
      onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
    },
  };
  await import('../../../extension/content/page/main');
});

afterAll(() => {
  delete scope.chrome;
  delete scope.__provenanceLensFull;
  delete scope.__LENS_BENCH__;
});

function ask(message: unknown, sender: SenderInfo): Promise<unknown> {
  return new Promise((resolve) => {
    if (!listeners[0]!(message, sender, resolve)) resolve('no-answer');
  });
}

function selectWords(words: string) {
  const text = document.body.textContent ?? '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return text;
  }
  throw new Error(`not on the page: ${words}`);
}

describe('before analyzer.js is injected', () => {
  it('answers its own methods and refuses the analyser’s', async () => {
    expect(await ask(msg('ping', {}), popup)).toEqual({
      ok: true,
      value: { ready: true, full: false },
    });
    for (const method of [
      'capture',
      'annotateSelection',
      'annotations',
      'highlight',
      'addAnnotation',
    ]) {
      expect(await ask(msg(method, {}), popup)).toEqual({ ok: false, error: 'rejected' });
    }
  });
});

describe('with analyzer.js', () => {
  beforeAll(async () => {
    await import('../../../extension/content/analyzer/main');
  });

  it('says the full analyser is there', async () => {
    expect(await ask(msg('ping', {}), popup)).toEqual({
      ok: true,
      value: { ready: true, full: true },
    });
  });

  it('keeps the selection pending when the background asks, with nothing to type in', async () => {
    selectWords('closed the coastal road');
    expect(await ask(msg('annotateSelection', {}), background)).toEqual({
      ok: true,
      value: {
        pending: expect.stringMatching(/^[0-9a-f-]{36}$/),
        quote: 'closed the coastal road',
      },
    });
    expect(document.querySelectorAll('textarea, input, [contenteditable]')).toHaveLength(0);
  });

  it('gives the popup a valid capture of the page', async () => {
    const answer = (await ask(msg('capture', {}), popup)) as { ok: true; value: Capture };
    expect(answer.ok).toBe(true);
    expect(validateCapture(answer.value).ok).toBe(true);
    expect(answer.value.url).toBe(location.href);
    expect(answer.value.screenshot).toBeNull();
    expect(answer.value.report.schema).toBe('provenance-report/1');
    // The pending annotation's highlight is not part of the page kept.
    expect(answer.value.snapshot.html).not.toMatch(/provenance-lens-pending|<mark/);
  });

  it('lists no annotation before one is saved', async () => {
    expect(await ask(msg('annotations', {}), popup)).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['capture with params', msg('capture', { url: 'https://elsewhere.example/' })],
    ['annotateSelection with a quote', msg('annotateSelection', { text: 'x' })],
    ['annotations as null', msg('annotations', null)],
    ['an inherited method', msg('constructor', {})],
  ])('refuses %s', async (_name, message) => {
    expect(await ask(message, popup)).toEqual({ ok: false, error: 'rejected' });
  });

  it.each([
    ['a content script', contentScript],
    ['another extension', { ...popup, id: 'other' }],
    ['a web page', { url: 'https://evil.example/', tab: { id: 5 } }],
  ])('refuses every analyser method from %s', async (_name, sender) => {
    for (const method of ['capture', 'annotateSelection', 'annotations', 'dropAnnotation']) {
      expect(await ask(msg(method, {}), sender)).toEqual({ ok: false, error: 'untrusted' });
    }
  });
});
