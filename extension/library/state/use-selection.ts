/** The captures ticked for export: only ones still in the library stay ticked. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaptureSummary } from '../../storage/store';

export interface Selection {
  selected: ReadonlySet<string>;
  select(id: string, on: boolean): void;
  /** Ticks exactly `ids` (none for an empty list). */
  selectOnly(ids: readonly string[]): void;
}

export function useSelection(list: readonly CaptureSummary[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // Captures that are gone cannot stay selected.
  useEffect(() => {
    const ids = new Set(list.map((s) => s.id));
    setSelected((sel) => {
      const kept = [...sel].filter((id) => ids.has(id));
      return kept.length === sel.size ? sel : new Set(kept);
    });
  }, [list]);

  const select = useCallback(
    (id: string, on: boolean) =>
      setSelected((sel) => {
        const next = new Set(sel);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const selectOnly = useCallback((ids: readonly string[]) => setSelected(new Set(ids)), []);
  return { selected, select, selectOnly };
}
