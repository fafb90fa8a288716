/** A file input for a captures file exported from Provenance Lens. */
import { useEnv } from '../context';

export function ImportButton({ onFile }: { onFile(file: File): void }) {
  const { t } = useEnv();
  return (
    <label class="button file-button">
      {t('libraryImport')}
      <input
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        aria-describedby="import-hint"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <span id="import-hint" class="visually-hidden">
        {t('libraryImportHint')}
      </span>
    </label>
  );
}
