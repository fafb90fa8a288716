/** The search box and the status and publisher filters above the list. */
import type { Status } from '../../../src/report';
import { STATUS_LOOK } from '../../shared/status';
import { useEnv } from '../context';
import type { Filters as FilterValues } from '../search';

// Cross-posts first: what the library is mostly searched for.
const STATUSES = Object.keys(STATUS_LOOK) as Status[];

interface Props {
  filters: FilterValues;
  publishers: string[];
  onChange(f: FilterValues): void;
}

export function Filters({ filters, publishers, onChange }: Props) {
  const { t } = useEnv();
  const set = (change: Partial<FilterValues>) => onChange({ ...filters, ...change });
  return (
    <search class="filters">
      <label class="field field--grow">
        <span>{t('librarySearchLabel')}</span>
        <input
          type="search"
          value={filters.query}
          placeholder={t('librarySearchPlaceholder')}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('libraryStatusLabel')}</span>
        <select
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value as Status | '' })}
        >
          <option value="">{t('libraryStatusAll')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LOOK[s].labelKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('libraryPublisherLabel')}</span>
        <select
          value={filters.publisher}
          onChange={(e) => set({ publisher: e.currentTarget.value })}
        >
          <option value="">{t('libraryPublisherAll')}</option>
          {publishers.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
