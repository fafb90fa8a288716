/** One evidence quote; text found on the page gets a "Show on page" button. */
import { useState } from 'preact/hooks';
import type { Evidence, EvidenceSource } from '../../../src/report';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';

const FROM: Partial<Record<EvidenceSource, MessageKey>> = {
  meta: 'evidenceFromMeta',
  'json-ld': 'evidenceFromJsonLd',
  link: 'evidenceFromLink',
  url: 'evidenceFromUrl',
};

export function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const { t, highlight } = useEnv();
  const [said, setSaid] = useState<MessageKey | null>(null);
  const onPage = evidence.source === 'text';
  const show = async () => {
    const result = await highlight({ text: evidence.text, position: evidence.position ?? null });
    setSaid(result.ok && result.value.found ? 'shownOnPage' : 'notOnPage');
  };
  const from = FROM[evidence.source];
  return (
    <li class="quote">
      <q>{evidence.text}</q>
      {onPage ? (
        <span class="quote-actions">
          <button
            type="button"
            class="link-button"
            aria-label={t('showOnPageLabel', [evidence.text.slice(0, 120)])}
            onClick={() => void show()}
          >
            {t('showOnPage')}
          </button>
          <span class="said" role="status">
            {said ? t(said) : ''}
          </span>
        </span>
      ) : (
        from && <span class="from">{t(from)}</span>
      )}
    </li>
  );
}
