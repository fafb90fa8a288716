import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../extension/background/router';
import { tabStore } from '../../../extension/background/tab-state';
import { CHANNEL } from '../../../extension/shared/protocol';
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
    expect(await route(msg('hint', hint), contentScript)).toEqual({ ok: true, value: null });
    expect(fake.badges.get(5)).toMatchObject({
      text: 'COPY',
      title: 'Cross-post of South Front (21 Jan 2020)',
    });
  });

  it('gives the popup the state a previous worker stored', async () => {
    const first = worker();
    await first.route(msg('hint', hint), contentScript);
    // A restarted service worker: new router and store, same storage.
    const second = worker(fakeBrowser(first.fake.storage));
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
    expect((await route(msg('hint', hint), popup)).ok).toBe(false);
    expect(fake.badges.size).toBe(0);
  });

  it('refuses other extensions and malformed messages', async () => {
    const { fake, route } = worker();
    expect((await route(msg('hint', hint), { ...contentScript, id: 'other' })).ok).toBe(false);
    expect((await route(msg('hint', { ...hint, status: 'hacked' }), contentScript)).ok).toBe(false);
    expect(fake.badges.size).toBe(0);
  });
});
