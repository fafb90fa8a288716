/**
 * "Annotate selection": a context-menu item on selected text, and a keyboard shortcut (the
 * `annotate-selection` command in manifest.json). Both are user gestures that grant activeTab,
 * so the content script and analyzer.js can be put into the tab, which keeps the selection as
 * a pending annotation. The comment is then typed in a window of the extension's own
 * (annotate.html), which no script of the page can listen to, unlike anything in the page.
 */
import type { Browser } from '../shared/browser';
import type { Translate } from '../shared/i18n';
import { err, ok, type Result } from '../shared/protocol';
import { ensureContent, toContent } from '../shared/tab-content';

export const ANNOTATE = 'annotate-selection';

/** The annotate window's size: the quote, a few lines of comment and the buttons. */
export const ANNOTATE_WINDOW = { width: 440, height: 320 } as const;

/** Creates the menu item (again, after an update: items outlive the worker but not that). */
export async function createAnnotateMenu(api: Browser, t: Translate): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: ANNOTATE, title: t('annotateMenu'), contexts: ['selection'] });
}

/** The annotate window's address: the tab, and its pending annotation when there is one. */
export function annotateUrl(api: Browser, tabId: number, pending: string | null): string {
  const query = new URLSearchParams({ tab: String(tabId) });
  if (pending) query.set('pending', pending);
  return api.runtime.getURL(`annotate.html?${query}`);
}

/**
 * Keeps the tab's selection as a pending annotation and opens the annotate window for it.
 * With nothing selected the window opens too, and says to select some words first.
 */
export async function annotateInTab(
  api: Browser,
  tabId: number,
): Promise<Result<{ pending: string | null }>> {
  const ready = await ensureContent(api, tabId);
  if (!ready.ok) return ready;
  const selected = await toContent(api, tabId, 'annotateSelection', {});
  if (!selected.ok) return selected;
  const { pending } = selected.value;
  try {
    // A window of its own (Chromium and Firefox both take `type: 'popup'`): the browser's
    // action popup cannot be opened from here, and closes when the page is clicked.
    await api.windows.create({
      type: 'popup',
      url: annotateUrl(api, tabId, pending),
      ...ANNOTATE_WINDOW,
      focused: true,
    });
  } catch (e) {
    if (pending) await toContent(api, tabId, 'dropAnnotation', { pending });
    return err(`window:${e instanceof Error ? e.message : String(e)}`);
  }
  return ok({ pending });
}

/**
 * What the menu item and the shortcut do; `id` is the menu item or command. The tab is the one
 * the gesture was made in, or the active tab when the browser does not say.
 */
export async function onAnnotate(
  api: Browser,
  id: string | number,
  tab: { id?: number } | undefined,
): Promise<Result<{ pending: string | null }> | null> {
  if (id !== ANNOTATE) return null;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, error: 'no-tab' };
  return annotateInTab(api, tabId);
}
