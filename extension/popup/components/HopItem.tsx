/** One publisher in the chain: who, where, when, a link, and the evidence for it. */

import { safeHttpUrl } from '../../../src/capture/safety/safe-url';
import type { Evidence, Hop, HopRole } from '../../../src/report';
import { formatDate } from '../../shared/dates';
import type { MessageKey } from '../../shared/i18n';
import { publisherName } from '../../shared/summary';
import { useEnv } from '../context';
import { EvidenceItem } from './EvidenceItem';

const ROLE: Record<HopRole, MessageKey> = {
  host: 'roleHost',
  intermediate: 'roleIntermediate',
  original: 'roleOriginal',
};

/** A hop resting only on weak (inferred) evidence. */
export function isInferred(hop: Hop): boolean {
  return hop.evidence.length > 0 && hop.evidence.every((e) => e.strength === 'weak');
}

/** `evidence`: the hop's evidence worth listing (see `listedEvidence`). */
export function HopItem({ hop, evidence }: { hop: Hop; evidence: Evidence[] }) {
  const { t } = useEnv();
  const name = publisherName(hop, t);
  const inferred = hop.role !== 'host' && isInferred(hop);
  // The host's address is the page the reader is on: no link to itself.
  const href = hop.url && hop.role !== 'host' ? safeHttpUrl(hop.url) : null;
  return (
    <li class={`hop hop--${hop.role}${inferred ? ' hop--inferred' : ''}`}>
      <p class="hop-role">
        {t(ROLE[hop.role] ?? 'roleIntermediate')}
        {inferred && <span class="tag">{t('hopInferred')}</span>}
      </p>
      <p class="hop-name">{name}</p>
      <p class="hop-meta">
        {hop.domain && hop.domain !== name && <span>{hop.domain}</span>}
        {hop.date && <time dateTime={hop.date}>{formatDate(hop.date)}</time>}
        {href && (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('openLinkLabel', [name])}
          >
            {t('openLink')}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
      </p>
      {inferred && <p class="note">{t('hopInferredNote')}</p>}
      {evidence.length > 0 && (
        <ul class="evidence" aria-label={t('evidenceLabel', [name])}>
          {evidence.map((e, i) => (
            <EvidenceItem key={`${i}-${e.kind}`} evidence={e} publisher={name} />
          ))}
        </ul>
      )}
    </li>
  );
}
