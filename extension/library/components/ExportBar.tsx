/** Selecting captures in the list, and exporting the selection in one of the formats. */
import { useState } from 'preact/hooks';
import { useEnv } from '../context';
import { type ExportFormat, FORMATS } from '../formats';

interface Props {
  shown: number;
  selected: number;
  /** Every shown capture is selected. */
  all: boolean;
  busy: boolean;
  onSelectAll(on: boolean): void;
  onExport(format: ExportFormat): void;
}

export function ExportBar({ shown, selected, all, busy, onSelectAll, onExport }: Props) {
  const { t } = useEnv();
  const [format, setFormat] = useState<ExportFormat>('json');
  return (
    <div class="export-bar">
      <label class="check">
        <input
          type="checkbox"
          checked={shown > 0 && all}
          disabled={shown === 0}
          indeterminate={selected > 0 && !all}
          onChange={(e) => onSelectAll(e.currentTarget.checked)}
        />
        {t('librarySelectAll')}
      </label>
      <label class="field field--inline">
        <span>{t('libraryExportFormat')}</span>
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {FORMATS.map(({ id, label }) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="button"
        disabled={selected === 0 || busy}
        aria-describedby={selected === 0 ? 'export-hint' : undefined}
        onClick={() => onExport(format)}
      >
        {t('libraryExport', [String(selected)])}
      </button>
      {selected === 0 && (
        <span id="export-hint" class="muted">
          {t('libraryExportHint')}
        </span>
      )}
    </div>
  );
}
