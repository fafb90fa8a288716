/** The pieces of every write: capture, summary and words together, validated first. */
import type { IDBPTransaction } from 'idb';
import { type Capture, validateCapture } from '../../src/capture';
import { StoreError } from './errors';
import type { LibrarySchema } from './schema';
import { summarise } from './summary';
import { captureWords } from './words';

export const STORES = ['captures', 'summaries', 'words'] as const;
export type WriteTx = IDBPTransaction<LibrarySchema, Array<(typeof STORES)[number]>, 'readwrite'>;

export function putBoth(tx: WriteTx, capture: Capture): Promise<unknown>[] {
  return [
    quiet(tx.objectStore('captures').put(capture)),
    quiet(tx.objectStore('summaries').put(summarise(capture))),
    quiet(tx.objectStore('words').put(captureWords(capture))),
  ];
}

/**
 * A request whose rejection may go unawaited: when a later request throws first, the earlier
 * ones reject with the abort, and the error that matters has already been told.
 */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

export function abort(tx: WriteTx): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed either way.
  }
}

export function checked(capture: unknown): Capture {
  const r = validateCapture(capture);
  if (r.ok) return r.value;
  throw new StoreError(
    'invalid',
    `Not saved: the capture is not valid (${r.error}). Nothing was changed.`,
  );
}

export function checkedAll(captures: readonly unknown[]): Capture[] {
  const seen = new Set<string>();
  return captures.map((c, i) => {
    const r = validateCapture(c);
    const which = `capture ${i + 1} of ${captures.length}`;
    const refuse = (why: string) =>
      new StoreError('invalid', `Not imported: ${which} ${why}. Nothing was changed.`);
    if (!r.ok) throw refuse(`is not valid (${r.error})`);
    if (seen.has(r.value.id)) throw refuse(`repeats the id "${r.value.id}"`);
    seen.add(r.value.id);
    return r.value;
  });
}
