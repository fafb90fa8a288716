/** Opening the library's database, its schema migrated to the current version on the way. */
import { wrap } from 'idb';
import { asStoreError, MESSAGES, StoreError } from './errors';
import {
  DB_NAME,
  DB_VERSION,
  type LibraryDb,
  MIGRATIONS,
  type Migration,
  migrate,
  type UpgradeTransaction,
} from './schema';
import { quiet } from './writes';

/**
 * Opens the database through `factory`. idb's own `openDB` always uses the global
 * `indexedDB`; this is the same thing over an injected factory (the seam tests use), with
 * idb's `wrap` for the rest. `version` and `steps` are there for migration tests.
 */
export function openDatabase(
  factory: IDBFactory,
  version = DB_VERSION,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Promise<LibraryDb> {
  const request = factory.open(DB_NAME, version);
  return new Promise<LibraryDb>((resolve, reject) => {
    let failed: StoreError | null = null;
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction as IDBTransaction;
      const upgrade = wrap(tx) as unknown as UpgradeTransaction;
      // The open request reports a failed upgrade; its transaction need not report it again.
      quiet(upgrade.done);
      try {
        migrate(
          wrap(request.result) as unknown as LibraryDb,
          event.oldVersion,
          version,
          upgrade,
          steps,
        );
      } catch (e) {
        // A half-run migration must not be committed as the new version.
        failed = asStoreError(e);
        tx.abort();
      }
    });
    // Another connection at an older version did not close when asked. Waiting could take
    // forever, so say so now, and close the database should it open later after all.
    request.addEventListener('blocked', () => {
      failed = new StoreError('unavailable', MESSAGES.blocked);
      reject(failed);
    });
    (wrap(request) as Promise<unknown>).then(
      (db) => (failed ? (db as LibraryDb).close() : resolve(db as LibraryDb)),
      (e: unknown) => {
        const name = (e as { name?: unknown } | null)?.name;
        if (failed) reject(failed);
        else if (name === 'VersionError') reject(new StoreError('unavailable', MESSAGES.newer));
        else if (name === 'QuotaExceededError') reject(asStoreError(e));
        else reject(new StoreError('unavailable', MESSAGES.unavailable));
      },
    );
  });
}
