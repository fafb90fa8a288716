/** "Copy citation": plain text naming this copy and the original, with dates. */
import { useState } from 'preact/hooks';
import type { Report } from '../../../src/report';
import { citation } from '../../shared/citation';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';

export function Citation({ report }: { report: Report }) {
  const { t } = useEnv();
  const [said, setSaid] = useState<MessageKey | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(citation(report, t));
      setSaid('citationCopied');
    } catch {
      setSaid('citationCopyFailed');
    }
  };
  return (
    <div class="actions">
      <button type="button" class="button" onClick={() => void copy()}>
        {t('copyCitation')}
      </button>
      <span class="said" role="status">
        {said ? t(said) : ''}
      </span>
    </div>
  );
}
