import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../extension/background/router';
import { tabStore } from '../../../extension/background/tab-state';
import {
  CHANNEL,
  isCaptureUpdate,
  NOTE_MAX,
  TAG_MAX,
  TAGS_MAX,
} from '../../../extension/shared/protocol';
import { type Library, StoreError } from '../../../extension/storage/store';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

// The popup saves with one click, then sends the note and tags as a change to that capture.

const msg = (params: unknown) => ({ channel: CHANNEL, method: 'updateCapture', params });
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const contentScript = { id: 'ext', url: 'https://www.globalresearch.ca/a', tab: { id: 5 } };
const change = { id: 'c-2024-05-01-abc', note: 'Check the terms.', tags: ['syria'] };

function fakeLibrary(failure?: unknown) {
  const library = {
    update: vi.fn(async () => {
      if (failure) throw failure;
      return {};
    }),
    close: vi.fn(),
  };
  return { library, open: vi.fn(async () => library as unknown as Library) };
}

const router = (open: () => Promise<Library>) =>
  createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, open);

describe('updateCapture', () => {
  it('sets the note and tags of the capture, then closes the library', async () => {
    const lib = fakeLibrary();
    expect(await router(lib.open)(msg({ ...change, note: '  Check the terms.  ' }), popup)).toEqual(
      { ok: true, value: { updated: true } },
    );
    expect(lib.library.update).toHaveBeenCalledWith(change.id, {
      note: 'Check the terms.',
      tags: ['syria'],
    });
    expect(lib.library.close).toHaveBeenCalledOnce();
  });

  it("gives the library's sentence for a capture deleted meanwhile", async () => {
    const lib = fakeLibrary(
      new StoreError('not-found', 'That capture is no longer in the library.'),
    );
    expect(await router(lib.open)(msg(change), popup)).toEqual({
      ok: true,
      value: {
        updated: false,
        code: 'not-found',
        message: 'That capture is no longer in the library.',
      },
    });
  });

  it.each([
    ['no id', { note: '', tags: [] }],
    ['an id with a slash', { ...change, id: '../x' }],
    ['an extra key', { ...change, capture: {} }],
    ['a note too long', { ...change, note: 'x'.repeat(NOTE_MAX + 1) }],
    ['a note that is not text', { ...change, note: { toString: 1 } }],
    ['tags as one string', { ...change, tags: 'a, b' }],
    ['a tag that is not text', { ...change, tags: [1] }],
    ['too many tags', { ...change, tags: Array.from({ length: TAGS_MAX + 1 }, (_, i) => `t${i}`) }],
    ['a tag too long', { ...change, tags: ['x'.repeat(TAG_MAX + 1)] }],
  ])('refuses %s without opening the library', async (_name, params) => {
    expect(isCaptureUpdate(params)).toBe(false);
    const lib = fakeLibrary();
    expect(await router(lib.open)(msg(params), popup)).toEqual({ ok: false, error: 'rejected' });
    expect(lib.open).not.toHaveBeenCalled();
  });

  it('refuses a change sent from a page', async () => {
    const lib = fakeLibrary();
    expect((await router(lib.open)(msg(change), contentScript)).ok).toBe(false);
    expect(lib.open).not.toHaveBeenCalled();
  });
});
