/**
 * Forged messages against the real built extension. A web page (tests/e2e/pages/hostile/
 * forge.html) tries from its own scripts every way it has to reach the extension; a script run
 * in the content script's own world asks the background for what only extension pages may ask.
 * Either way nothing may change: the badge, the background's tab state (storage), the capture
 * library (IndexedDB 'provenance-lens', when it exists), the page's DOM and its highlights.
 */
import type { Dialog, Page } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import { pageToBackground } from '../../extension/shared/protocol';
import { sampleCapture } from '../unit/capture/sample';
import { expect, type Lens, test } from './harness';
import { probeHighlight } from './page-probe';

declare const chrome: Browser;

const CHANNEL = 'provenance-lens';
/** The capture library's database (extension/library/schema.ts). */
const LIBRARY_DB = 'provenance-lens';

/** Everything the extension keeps: both storage areas and every store of its database. */
function extensionState(lens: Lens) {
  return lens.inWorker(async (dbName) => {
    const session = await chrome.storage.session.get(null);
    const local = await chrome.storage.local.get(null);
    const names = (await indexedDB.databases()).map((d) => d.name);
    let library: Record<string, string[]> | null = null;
    if (names.includes(dbName)) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(dbName);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      library = {};
      for (const store of Array.from(db.objectStoreNames)) {
        library[store] = await new Promise<string[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAllKeys();
          r.onsuccess = () => resolve(r.result.map(String));
          r.onerror = () => reject(r.error);
        });
      }
      db.close();
    }
    return { session, local, library };
  }, LIBRARY_DB);
}

/** The page's DOM without what the forging script itself writes. */
function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    const log = clone.querySelector('#log');
    if (log) log.textContent = '';
    clone.querySelector('body')?.removeAttribute('data-forged');
    return clone.outerHTML;
  });
}

async function snapshot(lens: Lens, page: Page) {
  return {
    badge: await lens.badge(page),
    state: await extensionState(lens),
    dom: await pageDom(page),
    highlight: await probeHighlight(page),
  };
}

function watchDialogs(lens: Lens): string[] {
  const dialogs: string[] = [];
  const record = (d: Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  for (const p of lens.context.pages()) p.on('dialog', record);
  lens.context.on('page', (p) => p.on('dialog', record));
  return dialogs;
}

test('a page forging the extension’s messages changes nothing', async ({ lens }) => {
  const dialogs = watchDialogs(lens);
  const page = await lens.open(`/pages/hostile/forge.html?ext=${lens.extensionId}`);
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  // With the popup opened once, analyzer.js is in the page: every method could act.
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText('Cross-post');
  await popup.close();
  await page.locator('body[data-forged]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);

  const before = await snapshot(lens, page);
  expect(before.badge.text).toBe('COPY');
  expect(before.highlight.text).toBeNull();
  const tabKey = `tab:${lens.tabId(page)}`;
  expect(before.state.session[tabKey]).toMatchObject({ status: 'cross-post' });

  await page.locator('#forge').click();
  await expect(page.locator('body')).toHaveAttribute('data-forged', '2');
  await page.waitForTimeout(1500);

  const after = await snapshot(lens, page);
  expect(after.badge).toEqual(before.badge);
  expect(after.state).toEqual(before.state);
  expect(after.highlight).toEqual({ text: null, inView: false });
  expect(after.dom).toBe(before.dom);
  expect(dialogs).toEqual([]);

  // Without externally_connectable the page has no runtime to call, or one that fails.
  const log = JSON.parse((await page.locator('#log').textContent()) ?? '{}');
  expect(log.posted).toBeGreaterThan(0);
  expect(log.events).toBeGreaterThan(0);
  if (log.runtime !== 'undefined') {
    for (const a of log.answers)
      expect(a.thrown ?? a.answer?.lastError ?? a.answer?.timeout).toBeTruthy();
  }
  // The same checks see a real request: "Show on page" from the popup changes the page.
  const again = await lens.popup(page);
  await again
    .getByRole('button', { name: /^Show on page/ })
    .first()
    .click();
  await expect.poll(async () => (await probeHighlight(page)).text).not.toBeNull();
  expect(await pageDom(page)).not.toBe(before.dom);
  await again.close();

  console.log(
    `security: forged from the page: ${log.posted} posted messages, ${log.events} DOM events, chrome.runtime ${log.runtime}; badge, tab state, library, page DOM unchanged; dialogs: ${dialogs.length}`,
  );
  await page.close();
});

/** Parameters each extension-page method's own guard accepts, so refusals are about trust. */
function forgedCalls(tabId: number): Array<[string, unknown]> {
  const candidates: unknown[] = [
    { tabId },
    { capture: sampleCapture() },
    {},
    { id: sampleCapture().id },
  ];
  return Object.entries(pageToBackground).map(([method, guard]) => {
    const params = candidates.find((c) => (guard as (p: unknown) => boolean)(c)) ?? {};
    return [method, params];
  });
}

test('the content script’s world cannot ask for extension-page methods', async ({ lens }) => {
  const page = await lens.open('/pages/hostile/forge.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  await page.waitForTimeout(300);
  const tabId = lens.tabId(page);
  const calls = forgedCalls(tabId);
  // Every method of the map is forged, with parameters its guard takes where one was found.
  expect(calls.map(([m]) => m)).toEqual(Object.keys(pageToBackground));
  for (const [method, params] of calls) {
    if (method === 'getTabState' || method === 'saveCapture') {
      expect((pageToBackground as Record<string, (p: unknown) => boolean>)[method]!(params)).toBe(
        true,
      );
    }
  }
  const before = await snapshot(lens, page);

  const answers = await lens.inWorker(
    async ({ tabId, calls, channel }) => {
      const [injected] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [calls, channel],
        func: async (calls: Array<[string, unknown]>, channel: string) => {
          const out: Array<[string, unknown]> = [];
          for (const [method, params] of calls) {
            try {
              out.push([method, await chrome.runtime.sendMessage({ channel, method, params })]);
            } catch (e) {
              out.push([method, { thrown: String(e) }]);
            }
          }
          return out;
        },
      });
      return injected?.result as Array<[string, unknown]>;
    },
    { tabId, calls, channel: CHANNEL },
  );

  expect(answers.map(([m]) => m)).toEqual(calls.map(([m]) => m));
  for (const [method, answer] of answers) {
    expect(answer, method).toEqual({
      ok: false,
      error: expect.stringMatching(/^(untrusted|rejected)$/),
    });
  }
  await page.waitForTimeout(500);
  const after = await snapshot(lens, page);
  expect(after.badge).toEqual(before.badge);
  expect(after.state).toEqual(before.state);

  // The refusal is about who asks: the popup asking the same is answered.
  const popup = await lens.popup(page);
  const fromPopup = await popup.evaluate(
    ({ tabId, channel }) =>
      chrome.runtime.sendMessage({ channel, method: 'getTabState', params: { tabId } }),
    { tabId, channel: CHANNEL },
  );
  expect(fromPopup).toMatchObject({ ok: true, value: { status: 'cross-post' } });
  await popup.close();
  console.log(
    `security: from the content script's world: ${answers.length} extension-page methods (${answers.map(([m]) => m).join(', ')}) refused; state unchanged`,
  );
  await page.close();
});

/** Selects the page's first article paragraph and opens the comment box on it, as the menu does. */
async function openCommentBox(lens: Lens, page: Page, popup: Page) {
  await page.evaluate(() => {
    const p = document.querySelector('article p');
    if (!p) throw new Error('no paragraph');
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  const opened = await popup.evaluate(
    ({ tabId, channel }) =>
      chrome.tabs.sendMessage(tabId, { channel, method: 'annotateSelection', params: {} }),
    { tabId: lens.tabId(page), channel: CHANNEL },
  );
  expect(opened).toEqual({ ok: true, value: { opened: true } });
  await page.bringToFront();
}

function ownAnnotations(lens: Lens, page: Page, popup: Page) {
  return popup.evaluate(
    ({ tabId, channel }) =>
      chrome.tabs.sendMessage(tabId, { channel, method: 'annotations', params: {} }),
    { tabId: lens.tabId(page), channel: CHANNEL },
  );
}

/** Page listeners, registered first and capturing, on every event typing can raise. */
function listenToTyping(page: Page) {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __typed: string[] }).__typed = seen;
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput']) {
      window.addEventListener(
        type,
        (e) => seen.push((e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''),
        true,
      );
    }
  });
}

test('the page cannot reach into the comment box or save a note through it', async ({ lens }) => {
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  const popup = await lens.popup(page);
  await openCommentBox(lens, page, popup);
  const reach = await page.evaluate(() => {
    const host = document.querySelector('provenance-lens-note');
    let reattached = 'no host';
    try {
      host?.attachShadow({ mode: 'open' });
      reattached = 'attached';
    } catch (e) {
      reattached = (e as Error).name;
    }
    // Synthetic key presses and clicks, where the page can reach: the host and the document.
    for (const target of [host, document, document.activeElement]) {
      target?.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          ctrlKey: true,
          bubbles: true,
          composed: true,
        }),
      );
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    return {
      host: !!host,
      shadowRoot: host?.shadowRoot ?? null,
      reattached,
      textareas: document.querySelectorAll('textarea').length,
      active: document.activeElement?.localName ?? null,
    };
  });
  expect(reach).toEqual({
    host: true,
    shadowRoot: null,
    reattached: 'NotSupportedError',
    textareas: 0,
    active: 'provenance-lens-note',
  });
  await page.waitForTimeout(300);
  expect(await ownAnnotations(lens, page, popup)).toEqual({ ok: true, value: [] });
  await page.keyboard.press('Escape');
  await popup.close();
  await page.close();
});

test.fixme('the page cannot read what the reader types in the comment box', async ({ lens }) => {
  // fixme: keyboard and input events are composed; the page's capturing window listeners run
  // before the box's stopPropagation (extension/content/comment-box.ts) and see every key.
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  const popup = await lens.popup(page);
  await listenToTyping(page);
  await openCommentBox(lens, page, popup);
  await page.keyboard.type('secret');
  await page.keyboard.press('Control+Enter');
  const own = await ownAnnotations(lens, page, popup);
  expect(own).toMatchObject({ ok: true, value: [{ body: 'secret' }] });
  const typed = await page.evaluate(() => (window as unknown as { __typed: string[] }).__typed);
  expect(typed.join('')).not.toMatch(/s.*e.*c.*r.*e.*t/);
  await popup.close();
  await page.close();
});
