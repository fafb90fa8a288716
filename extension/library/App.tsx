/**
 * The capture library page: the list with search, filters, selection and export, one capture
 * opened with its snapshot and report, and import. It opens the store itself (an extension
 * page shares the extension's origin, and so its IndexedDB, with the background).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Annotation, type Capture, fromJson } from '../../src/capture';
import { type CaptureSummary, describeStoreError, type Library } from '../storage/store';
import { CaptureDetail } from './components/CaptureDetail';
import { CaptureList, rowId } from './components/CaptureList';
import { ExportBar } from './components/ExportBar';
import { Filters } from './components/Filters';
import { ImportButton } from './components/ImportButton';
import { Notice, type NoticeState } from './components/Notice';
import { Env, type LibraryEnv } from './context';
import type { ExportFormat } from './formats';
import { filterSummaries, NO_FILTERS, publisherChoices, queryWords, type TextHits } from './search';

/** How long "Undo" is offered after a delete. */
export const UNDO_MS = 10_000;

interface Props {
  env: LibraryEnv;
  open(): Promise<Library>;
  undoMs?: number;
}

type Store =
  | { kind: 'opening' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; lib: Library };

export function App({ env, open, undoMs = UNDO_MS }: Props) {
  const { t } = env;
  const [store, setStore] = useState<Store>({ kind: 'opening' });
  const [list, setList] = useState<CaptureSummary[]>([]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [busy, setBusy] = useState(false);
  const [textHits, setTextHits] = useState<TextHits>(new Map());
  const [reloads, setReloads] = useState(0);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const returnTo = useRef<string | null>(null);
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
    return () => {
      clearTimeout(undoTimer.current);
      got?.close();
    };
  }, [open]);

  const fail = useCallback((e: unknown) => {
    setNotice({ text: describeStoreError(e).message, error: true });
  }, []);

  const refresh = useCallback(async (l: Library) => {
    const next = await l.list();
    setList(next);
    // Captures that are gone cannot stay selected.
    const ids = new Set(next.map((s) => s.id));
    setSelected((sel) => new Set([...sel].filter((id) => ids.has(id))));
  }, []);

  /** Runs a change against the store; errors become the notice. */
  const withStore = useCallback(
    async <T,>(change: (l: Library) => Promise<T>): Promise<T | null> => {
      if (!lib) return null;
      try {
        return await change(lib);
      } catch (e) {
        fail(e);
        return null;
      } finally {
        await refresh(lib).catch(fail);
      }
    },
    [lib, fail, refresh],
  );

  const offerUndo = (removed: Capture) => {
    clearTimeout(undoTimer.current);
    const undo = () => {
      clearTimeout(undoTimer.current);
      setNotice(null);
      void withStore(async (l) => {
        await l.restore(removed);
        setNotice({ text: t('libraryRestored', [removed.title]) });
      });
    };
    setNotice({ text: t('libraryDeleted', [removed.title]), undo });
    undoTimer.current = setTimeout(() => {
      const hadFocus = document.activeElement?.id === 'undo';
      setNotice((n) => (n?.undo === undo ? { text: n.text } : n));
      if (hadFocus) document.getElementById('list-heading')?.focus();
    }, undoMs);
  };

  const remove = (id: string) =>
    withStore(async (l) => {
      const removed = await l.remove(id);
      if (opened === id) setOpened(null);
      offerUndo(removed);
    });

  const update = (id: string, change: { note: string; tags: string[] }) =>
    withStore(async (l) => {
      const saved = await l.update(id, change);
      setNotice({ text: t('libraryNoteSaved') });
      return saved;
    });

  const editAnnotations = (id: string, next: Annotation[], deleted?: Annotation) =>
    withStore(async (l) => {
      const before = (await l.get(id))?.annotations.filter((a) => !a.evidence) ?? [];
      const saved = await l.update(id, { annotations: next });
      if (!deleted) {
        setNotice({ text: t('libraryAnnotationSaved') });
        return saved;
      }
      clearTimeout(undoTimer.current);
      const undo = () => {
        clearTimeout(undoTimer.current);
        setNotice(null);
        void withStore(async (l2) => {
          await l2.update(id, { annotations: before });
          setReloads((n) => n + 1); // the opened capture shows it again
          setNotice({ text: t('libraryAnnotationRestored') });
        });
      };
      setNotice({ text: t('libraryAnnotationDeleted', [deleted.target.selector[0].exact]), undo });
      undoTimer.current = setTimeout(() => {
        setNotice((n) => (n?.undo === undo ? { text: n.text } : n));
      }, undoMs);
      return saved;
    });

  const importFile = async (file: File) => {
    // A file that cannot be read (moved meanwhile, no permission) has nothing to import.
    const parsed = fromJson(await file.text().catch(() => ''));
    if (!parsed.ok) {
      setNotice({ text: t('libraryImportFailed', [parsed.error]), error: true });
      return;
    }
    await withStore(async (l) => {
      const { added, replaced } = await l.importMany(parsed.value);
      const count = added + replaced;
      const text =
        count === 1 ? t('libraryImportedOne') : t('libraryImportedMany', [String(count)]);
      const more = replaced ? ` ${t('libraryImportedReplaced', [String(replaced)])}` : '';
      setNotice({ text: text + more });
    });
  };

  // The words typed, looked up in the saved texts; a later query's answer replaces an earlier.
  useEffect(() => {
    const words = queryWords(filters.query);
    if (!lib || !words.length) return setTextHits(new Map());
    let live = true;
    lib.findText(words).then((hits) => live && setTextHits(hits), fail);
    return () => {
      live = false;
    };
  }, [lib, filters.query, list, fail]);

  const shown = useMemo(() => filterSummaries(list, filters, textHits), [list, filters, textHits]);
  const publishers = useMemo(() => publisherChoices(list), [list]);
  const chosen = shown.filter((s) => selected.has(s.id));

  const exportSelected = async (format: ExportFormat) => {
    if (!lib) return;
    setBusy(true);
    try {
      const captures = (await Promise.all(chosen.map((s) => lib.get(s.id)))).filter(
        (c): c is Capture => c !== null,
      );
      const { exportFiles } = await import('./exports');
      const files = await exportFiles(format, captures, { now: env.now(), parse: env.parse });
      await env.save(files);
      setNotice({ text: t('libraryExported', [files.map((f) => f.name).join(', ')]) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const select = (id: string, on: boolean) =>
    setSelected((sel) => {
      const next = new Set(sel);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const close = () => {
    returnTo.current = opened;
    setOpened(null);
  };

  // Back in the list, keyboard users continue from the capture they had opened.
  useEffect(() => {
    if (opened || !returnTo.current) return;
    document.getElementById(rowId(returnTo.current))?.focus();
    returnTo.current = null;
  }, [opened]);

  return (
    <Env.Provider value={env}>
      <header class="top">
        <h1>{t('libraryHeading')}</h1>
        {lib && <ImportButton onFile={(f) => void importFile(f)} />}
      </header>
      <Notice notice={notice} />
      <main class="page" aria-busy={store.kind === 'opening'}>
        {store.kind === 'opening' && <p class="muted">{t('libraryOpening')}</p>}
        {store.kind === 'failed' && (
          <div class="failed" role="alert">
            <h2>{t('libraryUnavailable')}</h2>
            <p>{store.message}</p>
          </div>
        )}
        {lib && opened && (
          <CaptureDetail
            key={`${opened}:${reloads}`}
            lib={lib}
            id={opened}
            onBack={close}
            onDelete={(c) => void remove(c.id)}
            onUpdate={update}
            onAnnotations={editAnnotations}
          />
        )}
        {lib && !opened && (
          <section aria-labelledby="list-heading">
            <Filters filters={filters} publishers={publishers} onChange={setFilters} />
            <h2 id="list-heading" tabIndex={-1}>
              {t('libraryListHeading')}{' '}
              <span class="count">
                {t('libraryShown', [String(shown.length), String(list.length)])}
              </span>
            </h2>
            {list.length === 0 ? (
              <p class="empty">{t('libraryEmpty')}</p>
            ) : (
              <>
                <ExportBar
                  shown={shown.length}
                  selected={chosen.length}
                  all={shown.length > 0 && chosen.length === shown.length}
                  busy={busy}
                  onSelectAll={(on) => setSelected(new Set(on ? shown.map((s) => s.id) : []))}
                  onExport={(f) => void exportSelected(f)}
                />
                {shown.length === 0 ? (
                  <p class="empty">
                    {t('libraryNoMatch')}{' '}
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => setFilters(NO_FILTERS)}
                    >
                      {t('libraryClearFilters')}
                    </button>
                  </p>
                ) : (
                  <CaptureList
                    list={shown}
                    selected={selected}
                    onSelect={select}
                    onOpen={setOpened}
                    onDelete={(s) => void remove(s.id)}
                  />
                )}
              </>
            )}
          </section>
        )}
      </main>
    </Env.Provider>
  );
}
