// @vitest-environment jsdom
/**
 * The annotate window's messages (pendingAnnotation, addAnnotation, dropAnnotation) through the
 * real content script, main.ts with analyzer.js, over a fake `chrome`: the whole round of a
 * comment, the guards on the pending id and the comment, and who may send them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SenderInfo } from '../../../extension/shared/dispatch';
import { CHANNEL, isMessage, pageToAnalyzer } from '../../../extension/shared/protocol';

type Listener = (msg: unknown, sender: SenderInfo, reply: (a: unknown) => void) => boolean;

const EXT = 'ext';
const PAGE_URL = 'https://news.example/story';
const msg = (method: string, params: unknown) => ({ channel: CHANNEL, method, params });
const background: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/background.js` };
const annotateWindow: SenderInfo = {
  id: EXT,
  url: `chrome-extension://${EXT}/annotate.html?tab=5&pending=x`,
  tab: { id: 8 },
};
const contentScript: SenderInfo = { id: EXT, url: PAGE_URL, tab: { id: 5, url: PAGE_URL } };
const FOREIGN = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

const listeners: Listener[] = [];
const scope = globalThis as Record<string, unknown>;

beforeAll(async () => {
  window.history.replaceState(null, '', '/story');
  document.body.innerHTML = `<main><article><h1>Storm closes coastal road</h1>
    <p>Heavy rain closed the coastal road on Monday, officials said.</p>
    <p>The original source of this article is South Front</p></article></main>`;
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
  await import('../../../extension/content/analyzer/main');
});

afterAll(() => {
  delete scope.chrome;
  delete scope.__provenanceLensFull;
  delete scope.__LENS_BENCH__;
});

function ask(message: unknown, sender: SenderInfo = annotateWindow): Promise<unknown> {
  return new Promise((resolve) => {
    if (!listeners[0]!(message, sender, resolve)) resolve('no-answer');
  });
}

/** Selects `words` and has the background ask for them, as "Annotate selection" does. */
async function pick(words: string): Promise<string> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const answer = (await ask(msg('annotateSelection', {}), background)) as {
      ok: true;
      value: { pending: string; quote: string };
    };
    expect(answer).toEqual({
      ok: true,
      value: { pending: expect.stringMatching(/^[0-9a-f-]{36}$/), quote: words },
    });
    return answer.value.pending;
  }
  throw new Error(`not on the page: ${words}`);
}

const own = async () =>
  ((await ask(msg('annotations', {}))) as { value: Array<{ body: string }> }).value;

describe('a comment, from the annotate window', () => {
  it('reads the pending words, adds the comment, and the page lists the annotation', async () => {
    const pending = await pick('closed the coastal road');
    expect(await ask(msg('pendingAnnotation', { pending }))).toEqual({
      ok: true,
      value: { quote: 'closed the coastal road' },
    });
    const added = await ask(msg('addAnnotation', { pending, comment: 'Road closure.' }));
    expect(added).toEqual({ ok: true, value: { id: expect.stringMatching(/^urn:uuid:/) } });
    expect(await own()).toMatchObject([
      {
        motivation: 'commenting',
        creator: 'user',
        body: 'Road closure.',
        target: { source: location.href },
      },
    ]);
    // Added once: the same id is gone now.
    expect(await ask(msg('pendingAnnotation', { pending }))).toEqual({ ok: true, value: null });
    expect(await ask(msg('addAnnotation', { pending, comment: 'Twice.' }))).toEqual({
      ok: false,
      error: 'no-pending',
    });
    expect(await own()).toHaveLength(1);
  });

  it('cancelled: the pending annotation is dropped and cannot be added later', async () => {
    const pending = await pick('South Front');
    expect(await ask(msg('dropAnnotation', { pending }))).toEqual({ ok: true, value: null });
    expect(await ask(msg('pendingAnnotation', { pending }))).toEqual({ ok: true, value: null });
    expect(await ask(msg('addAnnotation', { pending, comment: 'Late.' }))).toEqual({
      ok: false,
      error: 'no-pending',
    });
    expect(await own()).toHaveLength(1);
  });

  it('an id the page did not make reaches nothing', async () => {
    const pending = await pick('officials said');
    expect(await ask(msg('pendingAnnotation', { pending: FOREIGN }))).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask(msg('addAnnotation', { pending: FOREIGN, comment: 'Forged.' }))).toEqual({
      ok: false,
      error: 'no-pending',
    });
    expect(await ask(msg('dropAnnotation', { pending: FOREIGN }))).toEqual({
      ok: true,
      value: null,
    });
    // The real one is untouched.
    expect(await ask(msg('pendingAnnotation', { pending }))).toEqual({
      ok: true,
      value: { quote: 'officials said' },
    });
    await ask(msg('dropAnnotation', { pending }));
  });

  it('takes a comment of 5,000 characters', async () => {
    const pending = await pick('Heavy rain');
    const comment = 'c'.repeat(5_000);
    expect(await ask(msg('addAnnotation', { pending, comment }))).toMatchObject({ ok: true });
    expect((await own()).at(-1)?.body).toBe(comment);
  });
});

describe('guards', () => {
  const ID = '5f0c6a1e-2b3d-4c5e-8f70-1a2b3c4d5e6f';
  it.each<[string, string, unknown]>([
    ['an id in capitals', 'pendingAnnotation', { pending: ID.toUpperCase() }],
    ['an id without dashes', 'pendingAnnotation', { pending: ID.replace(/-/g, '') }],
    ['a version-1 UUID', 'pendingAnnotation', { pending: ID.replace('-4c5e-', '-1c5e-') }],
    ['an id with a space', 'dropAnnotation', { pending: ` ${ID}` }],
    ['an id and more', 'dropAnnotation', { pending: `${ID}0` }],
    ['an id as a number', 'dropAnnotation', { pending: 42 }],
    ['an inherited name as id', 'dropAnnotation', { pending: '__proto__' }],
    ['no id', 'pendingAnnotation', {}],
    ['null params', 'pendingAnnotation', null],
    ['an extra key', 'pendingAnnotation', { pending: ID, tabId: 5 }],
    ['an extra key on drop', 'dropAnnotation', { pending: ID, comment: 'x' }],
    ['an empty comment', 'addAnnotation', { pending: ID, comment: '' }],
    ['a blank comment', 'addAnnotation', { pending: ID, comment: ' \n\t ' }],
    ['a comment of 5,001 characters', 'addAnnotation', { pending: ID, comment: 'c'.repeat(5_001) }],
    ['a comment as a number', 'addAnnotation', { pending: ID, comment: 5 }],
    ['no comment', 'addAnnotation', { pending: ID }],
    ['a malformed id with a comment', 'addAnnotation', { pending: 'x', comment: 'ok' }],
    ['an extra key on add', 'addAnnotation', { pending: ID, comment: 'ok', quote: 'x' }],
    ['a source on add', 'addAnnotation', { pending: ID, comment: 'ok', source: PAGE_URL }],
  ])('refuse %s', async (_name, method, params) => {
    expect(isMessage(msg(method, params), pageToAnalyzer)).toBe(false);
    expect(await ask(msg(method, params))).toEqual({ ok: false, error: 'rejected' });
  });

  it('take the well-formed ones', () => {
    expect(isMessage(msg('pendingAnnotation', { pending: ID }), pageToAnalyzer)).toBe(true);
    expect(isMessage(msg('dropAnnotation', { pending: ID }), pageToAnalyzer)).toBe(true);
    expect(isMessage(msg('addAnnotation', { pending: ID, comment: 'a' }), pageToAnalyzer)).toBe(
      true,
    );
  });
});

describe('senders', () => {
  it.each<[string, SenderInfo]>([
    ['a content script of this extension', contentScript],
    ['a web page', { url: PAGE_URL, tab: { id: 5 } }],
    ['another extension', { ...annotateWindow, id: 'other' }],
  ])('%s can neither read, add nor drop a pending annotation', async (_name, sender) => {
    const pending = await pick('coastal road');
    for (const [method, params] of [
      ['pendingAnnotation', { pending }],
      ['addAnnotation', { pending, comment: 'Forged.' }],
      ['dropAnnotation', { pending }],
      ['annotateSelection', {}],
    ] as const) {
      expect(await ask(msg(method, params), sender), method).toEqual({
        ok: false,
        error: 'untrusted',
      });
    }
    // Still pending, still only the reader's own comments.
    expect(await ask(msg('pendingAnnotation', { pending }))).toEqual({
      ok: true,
      value: { quote: 'coastal road' },
    });
    expect((await own()).map((a) => a.body)).not.toContain('Forged.');
    await ask(msg('dropAnnotation', { pending }));
  });
});
