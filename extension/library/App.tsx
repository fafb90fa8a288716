/**
 * The capture library page: the list with search, filters, selection and export, one capture
 * opened with its snapshot and report, and import. It opens the store itself (an extension
 * page shares the extension's origin, and so its IndexedDB, with the background).
 *
 * The state lives in state/ (the store and its list, the notice, the selection, the text
 * search, the changes); this file puts it together and chooses what is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Capture } from '../../src/capture';
import type { Library } from '../storage/store';
import { CaptureDetail } from './components/CaptureDetail';
import { rowId } from './components/CaptureList';
import { ImportButton } from './components/ImportButton';
import { ListSection } from './components/ListSection';
import { Notice } from './components/Notice';
import { Env, type LibraryEnv } from './context';
import type { ExportFormat } from './formats';
import { filterSummaries, NO_FILTERS, publisherChoices } from './search';
import { libraryChanges } from './state/changes';
import { useNotice } from './state/use-notice';
import { useSelection } from './state/use-selection';
import { useStore } from './state/use-store';
import { useTextHits } from './state/use-text-hits';

/** How long "Undo" is offered after a delete. */
export const UNDO_MS = 10_000;

interface Props {
  env: LibraryEnv;
  open(): Promise<Library>;
  undoMs?: number;
}

export function App({ env, open, undoMs = UNDO_MS }: Props) {
  const { t } = env;
  const notice = useNotice(undoMs);
  const { store, lib, list, withStore } = useStore(open, notice.fail);
  const selection = useSelection(list);
  const [filters, setFilters] = useState(NO_FILTERS);
  const textHits = useTextHits(lib, filters.query, list, notice.fail);
  const [opened, setOpened] = useState<string | null>(null);
  // Bumped when the opened capture must read its annotations again (an undone delete).
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState(false);
  const returnTo = useRef<string | null>(null);

  const changes = libraryChanges({
    t,
    withStore,
    notice,
    closeIfOpen: (id) => opened === id && setOpened(null),
    reopen: () => setReloads((n) => n + 1),
  });

  const shown = useMemo(() => filterSummaries(list, filters, textHits), [list, filters, textHits]);
  const publishers = useMemo(() => publisherChoices(list), [list]);

  const exportSelected = async (format: ExportFormat) => {
    if (!lib) return;
    setBusy(true);
    try {
      const chosen = shown.filter((s) => selection.selected.has(s.id));
      const captures = (await Promise.all(chosen.map((s) => lib.get(s.id)))).filter(
        (c): c is Capture => c !== null,
      );
      const { exportFiles } = await import('./exports');
      const files = await exportFiles(format, captures, { now: env.now(), parse: env.parse });
      await env.save(files);
      notice.say(t('libraryExported', [files.map((f) => f.name).join(', ')]));
    } catch (e) {
      notice.fail(e);
    } finally {
      setBusy(false);
    }
  };

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
        {lib && <ImportButton onFile={(f) => void changes.importFile(f)} />}
      </header>
      <Notice notice={notice.notice} />
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
            onDelete={(c) => void changes.remove(c.id)}
            onUpdate={changes.update}
            onAnnotations={changes.editAnnotations}
          />
        )}
        {lib && !opened && (
          <ListSection
            list={list}
            shown={shown}
            filters={filters}
            publishers={publishers}
            onFilters={setFilters}
            selection={selection}
            busy={busy}
            onExport={(f) => void exportSelected(f)}
            onOpen={setOpened}
            onDelete={(id) => void changes.remove(id)}
          />
        )}
      </main>
    </Env.Provider>
  );
}
