/**
 * How the popup gets its report: find the tab, make sure the content script is there
 * (injecting it under activeTab when it is not, see shared/tab-content.ts), ask it to analyse,
 * and turn every failure into a view the popup can show.
 */
import type { Report } from '../../src/report';
import type { Browser } from '../shared/browser';
import { readAnswer } from '../shared/protocol';
import type { Restriction } from '../shared/restricted';
import { ensureContent, toContent } from '../shared/tab-content';

export { toContent };

export type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: Restriction }
  | { kind: 'error'; message: string }
  /** Over the analysis budget (the counts formatted): the reader decides whether to go on. */
  | { kind: 'too-large'; counts: string[] }
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

/**
 * Runs the whole sequence and says what the popup should show. `large`: the reader chose to
 * go on with a page over the analysis budget.
 */
export async function loadView(
  api: Browser,
  target: Target,
  force = false,
  large = false,
): Promise<View> {
  // A page no extension may read fails here too: the browser refuses the message and the
  // injection at once, and the address then says why (restriction-failure.ts).
  const ready = await ensureContent(api, target.tabId);
  if (!ready.ok) {
    const { restrictionFromFailure } = await import('../shared/restriction-failure');
    return { kind: 'restricted', reason: restrictionFromFailure(target.url, ready.error) };
  }
  const result = await toContent(api, target.tabId, 'analyze', { force, large });
  if (!result.ok) return { kind: 'error', message: result.error };
  const answer = readAnswer(result.value);
  if ('report' in answer) return { kind: 'report', report: answer.report };
  if ('malformed' in answer) return { kind: 'error', message: 'malformed-answer' };
  const { refused } = answer;
  if (refused.kind === 'restricted') return { kind: 'restricted', reason: refused.reason };
  const { elements, characters } = refused;
  return { kind: 'too-large', counts: [elements, characters].map((n) => n.toLocaleString()) };
}
