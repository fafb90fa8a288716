/** Selecting captures in the list, and exporting the selection in one of the formats. */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';
import type { ExportFormat } from '../exports';

// Kept here rather than imported: the exporters' module loads only when one is used.
const FORMATS: Array<[ExportFormat, MessageKey]> = [
  ['json', 'libraryFormatJson'],
  ['web-annotation', 'libraryFormatWebAnnotation'],
  ['csl', 'libraryFormatCsl'],
  ['ris', 'libraryFormatRis'],
  ['bibtex', 'libraryFormatBibtex'],
  ['wacz', 'libraryFormatWacz'],
  ['html', 'libraryFormatHtml'],
];

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
          {FORMATS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
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
