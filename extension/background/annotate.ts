/**
 * "Annotate selection": a context-menu item on selected text, and a keyboard shortcut (the
 * `annotate-selection` command in manifest.json). Both are user gestures that grant activeTab,
 * so the content script and analyzer.js can be put into the tab, which then opens its comment
 * box next to the selection.
 */
import type { Browser } from '../shared/browser';
import type { Translate } from '../shared/i18n';
import type { Result } from '../shared/protocol';
import { ensureContent, toContent } from '../shared/tab-content';

export const ANNOTATE = 'annotate-selection';

/** Creates the menu item (again, after an update: items outlive the worker but not that). */
export async function createAnnotateMenu(api: Browser, t: Translate): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: ANNOTATE, title: t('annotateMenu'), contexts: ['selection'] });
}

/** Opens the comment box in the tab for its selection. */
export async function annotateInTab(
  api: Browser,
  tabId: number,
): Promise<Result<{ opened: boolean }>> {
  const ready = await ensureContent(api, tabId);
  if (!ready.ok) return ready;
  return toContent(api, tabId, 'annotateSelection', {});
}

/**
 * What the menu item and the shortcut do; `id` is the menu item or command. The tab is the one
 * the gesture was made in, or the active tab when the browser does not say.
 */
export async function onAnnotate(
  api: Browser,
  id: string | number,
  tab: { id?: number } | undefined,
): Promise<Result<{ opened: boolean }> | null> {
  if (id !== ANNOTATE) return null;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, error: 'no-tab' };
  return annotateInTab(api, tabId);
}
