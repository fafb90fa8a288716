/** One publisher in the chain: who, where, when, a link, and the evidence for it. */

import { safeHttpUrl } from '../../../src/capture/safe-url';
import type { Evidence, EvidenceKind, Hop, HopRole } from '../../../src/report';
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

/** Shown by the hop itself (its address and date), so not repeated as evidence. */
const SHOWN: ReadonlySet<EvidenceKind> = new Set(['address', 'published-date']);

/** Evidence worth listing: one entry per distinct quote. */
function listed(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => !SHOWN.has(e.kind) && !seen.has(e.text) && seen.add(e.text));
}

export function HopItem({ hop }: { hop: Hop }) {
  const { t } = useEnv();
  const name = publisherName(hop, t);
  const inferred = hop.role !== 'host' && isInferred(hop);
  // The host's address is the page the reader is on: no link to itself.
  const href = hop.url && hop.role !== 'host' ? safeHttpUrl(hop.url) : null;
  const evidence = listed(hop.evidence);
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
            <EvidenceItem key={`${i}-${e.kind}`} evidence={e} />
          ))}
        </ul>
      )}
    </li>
  );
}
