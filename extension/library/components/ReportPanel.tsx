/**
 * The report beside the snapshot: status, chain, the checks against the original, the evidence
 * quoted, the researcher's own annotations, the screenshot and what the snapshot lost.
 * Addresses become links only when they are http(s) (`safeHttpUrl`); everything from the page
 * or the capture is rendered as text.
 */
import type { Annotation, Capture } from '../../../src/capture';
import { evidenceLabel } from '../../../src/capture/citation/evidence-labels';
import { checksOf } from '../../../src/capture/citation/provenance-text';
import { safeHttpUrl } from '../../../src/capture/safety/safe-url';
import type { Hop, HopRole, Report, Verification } from '../../../src/report';
import { formatDate } from '../../shared/dates';
import type { MessageKey } from '../../shared/i18n';
import { headline, publisherName } from '../../shared/summary';
import { percent, verdict } from '../../shared/verdict';
import { formatSaved, useEnv } from '../context';
import { OwnAnnotations } from './OwnAnnotations';
import { StatusPill } from './StatusPill';

const ROLE: Record<HopRole, MessageKey> = {
  host: 'roleHost',
  intermediate: 'roleIntermediate',
  original: 'roleOriginal',
};

/** "original-source" → "Original-source line". */
export const kindLabel = evidenceLabel;

interface Props {
  capture: Capture;
  /** Ids of the annotations highlighted in the snapshot. */
  found: ReadonlySet<string>;
  /** Saves the researcher's own annotations as they are to be (one deleted, when it is). */
  onAnnotations(next: Annotation[], deleted?: Annotation): Promise<unknown>;
}

export function ReportPanel({ capture, found, onAnnotations }: Props) {
  const { t } = useEnv();
  const { report } = capture;
  const evidence = capture.annotations.filter((a) => a.evidence);
  const own = capture.annotations.filter((a) => !a.evidence);
  const url = safeHttpUrl(capture.url);
  const checks = checksOf(capture);
  return (
    <section class="report" aria-labelledby="report-heading">
      <h3 id="report-heading" class="visually-hidden">
        {t('libraryReportHeading')}
      </h3>
      <p>
        <StatusPill status={report.status} />
      </p>
      <p class="lede">{headline(report, t)}</p>
      <p class="muted">
        {t('librarySavedOn', [formatSaved(capture.savedAt)])}
        {' · '}
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {capture.url}
          </a>
        ) : (
          capture.url
        )}
      </p>

      {report.chain.length > 0 && (
        <section aria-labelledby="chain-heading">
          <h4 id="chain-heading">{t('libraryChainHeading')}</h4>
          <ol class="chain">
            {report.chain.map((hop, i) => (
              <HopLine key={`${i}-${hop.role}`} hop={hop} />
            ))}
          </ol>
        </section>
      )}

      {checks.length > 0 && (
        <section aria-labelledby="checks-heading">
          <h4 id="checks-heading">{t('libraryChecksHeading')}</h4>
          <ul class="checks">
            {checks
              .map((check, i) => (
                <CheckLine key={`${i}-${check.checkedAt}`} check={check} report={report} />
              ))
              .reverse()}
          </ul>
        </section>
      )}

      <section aria-labelledby="evidence-heading">
        <h4 id="evidence-heading">{t('libraryEvidenceHeading')}</h4>
        {evidence.length ? (
          <ul class="quotes">
            {evidence.map((a) => (
              <Quote
                key={a.id}
                a={a}
                found={found.has(a.id)}
                label={kindLabel(a.evidence?.kind ?? '')}
              />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('libraryNoEvidence')}</p>
        )}
      </section>

      <section aria-labelledby="own-heading">
        <h4 id="own-heading">{t('libraryAnnotationsHeading')}</h4>
        <OwnAnnotations own={own} found={found} onChange={onAnnotations} />
      </section>

      {capture.screenshot?.dataUrl.startsWith('data:image/png;base64,') && (
        <section aria-labelledby="shot-heading">
          <h4 id="shot-heading">{t('libraryScreenshotHeading')}</h4>
          <img
            class="screenshot"
            src={capture.screenshot.dataUrl}
            width={capture.screenshot.width}
            height={capture.screenshot.height}
            alt={t('libraryScreenshotAlt')}
          />
        </section>
      )}

      <section aria-labelledby="omitted-heading">
        <h4 id="omitted-heading">{t('libraryOmittedHeading')}</h4>
        {capture.snapshot.omitted.length ? (
          <ul class="omitted">
            {capture.snapshot.omitted.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('libraryOmittedNone')}</p>
        )}
      </section>
    </section>
  );
}

function HopLine({ hop }: { hop: Hop }) {
  const { t } = useEnv();
  const name = publisherName(hop, t);
  const href = safeHttpUrl(hop.url);
  return (
    <li class={`hop hop--${hop.role}`}>
      <span class="hop-role">{t(ROLE[hop.role] ?? 'roleIntermediate')}</span>{' '}
      <strong>{name}</strong>
      <span class="hop-meta">
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
          </a>
        )}
      </span>
    </li>
  );
}

/** One check, the latest first: its sentence, its figures, the original, and when it was made. */
function CheckLine({ check, report }: { check: Verification; report: Report }) {
  const { t } = useEnv();
  const href = safeHttpUrl(check.finalUrl ?? check.url);
  const original = check.original;
  const about = [
    original?.title,
    original?.publisher,
    original?.publishedTime && formatDate(original.publishedTime),
  ].filter(Boolean);
  return (
    <li class={`check check--${check.status}`}>
      <strong class="check-verdict">{verdict(check, report, t)}</strong>
      {check.containment !== null && (
        <span class="check-figures">
          {t('verifyFigures', [percent(check.containment), percent(check.coverage)])}
        </span>
      )}
      {check.dateOrder === 'copy-first' && <span class="note">{t('verifyCopyFirst')}</span>}
      {(about.length > 0 || href) && (
        <span class="check-original">
          {t('verifyOriginal')}: {about.join(', ')}{' '}
          {href && (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {new URL(href).host}
            </a>
          )}
        </span>
      )}
      <time class="check-when" dateTime={check.checkedAt}>
        {t('libraryCheckedOn', [formatSaved(check.checkedAt)])}
      </time>
    </li>
  );
}

function Quote({
  a,
  found,
  label,
  own,
}: {
  a: Annotation;
  found: boolean;
  label: string;
  own?: boolean;
}) {
  const { t } = useEnv();
  return (
    <li class={`quote quote--${own ? 'own' : 'evidence'}`}>
      <q>{a.target.selector[0].exact}</q>
      {label && <span class="quote-label">{label}</span>}
      {!found && <span class="tag">{t('libraryNotInSnapshot')}</span>}
    </li>
  );
}
