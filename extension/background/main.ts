/**
 * Background entry (a service worker in Chromium, an event page in Firefox). Listeners are
 * added synchronously at the top level so that a restarted worker receives the event that
 * woke it; all state lives in storage (see tab-state.ts), none in this worker's memory.
 */
import { getBrowser, translator } from '../shared/browser';
import type { SenderInfo } from '../shared/dispatch';
import { isOurs } from '../shared/protocol';
import { syncContentScript } from './auto-badges';
import { applyBadge, badgeFor } from './badge';
import { createRouter } from './router';
import { tabStore } from './tab-state';

const api = getBrowser();
const store = tabStore(api);
const route = createRouter(api, store, translator(api));
const sync = () => syncContentScript(api).catch((e) => console.warn('provenance-lens:', e));

api.runtime.onMessage.addListener((msg: unknown, sender: SenderInfo) => {
  // Not ours: leave it to other listeners (returning undefined means "no answer").
  if (!isOurs(msg)) return undefined;
  return route(msg, sender);
});

api.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: what the badge said was about the previous one.
  if (change.status !== 'loading') return;
  void store.remove(tabId);
  void applyBadge(api, tabId, badgeFor(null, translator(api)));
});

api.tabs.onRemoved.addListener((tabId) => void store.remove(tabId));

api.runtime.onInstalled.addListener(() => void sync());
api.runtime.onStartup.addListener(() => {
  void store.clear();
  void sync();
});
api.permissions.onAdded.addListener(() => void sync());
api.permissions.onRemoved.addListener(() => void sync());
