/**
 * A fake of the whole browser façade (extension/shared/browser.ts), typed against it: an API
 * added to the façade fails type-checking here until it is faked too. Storage is a plain Map,
 * so a second "worker" built over the same fake sees what the first one stored; badges are
 * kept per tab. A test replaces what it needs, member by member (`fakeBrowser({ tabs: {…} })`);
 * the rest answers as a browser with nothing open would.
 */
import type { Browser, BrowserEvent, StorageArea } from '../../../extension/shared/browser';

export interface FakeBrowser {
  api: Browser;
  storage: Map<string, unknown>;
  badges: Map<number, { text?: string; color?: unknown; title?: string }>;
}

/** Replacements for some members of some namespaces of the façade. */
export type Overrides = { [K in keyof Browser]?: Partial<Browser[K]> };

const never = <F>(): BrowserEvent<F> => ({ addListener() {} });
const refuse = (what: string) => async (): Promise<never> => {
  throw new Error(`${what}: not available in this fake`);
};

export function fakeBrowser(
  overrides: Overrides = {},
  storage = new Map<string, unknown>(),
): FakeBrowser {
  const badges = new Map<number, { text?: string; color?: unknown; title?: string }>();
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, {}).get(tabId)!;
  const area: StorageArea = {
    async get(key) {
      if (key === null) return Object.fromEntries(storage);
      return storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) storage.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of [keys].flat()) storage.delete(k);
    },
  };
  const base: Browser = {
    action: {
      async setBadgeText({ tabId, text }) {
        badge(tabId).text = text;
      },
      async setBadgeBackgroundColor({ tabId, color }) {
        badge(tabId).color = color;
      },
      async setTitle({ tabId, title }) {
        badge(tabId).title = title;
      },
    },
    commands: { onCommand: never() },
    contextMenus: { create: () => undefined, removeAll: async () => {}, onClicked: never() },
    extension: { inIncognitoContext: false },
    i18n: { getMessage: (key) => key, getUILanguage: () => 'en' },
    permissions: {
      contains: async () => false,
      request: async () => false,
      remove: async () => false,
      onAdded: never(),
      onRemoved: never(),
    },
    runtime: {
      id: 'ext',
      getURL: (p) => `chrome-extension://ext/${p}`,
      sendMessage: refuse('runtime.sendMessage'),
      onMessage: never(),
      onInstalled: never(),
      onStartup: never(),
    },
    scripting: {
      executeScript: refuse('scripting.executeScript'),
      registerContentScripts: async () => {},
      unregisterContentScripts: async () => {},
      getRegisteredContentScripts: async () => [],
    },
    storage: { session: area, local: area },
    tabs: {
      query: async () => [],
      get: refuse('tabs.get'),
      create: async () => ({}),
      sendMessage: refuse('tabs.sendMessage'),
      captureVisibleTab: refuse('tabs.captureVisibleTab'),
      onUpdated: never(),
      onRemoved: never(),
    },
    windows: { create: refuse('windows.create') },
  };
  const api = { ...base };
  for (const key of Object.keys(overrides) as (keyof Browser)[]) {
    Object.assign(api, { [key]: { ...base[key], ...overrides[key] } });
  }
  return { api, storage, badges };
}
