/**
 * Steps for the Chromium-only specs (faults, hostile-set, security, popup-reader, capture-css),
 * on top of the harness: annotating a selection (in the annotate window), saving from the popup,
 * the library's IndexedDB read through the service worker (the shared scenarios' own readers,
 * tests/e2e-shared/library.ts), and stopping that worker.
 */
import { expect, type Page } from '@playwright/test';
import { captureIds, forget as forgetIn, readStore as readIn } from '../e2e-shared/library';
import type { Lens } from './harness';

/** The seed page: a South Front article cross-posted by Global Research a day later. */
export const SEED = '/fixtures/globalresearch-southfront/';

type InWorker = Lens['inWorker'];

// What functions run in a page see; declared here rather than pulling DOM extension types into
// the test's own.
type Chromeish = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

// ---------------------------------------------------------------------------------------------
// The page: selecting words, annotating them

/** What the background's "Annotate selection" answered (background/annotate.ts). */
export type Annotated =
  | { ok: true; value: { pending: string | null } }
  | { ok: false; error: string };

/**
 * "Annotate selection" in the tab, as the context-menu item and the keyboard shortcut do it:
 * the worker's test entry runs what their listeners run (no test can click a context menu or
 * press a command's shortcut). The tab keeps the selection pending and the annotate window
 * opens; returns that window, loaded, and what the background answered.
 */
export async function annotateSelection(
  lens: Lens,
  page: Page,
): Promise<{ window: Page; answer: Annotated }> {
  const opened = lens.context.waitForEvent('page');
  const answer = await lens.inWorker(
    (id) =>
      (
        globalThis as unknown as {
          provenanceLens: { annotate(command: string, tab: { id: number }): Promise<Annotated> };
        }
      ).provenanceLens.annotate('annotate-selection', { id }),
    lens.tabId(page),
  );
  const window = await opened;
  await window.waitForLoadState();
  expect(window.url()).toMatch(
    new RegExp(`^chrome-extension://${lens.extensionId}/annotate\\.html\\?tab=${lens.tabId(page)}`),
  );
  await window.locator('main[aria-busy="false"]').waitFor();
  return { window, answer };
}

/** The annotate window's text field. */
const commentField = (annotate: Page) =>
  annotate.getByRole('textbox', { name: 'Your comment on the selected words' });

/**
 * Types a comment in the annotate window, as a reader does (the field has the focus when the
 * window opens), and saves it with Ctrl+Enter; the window then closes itself.
 */
export async function typeComment(annotate: Page, comment: string): Promise<void> {
  await expect(commentField(annotate)).toBeFocused();
  await annotate.keyboard.type(comment);
  const closed = annotate.waitForEvent('close');
  // Down only: the window saves on the key press and may be gone before a key could go up.
  await annotate.keyboard.down('Control');
  await annotate.keyboard.down('Enter');
  await closed;
}

// ---------------------------------------------------------------------------------------------
// The popup's "Save to library"

/** The popup's "Save to library" button, under the headline (it reads "Saving…" while it saves). */
export const saveButton = (popup: Page) => popup.locator('.save > .save-bar > button.button');

/** Waits for "Save to library" (it loads just after the report). */
export async function openSaveForm(popup: Page): Promise<void> {
  await saveButton(popup).waitFor();
}

/**
 * Clicks "Save to library" (one click saves), waits for what the popup said; when saved and a
 * note or tags are given, adds them to the capture with "Save note and tags" and waits for that
 * too. Returns what was said about the save.
 */
export async function saveFromPopup(
  popup: Page,
  input: { note?: string; tags?: string } = {},
): Promise<{ kind: 'saved' | 'failed'; text: string }> {
  await openSaveForm(popup);
  await saveButton(popup).click();
  const said = await saidAfterSave(popup);
  if (said.kind === 'saved' && (input.note || input.tags)) await addDetails(popup, input);
  return said;
}

/** Fills note and tags in the form shown after a save and stores them; throws if refused. */
export async function addDetails(
  popup: Page,
  input: { note?: string; tags?: string },
): Promise<void> {
  const form = popup.locator('form.save-form');
  await form.getByLabel('Note').fill(input.note ?? '');
  await form.getByLabel('Tags, separated by commas').fill(input.tags ?? '');
  await form.locator('button[type="submit"]').click();
  const said = popup.locator('.details-said--done, .details-said--failed');
  await said.waitFor({ timeout: 15_000 });
  const cls = (await said.getAttribute('class')) ?? '';
  if (!cls.includes('details-said--done'))
    throw new Error(`note not saved: ${await said.textContent()}`);
}

/** What the popup said under "Save to library" when the save came to an end, saved or not. */
export async function saidAfterSave(
  popup: Page,
): Promise<{ kind: 'saved' | 'failed'; text: string }> {
  const said = popup.locator('.save-said--saved, .save-said--failed');
  await said.waitFor({ timeout: 15_000 });
  const cls = (await said.getAttribute('class')) ?? '';
  return {
    kind: cls.includes('save-said--saved') ? 'saved' : 'failed',
    text: ((await said.textContent()) ?? '').trim(),
  };
}

// ---------------------------------------------------------------------------------------------
// The library's store, read and cleaned in the service worker

export type { Stored } from '../e2e-shared/library';
export { captureIds };

/** The library's two stores, read through `inWorker`. */
export const readStore = (inWorker: InWorker) => readIn({ inExtension: inWorker });

/** Removes captures and their summaries, so a spec leaves the shared browser's library as it was. */
export const forget = (inWorker: InWorker, ids: readonly string[]) =>
  forgetIn({ inExtension: inWorker }, ids);

// ---------------------------------------------------------------------------------------------
// Faults in the service worker

/**
 * Stops the extension's service worker through the DevTools protocol, as Chromium does to an
 * idle worker, or as a crash would; `via` is any page of the browser. Until something wakes
 * it again (`wakeWorker`), `inWorker` would wait.
 */
export async function stopWorker(lens: Lens, via: Page): Promise<void> {
  const cdp = await lens.context.newCDPSession(via);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.includes(lens.extensionId),
    );
  try {
    const [worker] = await workers();
    expect(worker, 'the service worker is running').toBeTruthy();
    await cdp.send('Target.closeTarget', { targetId: worker?.targetId ?? '' });
    await expect.poll(async () => (await workers()).length).toBe(0);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Wakes the service worker with a message from an extension page (after `stopWorker`). */
export async function wakeWorker(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: Chromeish }).chrome.runtime.sendMessage({
      channel: 'provenance-lens',
      method: 'getTabState',
      params: { tabId: 0 },
    }),
  );
}
