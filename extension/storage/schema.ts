/**
 * The capture library's IndexedDB schema and its migrations. Each step is keyed by the version
 * it upgrades from, so a version 2 adds a step beside step 0 and never touches it: a database
 * at version 1 runs step 1 only, a new one runs every step in turn.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Capture } from '../../src/capture';
import type { NamedHop } from '../../src/capture/citation/provenance-text';
import type { Status } from '../../src/report';
import { summarise } from './summary';
import { type CaptureWords, captureWords } from './words';

export const DB_NAME = 'provenance-lens';
export const DB_VERSION = 2;

/** What the list shows: small, kept in its own object store so the list never loads snapshots. */
export interface CaptureSummary {
  id: string;
  url: string;
  title: string;
  savedAt: string;
  status: Status;
  /** The chain in one line, e.g. "Global Research (2020-01-22) ← South Front (2020-01-21)". */
  chain: string;
  /** The hops the chain line names, so the list writes their dates in the reader's language
   * (absent in summaries saved before them). */
  hops?: NamedHop[];
  /** The name and the domain of every hop, each once. */
  publishers: string[];
  note: string;
  tags: string[];
  annotations: number;
  /** Of those, the report's evidence and the researcher's own (absent in version 1 summaries). */
  evidence?: number;
  own?: number;
}

export interface LibrarySchema extends DBSchema {
  captures: { key: string; value: Capture };
  summaries: { key: string; value: CaptureSummary; indexes: { savedAt: string } };
  /** Version 2: each capture's words, for full-text search (words.ts). */
  words: { key: string; value: CaptureWords; indexes: { words: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
export type UpgradeTransaction = IDBPTransaction<
  LibrarySchema,
  StoreNames<LibrarySchema>[],
  'versionchange'
>;
export type Migration = (db: LibraryDb, tx: UpgradeTransaction) => void;

/** Step n upgrades a database at version n to version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (db) => {
    db.createObjectStore('captures', { keyPath: 'id' });
    db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  },
  // The words of every capture already saved are indexed in the same upgrade: it commits with
  // all of them or not at all, and the captures themselves are only read.
  1: (db, tx) => {
    const words = db.createObjectStore('words', { keyPath: 'id' });
    words.createIndex('words', 'words', { multiEntry: true });
    void tx
      .objectStore('captures')
      .getAll()
      .then((all) => {
        for (const c of all) {
          void tx.objectStore('words').put(captureWords(c));
          // The list now counts evidence and the researcher's own annotations apart.
          void tx.objectStore('summaries').put(summarise(c));
        }
      });
  },
};

/** Runs the steps from `oldVersion` up to `newVersion`; a missing step is a programming error. */
export function migrate(
  db: LibraryDb,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): void {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from version ${v} of the capture library`);
    step(db, tx);
  }
}
