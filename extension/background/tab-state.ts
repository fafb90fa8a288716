/**
 * Per-tab state kept in `storage.session`, so it outlives the service worker (MV3 stops it
 * when idle) but not the browser session. Where `storage.session` is missing it falls back
 * to `storage.local`, which does outlive the session, so stale entries are cleared at startup.
 */
import type { Browser } from '../shared/browser';
import type { TabState } from '../shared/protocol';

const PREFIX = 'tab:';

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Forgets every tab (tab ids are reused from one browser session to the next). */
  clear(): Promise<void>;
}

/** The store over `storage.session`, or `storage.local` when the session area is missing. */
export function tabStore(api: Browser): TabStore {
  const area = api.storage.session ?? api.storage.local;
  const key = (tabId: number) => `${PREFIX}${tabId}`;
  return {
    async get(tabId) {
      const found = await area.get(key(tabId));
      return (found[key(tabId)] as TabState | undefined) ?? null;
    },
    set: (tabId, state) => area.set({ [key(tabId)]: state }),
    remove: (tabId) => area.remove(key(tabId)),
    async clear() {
      const all = await area.get(null);
      await area.remove(Object.keys(all).filter((k) => k.startsWith(PREFIX)));
    },
  };
}
