import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../extension/background/router';
import { tabStore } from '../../../extension/background/tab-state';
import { CHANNEL } from '../../../extension/shared/protocol';
import { type Library, StoreError } from '../../../extension/storage/store';
import type { Capture } from '../../../src/capture/model/model';
import { sampleCapture } from '../capture/sample';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

const hint = { status: 'cross-post', source: 'South Front', date: '2020-01-21', full: false };
const msg = (method: string, params: unknown) => ({ channel: CHANNEL, method, params });
const contentScript = { id: 'ext', url: 'https://www.globalresearch.ca/a', tab: { id: 5 } };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function worker(fake = fakeBrowser()) {
  return { fake, route: createRouter(fake.api, tabStore(fake.api), t) };
}

describe('background router', () => {
  it("sets the badge of the content script's own tab from its hint", async () => {
    const { fake, route } = worker();
    expect(await route(msg('badgeState', hint), contentScript)).toEqual({ ok: true, value: null });
    expect(fake.badges.get(5)).toMatchObject({
      text: 'COPY',
      title: 'Cross-post of South Front (21 Jan 2020)',
    });
  });

  it('gives the popup the state a previous worker stored', async () => {
    const first = worker();
    await first.route(msg('badgeState', hint), contentScript);
    // A restarted service worker: new router and store, same storage.
    const second = worker(fakeBrowser({}, first.fake.storage));
    const answer = await second.route(msg('getTabState', { tabId: 5 }), popup);
    expect(answer).toMatchObject({ ok: true, value: { ...hint, url: contentScript.url } });
  });

  it('refuses to let a content script read tab state', async () => {
    const { route } = worker();
    expect(await route(msg('getTabState', { tabId: 5 }), contentScript)).toEqual({
      ok: false,
      error: 'rejected',
    });
  });

  it('refuses a hint from an extension page (it has no tab of its own)', async () => {
    const { fake, route } = worker();
    expect((await route(msg('badgeState', hint), popup)).ok).toBe(false);
    expect(fake.badges.size).toBe(0);
  });

  it('refuses other extensions and malformed messages', async () => {
    const { fake, route } = worker();
    expect((await route(msg('badgeState', hint), { ...contentScript, id: 'other' })).ok).toBe(
      false,
    );
    expect((await route(msg('badgeState', { ...hint, status: 'hacked' }), contentScript)).ok).toBe(
      false,
    );
    expect(fake.badges.size).toBe(0);
  });
});

/** A library that keeps captures in a Map, or fails its save with `failure`. */
function fakeLibrary(failure?: unknown) {
  const saved = new Map<string, Capture>();
  const library = {
    save: vi.fn(async (c: Capture) => {
      if (failure) throw failure;
      saved.set(c.id, c);
    }),
    close: vi.fn(),
  };
  const open = vi.fn(async () => library as unknown as Library);
  return { saved, library, open };
}

describe('saveCapture', () => {
  const save = (capture: unknown) => msg('saveCapture', { capture });

  it('stores a capture from the popup and closes the library after', async () => {
    const lib = fakeLibrary();
    const route = createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, lib.open);
    const capture = sampleCapture();
    expect(await route(save(capture), popup)).toEqual({
      ok: true,
      value: { saved: true, id: capture.id },
    });
    expect(lib.saved.get(capture.id)).toEqual(capture);
    expect(lib.library.close).toHaveBeenCalledOnce();
  });

  it("gives the library's own sentence when the save fails, as a value", async () => {
    const lib = fakeLibrary(new StoreError('quota', "Not saved: the browser's storage is full."));
    const route = createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, lib.open);
    expect(await route(save(sampleCapture()), popup)).toEqual({
      ok: true,
      value: { saved: false, code: 'quota', message: "Not saved: the browser's storage is full." },
    });
    expect(lib.library.close).toHaveBeenCalledOnce();
  });

  it('says so when the library cannot open', async () => {
    const open = vi.fn(async () => {
      throw new StoreError('unavailable', 'The capture library cannot open.');
    });
    const route = createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, open);
    expect(await route(save(sampleCapture()), popup)).toMatchObject({
      ok: true,
      value: { saved: false, code: 'unavailable' },
    });
  });

  it.each([
    ['no capture', undefined],
    ['an empty object', {}],
    ['a capture of another format version', { ...sampleCapture(), version: 2 }],
    ['a capture of a file: page', { ...sampleCapture(), url: 'file:///etc/passwd' }],
    ['a capture with an extra field', { ...sampleCapture(), script: 'alert(1)' }],
    [
      'an annotation aimed at another page',
      {
        ...sampleCapture(),
        annotations: sampleCapture().annotations.map((a) => ({
          ...a,
          target: { ...a.target, source: 'https://elsewhere.example/' },
        })),
      },
    ],
  ])('refuses a malformed capture (%s) without opening the library', async (_name, capture) => {
    const lib = fakeLibrary();
    const route = createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, lib.open);
    expect(await route(save(capture), popup)).toEqual({ ok: false, error: 'rejected' });
    expect(lib.open).not.toHaveBeenCalled();
  });

  it('refuses a save from a content script, however well-formed', async () => {
    const lib = fakeLibrary();
    const route = createRouter(fakeBrowser().api, tabStore(fakeBrowser().api), t, lib.open);
    expect(await route(save(sampleCapture()), contentScript)).toEqual({
      ok: false,
      error: 'rejected',
    });
    expect(await route(save(sampleCapture()), { ...popup, id: 'other' })).toEqual({
      ok: false,
      error: 'untrusted',
    });
    expect(lib.open).not.toHaveBeenCalled();
  });
});
