/**
 * The library's store as the page holds it: opening it (or why it could not be opened), the
 * list of summaries, and `withStore`, which runs a change, turns its error into the notice and
 * lists the library again after it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type CaptureSummary, describeStoreError, type Library } from '../../storage/store';

export type StoreState =
  | { kind: 'opening' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; lib: Library };

export interface StoreHandle {
  store: StoreState;
  /** The open library, or null while opening or when it failed. */
  lib: Library | null;
  list: CaptureSummary[];
  /** Runs a change against the store; its error goes to `fail`, and the list is read again. */
  withStore<T>(change: (l: Library) => Promise<T>): Promise<T | null>;
}

/** Opens the library once (`open` changes only in tests) and closes it when the page goes. */
export function useStore(open: () => Promise<Library>, fail: (e: unknown) => void): StoreHandle {
  const [store, setStore] = useState<StoreState>({ kind: 'opening' });
  const [list, setList] = useState<CaptureSummary[]>([]);
  const lib = store.kind === 'ready' ? store.lib : null;

  useEffect(() => {
    let got: Library | null = null;
    (async () => {
      try {
        got = await open();
        setList(await got.list());
        setStore({ kind: 'ready', lib: got });
      } catch (e) {
        setStore({ kind: 'failed', message: describeStoreError(e).message });
      }
    })();
    return () => got?.close();
  }, [open]);

  const withStore = useCallback(
    async <T>(change: (l: Library) => Promise<T>): Promise<T | null> => {
      if (!lib) return null;
      try {
        return await change(lib);
      } catch (e) {
        fail(e);
        return null;
      } finally {
        await lib.list().then(setList).catch(fail);
      }
    },
    [lib, fail],
  );

  return { store, lib, list, withStore };
}
