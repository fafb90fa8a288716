/**
 * When things go wrong, Chromium only: the service worker stopped in the middle of a save
 * (through the DevTools protocol, which Firefox's driver does not have), a page that never
 * finishes loading. The reader is told, in words, and the library keeps what it had, whole:
 * never a capture without its summary or the reverse. A full storage and a page over the
 * analysis budget, in both browsers: tests/e2e-shared/scenarios/.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type Lens, test } from './harness';
import {
  addDetails,
  captureIds,
  forget,
  openSaveForm,
  readStore,
  SEED,
  type Stored,
  saidAfterSave,
  saveButton,
  saveFromPopup,
  stopWorker,
  wakeWorker,
} from './library-helpers';

const MESSAGES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

type Patched = typeof globalThis & { __lensRealPut?: IDBObjectStore['put']; __lensHeld?: boolean };

/**
 * Lets both puts run, then keeps the transaction busy forever (a request after each success),
 * so it can neither commit nor finish: the state of a save the worker is stopped in.
 */
function holdTheWrite(lens: Lens) {
  return lens.inWorker(() => {
    const g = globalThis as Patched;
    const real = g.__lensRealPut ?? IDBObjectStore.prototype.put;
    g.__lensRealPut = real;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
      const request = real.apply(this, args);
      if (this.name === 'summaries') {
        const spin = () => {
          this.count().onsuccess = spin;
        };
        request.addEventListener('success', () => {
          g.__lensHeld = true;
          spin();
        });
      }
      return request;
    };
  }, null);
}

function restorePut(lens: Lens) {
  return lens.inWorker(() => {
    const g = globalThis as Patched;
    if (g.__lensRealPut) IDBObjectStore.prototype.put = g.__lensRealPut;
    delete g.__lensRealPut;
  }, null);
}

/** The store is whole: every capture has its summary and every summary its capture. */
function expectWhole(stored: Stored) {
  expect(stored.summaryIds).toEqual(captureIds(stored));
}

/** The capture the last save added, compared with `before`. */
function addedSince(before: Stored, after: Stored) {
  const known = new Set(captureIds(before));
  return after.captures.filter((c) => !known.has(c.id));
}

async function seedAndPopup(lens: Lens): Promise<{ page: Page; popup: Page }> {
  const page = await lens.open(SEED);
  const popup = await lens.popup(page);
  await openSaveForm(popup);
  return { page, popup };
}

test('a worker stopped in the middle of a save leaves no half capture', async ({ lens }) => {
  const run = `w${randomBytes(4).toString('hex')}`;
  const { page, popup } = await seedAndPopup(lens);
  const start = await readStore(lens.inWorker);
  expect(await saveFromPopup(popup, { note: `earlier ${run}` })).toMatchObject({
    kind: 'saved',
  });
  const before = await readStore(lens.inWorker);
  expectWhole(before);

  await holdTheWrite(lens);
  try {
    await saveButton(popup).click();
    await expect
      .poll(() => lens.inWorker(() => (globalThis as Patched).__lensHeld, null))
      .toBe(true);
    await stopWorker(lens, popup);
  } finally {
    // A worker left patched would hold every later save of the shared browser.
    await wakeWorker(popup);
    await restorePut(lens);
  }

  const said = await saidAfterSave(popup);
  expect(said.kind).toBe('failed');
  // "Not saved: the extension's background stopped … Nothing was half-written; try again."
  expect(said.text).toBe(MESSAGES.saveStopped?.message);
  expect(said.text).toMatch(/^Not saved.*try again\.$/);

  const after = await readStore(lens.inWorker);
  expect(captureIds(after)).toEqual(captureIds(before));
  expectWhole(after);
  expect(after.captures).toEqual(before.captures);

  // The fresh worker has no patch: the same save now goes through.
  await saveButton(popup).click();
  expect(await saidAfterSave(popup)).toMatchObject({ kind: 'saved' });
  await addDetails(popup, { note: `interrupted ${run}` });
  const again = await readStore(lens.inWorker);
  expect(addedSince(before, again)).toMatchObject([{ note: `interrupted ${run}` }]);
  expectWhole(again);
  await forget(
    lens.inWorker,
    addedSince(start, again).map((c) => c.id),
  );
  await popup.close();
  await page.close();
});

test('a page that never finishes loading gets a report or a clear state, not a spinner', async ({
  lens,
}) => {
  const page = await lens.open('about:blank');
  await page.goto(`${lens.origin}/stalled/crosspost.html`, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const popup = await lens.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${lens.extensionId}/popup.html?tab=${lens.tabId(page)}`);
  await expect(popup.locator('main[aria-busy="false"]')).toBeAttached({ timeout: 15_000 });
  // A report (this page is a cross-post), or a state that says what is wrong.
  await expect(
    popup.locator('.head--restricted, .head--error, .hop--original').first(),
  ).toBeVisible();
  await popup.close();
  await page.close();
});
