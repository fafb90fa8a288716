/**
 * Steps for the Chromium-only library specs (faults.spec.ts, hostile-set.spec.ts), on top of the harness:
 * annotating a selection (in the annotate window), saving from the popup, the library page, reading the library's
 * IndexedDB through a service worker, stopping that worker, catching downloads, reading a WACZ,
 * and a second browser with a profile of its own (to import into).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page } from '@playwright/test';
import { gunzipSync, unzipSync } from 'fflate';
import type { Capture } from '../../src/capture/model';
import { CHROMIUM_ARGS, type Lens } from './harness';

/** The seed page: a South Front article cross-posted by Global Research a day later. */
export const SEED = '/fixtures/globalresearch-southfront/';

type InWorker = Lens['inWorker'];

// What functions run in a page see; declared here rather than pulling DOM extension types into
// the test's own.
type Chromeish = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

// ---------------------------------------------------------------------------------------------
// A second browser

/** A browser of its own with the extension loaded in a new, empty profile. */
export interface Profile {
  context: BrowserContext;
  extensionId: string;
  inWorker: InWorker;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the built extension in a fresh profile, as the harness does; no page
 * is served to it and every network address is refused.
 */
export async function launchProfile(): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'lens-e2e-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  const worker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const inWorker: InWorker = async (fn, arg) =>
    (await worker()).evaluate(fn as (a: unknown) => never, arg as unknown);
  return {
    context,
    extensionId,
    inWorker,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The page: selecting words, annotating them

/** Selects `text` in the page; it must lie inside one text node. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }
    return null;
  }, text);
  expect(found, `"${text}" is on the page`).toBe(text);
}

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
export const commentField = (annotate: Page) =>
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

/** The words the reader's own annotations are highlighted on (CSS Highlight API or <mark>). */
export function ownHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights?.get('provenance-lens-note');
    if (highlight) return [...highlight].map((r) => (r as Range).toString());
    return [...document.querySelectorAll('mark[data-provenance-lens="provenance-lens-note"]')].map(
      (m) => m.textContent ?? '',
    );
  });
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
// The library page and its store

export const libraryUrl = (extensionId: string) => `chrome-extension://${extensionId}/library.html`;

/** Opens the library page in a new tab of `context`, once it has read the store. */
export async function openLibraryPage(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(libraryUrl(extensionId));
  await page.locator('main[aria-busy="false"]').waitFor();
  return page;
}

/** The library's search box. */
export const searchBox = (library: Page) =>
  library.getByRole('searchbox', { name: 'Search captures' });

/** The rows of the list as shown (after search and filters). */
export const rows = (library: Page) => library.locator('ul.captures > li.capture');

/** Everything in the library's two object stores, read in the extension's service worker. */
export interface Stored {
  captures: Capture[];
  /** Ids in the summaries store, sorted. */
  summaryIds: string[];
}

/**
 * Reads the capture library's stores through `inWorker`. A database that does not exist yet
 * is not created (opening it here would make an empty one the library would take as its own).
 */
export function readStore(inWorker: InWorker): Promise<Stored> {
  return inWorker(async () => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'provenance-lens')) return { captures: [], summaryIds: [] };
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, fail) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const db = await done(indexedDB.open('provenance-lens'));
    try {
      const tx = db.transaction(['captures', 'summaries'], 'readonly');
      const captures = (await done(tx.objectStore('captures').getAll())) as Capture[];
      const keys = await done(tx.objectStore('summaries').getAllKeys());
      return { captures, summaryIds: keys.map(String).sort() };
    } finally {
      db.close();
    }
  }, null);
}

/**
 * Removes captures (and their summaries) in one transaction, so that a spec leaves the
 * library of the shared browser as it found it.
 */
export function forget(inWorker: InWorker, ids: readonly string[]): Promise<void> {
  return inWorker(async (gone) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'provenance-lens')) return;
    const open = indexedDB.open('provenance-lens');
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      const tx = db.transaction(['captures', 'summaries'], 'readwrite');
      for (const id of gone) {
        tx.objectStore('captures').delete(id);
        tx.objectStore('summaries').delete(id);
      }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
    } finally {
      db.close();
    }
  }, ids);
}

/** Ids of the stored captures, sorted. */
export const captureIds = (s: Stored) => s.captures.map((c) => c.id).sort();

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

// ---------------------------------------------------------------------------------------------
// Downloads and the WACZ inside them

/** A file the page handed to the browser's downloads. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Runs `start` and returns the `count` downloads it caused, saved under `dir`. */
export async function downloads(
  page: Page,
  start: () => Promise<void>,
  dir: string,
  count = 1,
): Promise<Downloaded[]> {
  const caught: Promise<Downloaded>[] = [];
  const all = new Promise<void>((ok) => {
    const on = (d: import('@playwright/test').Download) => {
      caught.push(
        (async () => {
          const path = join(dir, d.suggestedFilename());
          await d.saveAs(path);
          return { name: d.suggestedFilename(), bytes: await readFile(path) };
        })(),
      );
      if (caught.length === count) {
        page.off('download', on);
        ok();
      }
    };
    page.on('download', on);
  });
  await start();
  await all;
  return Promise.all(caught);
}

/** The files of a zip, by path. */
export const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/**
 * The WARC record at `offset` of a WARC file (gzip members, one per record, when the name
 * ends in .gz): its first line, its fields and its block.
 */
export function warcRecordAt(
  warc: Uint8Array,
  gzipped: boolean,
  offset: number,
  length: number,
): { version: string; fields: Map<string, string>; block: Uint8Array } {
  const raw = gzipped
    ? gunzipSync(warc.subarray(offset, offset + length))
    : warc.subarray(offset, offset + length);
  const text = new TextDecoder().decode(raw);
  const headEnd = text.indexOf('\r\n\r\n');
  const [version = '', ...lines] = text.slice(0, headEnd).split('\r\n');
  const fields = new Map(
    lines.map((l) => {
      const at = l.indexOf(': ');
      return [l.slice(0, at), l.slice(at + 2)] as [string, string];
    }),
  );
  const head = new TextEncoder().encode(text.slice(0, headEnd + 4)).length;
  const block = raw.subarray(head, head + Number(fields.get('Content-Length')));
  return { version, fields, block };
}
