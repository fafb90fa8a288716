/**
 * Background entry (a service worker in Chromium, an event page in Firefox). Listeners are
 * added synchronously at the top level so that a restarted worker receives the event that
 * woke it; all state lives in storage (see tab-state.ts), none in this worker's memory.
 */
import { getBrowser, translator } from '../shared/browser';
import type { SenderInfo } from '../shared/dispatch';
import { isOurs } from '../shared/protocol';
import { createAnnotateMenu, onAnnotate } from './annotate';
import { syncContentScript } from './auto-badges';
import { applyBadge, badgeFor } from './badge';
import { createRouter } from './router';
import { tabStore } from './tab-state';

const api = getBrowser();
const store = tabStore(api);
const route = createRouter(api, store, translator(api));
const warn = (e: unknown) => console.warn('provenance-lens:', e);
const sync = () => syncContentScript(api).catch(warn);
const annotate = (id: string | number, tab: { id?: number } | undefined) =>
  onAnnotate(api, id, tab).then((r) => {
    if (r && !r.ok) warn(r.error);
    return r;
  }, warn);

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

api.runtime.onInstalled.addListener(() => {
  void sync();
  createAnnotateMenu(api, translator(api)).catch(warn);
});
api.runtime.onStartup.addListener(() => {
  void store.clear();
  void sync();
});
api.permissions.onAdded.addListener(() => void sync());
api.permissions.onRemoved.addListener(() => void sync());

api.contextMenus.onClicked.addListener((info, tab) => void annotate(info.menuItemId, tab));
api.commands.onCommand.addListener((command, tab) => void annotate(command, tab));

// Tests and DevTools reach the worker's global scope, which no page or content script can: no
// browser lets a test press a command's shortcut or click a context-menu item, so the e2e
// tests run what those two call from here.
(globalThis as Record<string, unknown>).provenanceLens = { annotate };
