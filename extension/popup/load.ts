/**
 * How the popup gets its report: find the tab, make sure the content script is there
 * (injecting it under activeTab when it is not), ask it to analyse, and turn every failure
 * into a view the popup can show.
 */
import type { Report } from '../../src/report';
import type { Browser } from '../shared/browser';
import { type Message, type PageToContent, type Result, request } from '../shared/protocol';
import { type Restriction, restrictionFromFailure, restrictionOf } from '../shared/restricted';

export type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: Restriction }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: Report };

/** The tab the popup describes, and its address when the browser lets us see it. */
export interface Target {
  tabId: number;
  url: string | null;
}

/** `?tab=<id>` when given (tests, or the popup opened in a tab), else the active tab. */
export async function resolveTarget(api: Browser, search: string): Promise<Target | null> {
  const param = new URLSearchParams(search).get('tab');
  const tabId = param && /^\d+$/.test(param) ? Number(param) : null;
  const tab =
    tabId !== null
      ? await api.tabs.get(tabId).catch(() => null)
      : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return null;
  return { tabId: tab.id, url: tab.url ?? null };
}

/** Sends one popup→content request to the tab's content script. */
export function toContent<K extends keyof PageToContent & string>(
  api: Browser,
  tabId: number,
  method: K,
  params: PageToContent[K]['params'],
): Promise<Result<PageToContent[K]['result']>> {
  const send = (m: Message<PageToContent, K>) => api.tabs.sendMessage(tabId, m);
  return request<PageToContent, K>(send, method, params);
}

/** Runs `files` in the tab (under activeTab when the popup was opened on it). */
async function inject(api: Browser, tabId: number, files: string[]): Promise<Result<unknown>> {
  try {
    await api.scripting.executeScript({ target: { tabId }, files });
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

/** Runs the whole sequence and says what the popup should show. */
export async function loadView(api: Browser, target: Target, force = false): Promise<View> {
  const known = restrictionOf(target.url);
  if (known) return { kind: 'restricted', reason: known };
  const ready = await ensureContent(api, target.tabId);
  if (!ready.ok) {
    return { kind: 'restricted', reason: restrictionFromFailure(target.url, ready.error) };
  }
  const result = await toContent(api, target.tabId, 'analyze', { force });
  if (result.ok) return { kind: 'report', report: result.value };
  const restricted = /^restricted:(.+)$/.exec(result.error);
  if (restricted) return { kind: 'restricted', reason: restricted[1] as Restriction };
  return { kind: 'error', message: result.error };
}
