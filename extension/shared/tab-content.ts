/**
 * Reaching the content script of one tab from an extension context (the popup, the
 * background): send it a request, and put it into the page first when it is not there yet.
 * Injecting needs access to the tab: activeTab, granted by a click on the toolbar button, the
 * context menu or the keyboard shortcut, or host access when automatic badges are on.
 */
import type { Browser } from './browser';
import { type Message, type PageToContent, type Result, request } from './protocol';

/** Sends one request to the tab's content script. */
export function toContent<K extends keyof PageToContent & string>(
  api: Browser,
  tabId: number,
  method: K,
  params: PageToContent[K]['params'],
): Promise<Result<PageToContent[K]['result']>> {
  const send = (m: Message<PageToContent, K>) => api.tabs.sendMessage(tabId, m);
  return request<PageToContent, K>(send, method, params);
}

/**
 * Runs `files` in the tab now, without waiting for the page to finish loading: a page that
 * never finishes would otherwise never get them, and the popup would wait forever.
 */
async function inject(api: Browser, tabId: number, files: string[]): Promise<Result<unknown>> {
  try {
    await api.scripting.executeScript({ target: { tabId }, files, injectImmediately: true });
    return { ok: true, value: null };
  } catch (e) {
    return { ok: false, error: `inject:${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Makes sure the tab has the content script and the full analyser: the content script is
 * there already when automatic badges are on (otherwise it is injected now), analyzer.js
 * (Readability and the public-suffix list, too heavy for every page) is injected on first use.
 */
export async function ensureContent(api: Browser, tabId: number): Promise<Result<unknown>> {
  let ping = await toContent(api, tabId, 'ping', {});
  if (!ping.ok) {
    const injected = await inject(api, tabId, ['content.js']);
    if (!injected.ok) return injected;
    ping = await toContent(api, tabId, 'ping', {});
    if (!ping.ok) return ping;
  }
  if (ping.value.full) return ping;
  const injected = await inject(api, tabId, ['analyzer.js']);
  return injected.ok ? toContent(api, tabId, 'ping', {}) : injected;
}
