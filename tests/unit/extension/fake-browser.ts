/**
 * A fake of the few extension APIs the background uses, passed through the façade's seam
 * (every module takes the API object as a parameter). Storage is a plain Map, so a second
 * "worker" built over the same fake sees what the first one stored.
 */
import type { Browser } from '../../../extension/shared/browser';

export interface FakeBrowser {
  api: Browser;
  storage: Map<string, unknown>;
  badges: Map<number, { text?: string; color?: unknown; title?: string }>;
}

export function fakeBrowser(storage = new Map<string, unknown>()): FakeBrowser {
  const badges = new Map<number, { text?: string; color?: unknown; title?: string }>();
  const badge = (tabId: number) => badges.get(tabId) ?? badges.set(tabId, {}).get(tabId)!;
  const area = {
    async get(key: string | null) {
      if (key === null) return Object.fromEntries(storage);
      return storage.has(key) ? { [key]: structuredClone(storage.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) storage.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of [keys].flat()) storage.delete(k);
    },
  };
  const api = {
    runtime: { id: 'ext', getURL: (p: string) => `chrome-extension://ext/${p}` },
    storage: { session: area, local: area },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        badge(tabId).text = text;
      },
      async setBadgeBackgroundColor({ tabId, color }: { tabId: number; color: unknown }) {
        badge(tabId).color = color;
      },
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        badge(tabId).title = title;
      },
    },
  };
  return { api: api as unknown as Browser, storage, badges };
}
