/** One evidence quote; text found on the page gets a "Show on page" button. */
import { useState } from 'preact/hooks';
import type { Evidence, EvidenceSource } from '../../../src/report';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';
import { isRepublicationCounter, shownQuote } from '../evidence';

const FROM: Partial<Record<EvidenceSource, MessageKey>> = {
  meta: 'evidenceFromMeta',
  'json-ld': 'evidenceFromJsonLd',
  link: 'evidenceFromLink',
  url: 'evidenceFromUrl',
};

/** `publisher`: the name of the hop this evidence is for. */
export function EvidenceItem({ evidence, publisher }: { evidence: Evidence; publisher: string }) {
  const { t, highlight } = useEnv();
  const [said, setSaid] = useState<MessageKey | null>(null);
  const onPage = evidence.source === 'text';
  const show = async () => {
    const result = await highlight({ text: evidence.text, position: evidence.position ?? null });
    setSaid(result.ok && result.value.found ? 'shownOnPage' : 'notOnPage');
  };
  const from = FROM[evidence.source];
  // A counter image's address says nothing to a reader: say what it is.
  const counter = isRepublicationCounter(evidence);
  return (
    <li class="quote">
      {counter ? (
        <span class="counter">{t('evidenceCounter', [publisher])}</span>
      ) : (
        <q>{shownQuote(evidence)}</q>
      )}
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
        from && !counter && <span class="from">{t(from)}</span>
      )}
    </li>
  );
}
