/**
 * The capture library: captures in IndexedDB, beside a small summary of each for the list.
 * Every change is one transaction over both stores, so a capture and its summary are written
 * or removed together, and a failed import leaves the library as it was. Errors leave as
 * StoreError with a sentence a researcher can act on.
 */
import { type Annotation, type Capture, normaliseTags } from '../../src/capture';
import { asStoreError, MESSAGES, StoreError } from './errors';
import { openDatabase } from './open';
import type { CaptureSummary, LibraryDb } from './schema';
import { MIN_INDEXED, prefixRange, tokens } from './words';
import { abort, checked, checkedAll, putBoth, quiet, STORES, type WriteTx } from './writes';

export { describeStoreError, StoreError, type StoreErrorCode } from './errors';
export { openDatabase } from './open';
export { type CaptureSummary, DB_NAME, DB_VERSION } from './schema';
export { summarise } from './summary';

/** What the library page may change of a capture. */
export interface CaptureChange {
  note?: string;
  tags?: string[];
  /** The researcher's own annotations, all of them, as they are to be. */
  annotations?: Annotation[];
}

export interface Library {
  /** Validates, then writes the capture and its summary in one transaction. */
  save(capture: Capture): Promise<void>;
  /** Newest first. */
  list(): Promise<CaptureSummary[]>;
  get(id: string): Promise<Capture | null>;
  /**
   * Tags go through `normaliseTags`; `annotations` replaces the researcher's own annotations
   * (the report's evidence is kept as it is). The updated capture is returned.
   */
  update(id: string, change: CaptureChange): Promise<Capture>;
  /** Returns what was removed, so it can be restored. */
  remove(id: string): Promise<Capture>;
  /** The undo of `remove`. */
  restore(capture: Capture): Promise<void>;
  /** All validated first, then all written in one transaction, or none. */
  importMany(captures: Capture[]): Promise<{ added: number; replaced: number }>;
  /**
   * For each word typed, the ids of the captures whose text holds words starting with every
   * letter-and-digit run of it ("troops" finds "Troops", "state-run" needs "state" and "run").
   */
  findText(words: readonly string[]): Promise<Map<string, Set<string>>>;
  close(): void;
}

/**
 * Opens the capture library; StoreError('unavailable') where the browser gives no storage, and
 * in a private window (`privateWindow`: the page's `extension.inIncognitoContext`), where
 * Firefox gives extension pages a separate database that is emptied when the window closes:
 * the library would look empty there, and what it kept would be lost.
 */
export async function openLibrary(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  options: { privateWindow?: boolean } = {},
): Promise<Library> {
  if (!factory || options.privateWindow) throw new StoreError('unavailable', MESSAGES.unavailable);
  try {
    return new IdbLibrary(await openDatabase(factory));
  } catch (e) {
    // Some browsers throw from `open` itself (Firefox private windows before version 115).
    throw e instanceof StoreError ? e : new StoreError('unavailable', MESSAGES.unavailable);
  }
}

class IdbLibrary implements Library {
  private closed = false;

  constructor(private readonly db: LibraryDb) {
    // An abnormal close: storage cleared, the browser shutting down.
    db.addEventListener('close', () => {
      this.closed = true;
    });
    // Another page opens a newer version: step aside so its upgrade can run.
    db.addEventListener('versionchange', () => this.close());
  }

  save(capture: Capture): Promise<void> {
    return this.run(async () => {
      const valid = checked(capture);
      await this.write(async (tx) => {
        await Promise.all(putBoth(tx, valid));
      });
    });
  }

  restore(capture: Capture): Promise<void> {
    return this.save(capture);
  }

  list(): Promise<CaptureSummary[]> {
    return this.run(async () => (await this.db.getAllFromIndex('summaries', 'savedAt')).reverse());
  }

  get(id: string): Promise<Capture | null> {
    return this.run(async () => (await this.db.get('captures', id)) ?? null);
  }

  update(id: string, change: CaptureChange): Promise<Capture> {
    return this.run(() =>
      this.write(async (tx) => {
        const old = await tx.objectStore('captures').get(id);
        if (!old) throw new StoreError('not-found', MESSAGES.notFound);
        const note = change.note ?? old.note;
        const tags = change.tags ? normaliseTags(change.tags) : old.tags;
        const annotations = change.annotations
          ? [...old.annotations.filter((a) => a.evidence), ...change.annotations]
          : old.annotations;
        const updated = checked({ ...old, note, tags, annotations });
        await Promise.all(putBoth(tx, updated));
        return updated;
      }),
    );
  }

  remove(id: string): Promise<Capture> {
    return this.run(() =>
      this.write(async (tx) => {
        const removed = await tx.objectStore('captures').get(id);
        if (!removed) throw new StoreError('not-found', MESSAGES.notFound);
        await Promise.all(STORES.map((name) => quiet(tx.objectStore(name).delete(id))));
        return removed;
      }),
    );
  }

  importMany(captures: Capture[]): Promise<{ added: number; replaced: number }> {
    return this.run(async () => {
      const valid = checkedAll(captures);
      if (valid.length === 0) return { added: 0, replaced: 0 };
      const replaced = await this.write(async (tx) => {
        const existing = new Set(await tx.objectStore('captures').getAllKeys());
        await Promise.all(valid.flatMap((c) => putBoth(tx, c)));
        return valid.filter((c) => existing.has(c.id)).length;
      });
      return { added: valid.length - replaced, replaced };
    });
  }

  findText(words: readonly string[]): Promise<Map<string, Set<string>>> {
    return this.run(async () => {
      const index = this.db.transaction('words').store.index('words');
      const found = new Map<string, Set<string>>();
      for (const word of words) {
        const sets: Set<string>[] = [];
        for (const token of tokens(word)) {
          if (token.length < MIN_INDEXED) continue;
          sets.push(new Set<string>(await index.getAllKeys(prefixRange(token))));
        }
        const [first, ...rest] = sets;
        if (first)
          found.set(word, new Set([...first].filter((id) => rest.every((s) => s.has(id)))));
      }
      return found;
    });
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }

  /** Runs one operation; whatever goes wrong leaves as a StoreError. */
  private async run<T>(op: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreError('closed', MESSAGES.closed);
    try {
      return await op();
    } catch (e) {
      throw asStoreError(e);
    }
  }

  /**
   * One readwrite transaction over both stores: the change counts only when the transaction
   * completes, and any failure on the way aborts it whole.
   */
  private async write<T>(body: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    const done = quiet(tx.done);
    try {
      const value = await body(tx);
      await done;
      return value;
    } catch (e) {
      abort(tx);
      throw e;
    }
  }
}
