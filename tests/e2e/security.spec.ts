/**
 * Forged messages against the real built extension. A web page (tests/e2e/pages/hostile/
 * forge.html) tries from its own scripts every way it has to reach the extension; a script run
 * in the content script's own world asks the background for what only extension pages may ask.
 * Either way nothing may change: the badge, the background's tab state (storage), the capture
 * library (IndexedDB 'provenance-lens', when it exists), the page's DOM and its highlights.
 */
import type { Dialog, Page } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import { expect, type Lens, test } from './harness';
import { annotateSelection, typeComment } from './library-helpers';
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
    void d.dismiss().catch(() => {});
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

/** Selects the page's first article paragraph (the byline) and returns its words. */
function selectByline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const p = document.querySelector('article p');
    if (!p) throw new Error('no paragraph');
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return (p.textContent ?? '').trim();
  });
}

/** The reader's own annotations in the tab, asked by the worker (an extension context). */
function ownAnnotations(lens: Lens, page: Page) {
  return lens.inWorker(
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
    const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput'];
    for (const target of [window, document]) {
      for (const type of [...types, 'compositionupdate', 'paste']) {
        target.addEventListener(
          type,
          (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`),
          true,
        );
      }
    }
  });
}

test('the page gets nothing to type in, no handle on the annotate window, and cannot save a note', async ({
  lens,
}) => {
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  const words = await selectByline(page);
  const { window: annotate, answer } = await annotateSelection(lens, page);
  expect(answer).toEqual({ ok: true, value: { pending: expect.any(String) } });
  const address = annotate.url();
  await expect(annotate.locator('blockquote')).toHaveText(words);

  // In the page: no field, no shadow host, nothing of the extension's but its highlight.
  const inPage = await page.evaluate(() => {
    for (const target of [document, document.activeElement, document.body]) {
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
      fields: document.querySelectorAll('textarea, input, [contenteditable]').length,
      hosts: [...document.querySelectorAll('*')].filter(
        (e) => e.shadowRoot || e.localName.includes('-'),
      ).length,
      own: [...document.querySelectorAll('[data-provenance-lens]')].map((e) => e.localName),
      frames: window.frames.length,
    };
  });
  expect(inPage).toEqual({ fields: 0, hosts: 0, own: ['style'], frames: 0 });
  expect(await annotate.evaluate(() => window.opener)).toBeNull();
  await page.waitForTimeout(300);
  expect(await ownAnnotations(lens, page)).toEqual({ ok: true, value: [] });

  // The window's own address, tried from the page: it is no resource pages may load.
  const opened: Page[] = [];
  const onPage = (p: Page) => opened.push(p);
  lens.context.on('page', onPage);
  const reach = await page.evaluate(async (url) => {
    const out: Record<string, string> = {};
    try {
      const r = await fetch(url);
      out.fetch = `${r.status} ${await r.text()}`;
    } catch (e) {
      out.fetch = (e as Error).name;
    }
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    await new Promise((r) => {
      frame.onload = r;
      setTimeout(r, 2000);
    });
    try {
      out.frame = String(frame.contentDocument?.body?.textContent ?? null);
    } catch (e) {
      out.frame = (e as Error).name;
    }
    frame.remove();
    const w = window.open(url, '_blank');
    await new Promise((r) => setTimeout(r, 500));
    try {
      out.open = String(w?.document?.body?.textContent ?? null);
    } catch (e) {
      out.open = (e as Error).name;
    }
    w?.close();
    return out;
  }, address);
  lens.context.off('page', onPage);
  for (const p of opened) if (!p.isClosed()) await p.close();
  expect(reach.fetch).toBe('TypeError');
  expect(Object.values(reach).join('\n')).not.toMatch(/Your comment|selected words|Maria Okafor/);
  const resources = await lens.inWorker(
    () => chrome.runtime.getManifest().web_accessible_resources ?? null,
    null,
  );
  expect(resources).toBeNull();

  // The reader cancels: the window closes and nothing was kept.
  const closed = annotate.waitForEvent('close');
  await annotate.keyboard.down('Escape');
  await closed;
  expect(await ownAnnotations(lens, page)).toEqual({ ok: true, value: [] });
  console.log(
    `security: the page tried the annotate window by fetch (${reach.fetch}), frame (${reach.frame}) and window.open (${reach.open}); nothing read`,
  );
  await page.close();
});

test('the page cannot read what the reader types in the comment', async ({ lens }) => {
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  await listenToTyping(page);
  // The listeners work: a key pressed in the page is heard.
  await page.keyboard.press('x');
  expect(await page.evaluate(() => (window as unknown as { __typed: string[] }).__typed)).toContain(
    'keydown:x',
  );
  await page.evaluate(() => {
    (window as unknown as { __typed: string[] }).__typed.length = 0;
  });

  await selectByline(page);
  const { window: annotate } = await annotateSelection(lens, page);
  await typeComment(annotate, 'secret');
  const own = await ownAnnotations(lens, page);
  expect(own).toMatchObject({ ok: true, value: [{ body: 'secret', creator: 'user' }] });
  const typed = await page.evaluate(() => (window as unknown as { __typed: string[] }).__typed);
  expect(typed).toEqual([]);
  expect(await page.content()).not.toContain('secret');
  await page.close();
});
