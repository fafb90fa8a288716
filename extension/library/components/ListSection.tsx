/**
 * The library's list: filters, the heading with the count, the export bar and the captures (or
 * why there are none to show).
 */
import type { CaptureSummary } from '../../storage/store';
import { useEnv } from '../context';
import type { ExportFormat } from '../formats';
import { type Filters as FilterState, NO_FILTERS } from '../search';
import type { Selection } from '../state/use-selection';
import { CaptureList } from './CaptureList';
import { ExportBar } from './ExportBar';
import { Filters } from './Filters';

interface Props {
  /** Every capture in the library, and those the filters let through. */
  list: readonly CaptureSummary[];
  shown: CaptureSummary[];
  filters: FilterState;
  publishers: string[];
  onFilters(f: FilterState): void;
  selection: Selection;
  busy: boolean;
  onExport(format: ExportFormat): void;
  onOpen(id: string): void;
  onDelete(id: string): void;
}

export function ListSection(p: Props) {
  const { t } = useEnv();
  const { selected, select, selectOnly } = p.selection;
  const chosen = p.shown.filter((s) => selected.has(s.id)).length;
  return (
    <section aria-labelledby="list-heading">
      <Filters filters={p.filters} publishers={p.publishers} onChange={p.onFilters} />
      <h2 id="list-heading" tabIndex={-1}>
        {t('libraryListHeading')}{' '}
        <span class="count">
          {t('libraryShown', [String(p.shown.length), String(p.list.length)])}
        </span>
      </h2>
      {p.list.length === 0 ? (
        <p class="empty">{t('libraryEmpty')}</p>
      ) : (
        <>
          <ExportBar
            shown={p.shown.length}
            selected={chosen}
            all={p.shown.length > 0 && chosen === p.shown.length}
            busy={p.busy}
            onSelectAll={(on) => selectOnly(on ? p.shown.map((s) => s.id) : [])}
            onExport={p.onExport}
          />
          {p.shown.length === 0 ? (
            <p class="empty">
              {t('libraryNoMatch')}{' '}
              <button type="button" class="link-button" onClick={() => p.onFilters(NO_FILTERS)}>
                {t('libraryClearFilters')}
              </button>
            </p>
          ) : (
            <CaptureList
              list={p.shown}
              selected={selected}
              onSelect={select}
              onOpen={p.onOpen}
              onDelete={(s) => p.onDelete(s.id)}
            />
          )}
        </>
      )}
    </section>
  );
}
