import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import type { Capture } from '../../src/capture/model';
import { expect, type Lens, test } from './harness';

// The worker's `chrome`, for functions run with `inWorker`.
declare const chrome: Browser;

// The seed page: a South Front article republished by Global Research a day later.
const SEED = '/fixtures/globalresearch-southfront/';
const SENTENCE = 'Aleppo city came under a series of artillery and rocket strikes';
const COMMENT = 'Same wording as the South Front original.';

/** Selects the first occurrence of `text` in the page (its main world; the selection is shared). */
function select(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, text);
}

/**
 * Runs what the context menu item and the shortcut run (no test can click or press those): the
 * page keeps the selection pending and the annotate window opens, a page of its own.
 */
async function annotate(lens: Lens, page: Page): Promise<Page> {
  const opened = lens.context.waitForEvent('page');
  const answer = await lens.inWorker(
    (id) =>
      (
        globalThis as unknown as {
          provenanceLens: { annotate(command: string, tab: { id: number }): Promise<unknown> };
        }
      ).provenanceLens.annotate('annotate-selection', { id }),
    lens.tabId(page),
  );
  expect(answer).toEqual({
    ok: true,
    value: { pending: expect.stringMatching(/^[0-9a-f-]{36}$/) },
  });
  const window = await opened;
  await window.locator('main[aria-busy="false"]').waitFor();
  return window;
}

/** The words the page highlights in one of the extension's layers. */
function highlighted(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map(String), layer);
}

/**
 * The popup for the page's tab in a window of its own, as it sits over the page when opened
 * from the toolbar: the page stays the tab in view, which a screenshot needs.
 */
async function popupBeside(lens: Lens, page: Page): Promise<Page> {
  const opened = lens.context.waitForEvent('page');
  const url = `chrome-extension://${lens.extensionId}/popup.html?tab=${lens.tabId(page)}`;
  await lens.inWorker((u) => chrome.windows.create({ url: u, type: 'popup', width: 400 }), url);
  const popup = await opened;
  await popup.locator('main[aria-busy="false"]').waitFor();
  return popup;
}

/** axe-core's violations in an extension page, evaluated through DevTools (its CSP allows no
 * inline script). */
async function axeViolations(popup: Page): Promise<string[]> {
  const axe = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
  await popup.evaluate(await readFile(axe, 'utf8'));
  return popup.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = globalThis as unknown as { axe: { run(): Promise<Result> } };
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Every capture in the library, read straight from IndexedDB in the worker. */
function storedCaptures(lens: Lens): Promise<Capture[]> {
  return lens.inWorker(
    () =>
      new Promise<Capture[]>((resolve, reject) => {
        const open = indexedDB.open('provenance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('captures')) return resolve([]);
          const all = db.transaction('captures').objectStore('captures').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as Capture[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    null,
  );
}

test('a comment on the page, then Save to library: one capture with all of it in the library', async ({
  lens,
}) => {
  const page = await lens.open(SEED);
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  await page.bringToFront();

  // The annotate window opens, with the words and the focus in its text field; the page
  // shows the words it is about.
  expect(await select(page, SENTENCE)).toBe(true);
  const first = await annotate(lens, page);
  expect(first.url()).toMatch(
    new RegExp(
      `^chrome-extension://${lens.extensionId}/annotate\\.html\\?tab=${lens.tabId(page)}&pending=[0-9a-f-]{36}$`,
    ),
  );
  await expect(first.locator('blockquote')).toHaveText(SENTENCE);
  const field = first.getByRole('textbox', { name: 'Your comment on the selected words' });
  await expect(field).toBeFocused();
  await expect.poll(() => highlighted(page, 'provenance-lens-pending')).toEqual([SENTENCE]);
  expect(await axeViolations(first)).toEqual([]);
  // As wide as the window the background opens (a test's page gets the default viewport).
  await first.setViewportSize({ width: 440, height: 320 });
  await lens.shoot(first, 'annotate');
  await expect(field).toBeFocused();
  await first.keyboard.type(COMMENT);
  await first.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Save' })).toBeFocused();
  const firstClosed = first.waitForEvent('close');
  // Down only: the window closes on the key press, before a key could go up.
  await first.keyboard.down('Enter');
  await firstClosed;
  // Highlighted in the page, in its own layer: "Show on page" does not clear it.
  await expect.poll(() => highlighted(page, 'provenance-lens-note')).toEqual([SENTENCE]);
  expect(await highlighted(page, 'provenance-lens-pending')).toEqual([]);
  // Nothing of the extension's was put into the page to type in.
  expect(await page.locator('textarea, [contenteditable]').count()).toBe(0);

  // Escape closes a second window without keeping anything.
  expect(await select(page, 'Abu Dafn')).toBe(true);
  const second = await annotate(lens, page);
  await expect(second.locator('blockquote')).toHaveText('Abu Dafn');
  await second.keyboard.type('not kept');
  const secondClosed = second.waitForEvent('close');
  await second.keyboard.down('Escape');
  await secondClosed;
  await expect.poll(() => highlighted(page, 'provenance-lens-pending')).toEqual([]);
  expect(await highlighted(page, 'provenance-lens-note')).toEqual([SENTENCE]);
  await page.bringToFront();

  const popup = await popupBeside(lens, page);
  await expect(popup.getByText('Your comment on this page will be saved with it.')).toBeVisible();
  // One click saves; note and tags are added to the saved capture after.
  await popup.getByRole('button', { name: 'Save to library' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(/^Saved\.$/);
  await popup.getByLabel('Note').fill('Check the South Front terms.');
  await popup.getByLabel('Tags, separated by commas').fill('syria, cross-post, Syria');
  await popup.getByRole('button', { name: 'Save note and tags' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Note and tags' })).toHaveText(
    'Note and tags saved.',
  );

  const captures = await storedCaptures(lens);
  expect(captures).toHaveLength(1);
  const [capture] = captures as [Capture];
  expect(capture.url).toBe(`${lens.origin}${SEED}`);
  expect(capture.note).toBe('Check the South Front terms.');
  expect(capture.tags).toEqual(['syria', 'cross-post']);
  expect(capture.report.status).toBe('cross-post');
  const own = capture.annotations.filter((a) => a.creator === 'user');
  expect(own).toHaveLength(1);
  expect(own[0]).toMatchObject({ motivation: 'commenting', body: COMMENT });
  expect(own[0]?.target.selector[0].exact).toBe(SENTENCE);
  const evidence = capture.annotations.filter((a) => a.evidence !== null);
  expect(evidence.map((a) => a.target.selector[0].exact)).toContain(
    'The original source of this article is South Front',
  );
  expect(capture.snapshot.html).toContain(SENTENCE);
  expect(capture.snapshot.html).not.toMatch(/<script|provenance-lens-(note|pending)/i);
  // The fixture's logo lives on globalresearch.ca, which the test browser cannot reach.
  expect(capture.snapshot.omitted).toContain(
    'image https://www.globalresearch.ca/wp-content/themes/globalresearch/images/logo-gr.png could not be fetched',
  );
  expect(capture.screenshot?.dataUrl).toMatch(/^data:image\/png;base64,/);
  // The page in view, not the popup's window.
  expect(capture.screenshot?.width).toBe(page.viewportSize()?.width);

  const library = lens.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Open library' }).click();
  expect((await library).url()).toBe(`chrome-extension://${lens.extensionId}/library.html`);

  await popup.close();
  await page.close();
});

test('a popup opened beside the page saves without a screenshot, and says why', async ({
  lens,
}) => {
  const before = (await storedCaptures(lens)).length;
  const page = await lens.open('/pages/crosspost.html');
  // Opened as a tab of the same window, the popup is the tab in view, not the page.
  const popup = await lens.popup(page);
  await popup.getByRole('button', { name: 'Save to library' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'Saved, without a screenshot: the tab was not the one in view.',
  );
  await expect(popup.getByText('To comment on a passage, select it')).toBeVisible();
  const captures = await storedCaptures(lens);
  expect(captures).toHaveLength(before + 1);
  const saved = captures.find((c) => c.url === `${lens.origin}/pages/crosspost.html`);
  expect(saved).toMatchObject({ screenshot: null, note: '', tags: [] });
  expect(await axeViolations(popup)).toEqual([]);
  await lens.shoot(popup, 'saved');
  await popup.close();
  await page.close();
});
