/**
 * Steps for the capture scenarios, over the adapter: saving from the popup, the library page,
 * reading and cleaning the library's IndexedDB from an extension context.
 */
import type { Capture } from '../../src/capture/model/model';
import { type Expect, eventually, type Lens, type View } from './lens';

/** Everything in the library's two object stores. */
export interface Stored {
  captures: Capture[];
  /** Ids in the summaries store, sorted. */
  summaryIds: string[];
}

/**
 * Reads the capture library's stores in an extension context. A database that does not exist
 * yet is not created (opening it here would make an empty one the library would take as its own).
 */
export async function readStore(lens: Pick<Lens, 'inExtension'>): Promise<Stored> {
  // As JSON: a driver hands deep objects back only to some depth (BiDi gives null below it).
  const json = await lens.inExtension(async () => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === 'provenance-lens'))
      return JSON.stringify({ captures: [], summaryIds: [] });
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
      return JSON.stringify({ captures, summaryIds: keys.map(String).sort() });
    } finally {
      db.close();
    }
  });
  return JSON.parse(json) as Stored;
}

/** Removes captures (and their summaries) in one transaction, so a scenario leaves the library
 * of the shared browser as it found it. */
export function forget(lens: Pick<Lens, 'inExtension'>, ids: readonly string[]): Promise<void> {
  return lens.inExtension(async (gone) => {
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

/** The popup's "Save to library" button, under the headline (one click saves). */
export const SAVE_BUTTON = '.save > .save-bar > button.button';

/** Waits for "Save to library" (it loads just after the report). */
export async function openSaveForm(popup: View): Promise<void> {
  await popup.waitFor(SAVE_BUTTON);
}

/**
 * Clicks "Save to library" and returns what the popup said, once it said it; when saved and a
 * note or tags are given, adds them to the capture with the form shown after the save ("Save
 * note and tags") and waits for that too.
 */
export async function saveFromPopup(
  popup: View,
  input: { note?: string; tags?: string } = {},
): Promise<{ kind: 'saved' | 'failed'; text: string }> {
  await openSaveForm(popup);
  const ended = '.save-said--saved, .save-said--failed';
  const said = async () => `${await popup.attr(ended, 'class')} ${await popup.text(ended)}`;
  // A previous save's words may still be shown: the answer is words other than those.
  const before = (await popup.count(ended)) ? await said() : null;
  await popup.click(SAVE_BUTTON);
  await eventually(async () => {
    if (!(await popup.count(ended)) || (await said()) === before) throw new Error('not said');
  }, 15_000);
  const cls = (await popup.attr(ended, 'class')) ?? '';
  const result = {
    kind: cls.includes('save-said--saved') ? ('saved' as const) : ('failed' as const),
    text: ((await popup.text(ended)) ?? '').trim(),
  };
  if (result.kind === 'saved' && (input.note || input.tags)) {
    await popup.waitFor('form.save-form');
    await popup.fill('#save-note', input.note ?? '');
    await popup.fill('#save-tags', input.tags ?? '');
    await popup.click('form.save-form button[type="submit"]');
    const done = '.details-said--done, .details-said--failed';
    await eventually(async () => {
      if (!(await popup.count(done))) throw new Error('not said');
    }, 15_000);
    const kind = (await popup.attr(done, 'class')) ?? '';
    if (!kind.includes('details-said--done'))
      throw new Error(`note not saved: ${await popup.text(done)}`);
  }
  return result;
}

/** The captures a save added, compared with `before`. */
export function addedSince(before: Stored, after: Stored): Capture[] {
  const known = new Set(captureIds(before));
  return after.captures.filter((c) => !known.has(c.id));
}

/** The library's search box, and the rows it shows. */
export const SEARCH = 'input[type="search"]';
export const ROWS = 'ul.captures > li.capture';

/** Searches the library and waits until it shows `count` rows. */
export async function search(library: View, words: string, count: number, expect: Expect) {
  await library.fill(SEARCH, words);
  await library.waitFor(ROWS, { gone: count === 0 });
  await eventually(async () => expect(await library.count(ROWS)).toBe(count));
}

/** A word of this run alone: the browser (and its library) is shared with other scenarios. */
export const runWord = () => `r${Math.random().toString(16).slice(2, 10)}`;
