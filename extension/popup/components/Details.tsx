/**
 * The report's details: the credit checklist (for a cross-post) and the copyright notices. They
 * load with the popup's later part (Later.ts), just after the first paint.
 */

import type { Attribution, CopyrightNotice, Report } from '../../../src/report';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';
import { readableNotice } from '../evidence';

const CHECKS: [keyof Attribution, yes: MessageKey, no: MessageKey][] = [
  ['sourceNamed', 'creditSourceNamedYes', 'creditSourceNamedNo'],
  ['copyrightKept', 'creditCopyrightKeptYes', 'creditCopyrightKeptNo'],
  ['originalLinked', 'creditOriginalLinkedYes', 'creditOriginalLinkedNo'],
];

/** The checklist when the page is a cross-post, then the copyright notices. */
export function Details({ report }: { report: Report }) {
  return (
    <>
      {report.status === 'cross-post' && report.attribution && (
        <Credit attribution={report.attribution} />
      )}
      <Copyright notices={report.copyright} />
    </>
  );
}

/** How completely this copy credits its source, stated plainly (not as a warning). */
export function Credit({ attribution }: { attribution: Attribution }) {
  const { t } = useEnv();
  return (
    <section class="section" aria-labelledby="credit-heading">
      <h2 id="credit-heading">{t('creditHeading')}</h2>
      <ul class="checklist">
        {CHECKS.map(([field, yes, no]) => (
          <li key={field} class={attribution[field] ? 'met' : 'unmet'}>
            <span class="mark" aria-hidden="true">
              {attribution[field] ? '✓' : '–'}
            </span>
            {t(attribution[field] ? yes : no)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Copyright({ notices }: { notices: CopyrightNotice[] }) {
  const { t } = useEnv();
  return (
    <section class="section" aria-labelledby="copyright-heading">
      <h2 id="copyright-heading">{t('copyrightHeading')}</h2>
      {notices.length === 0 && <p class="muted">{t('copyrightNone')}</p>}
      {notices.map((n, i) => (
        <div class="notice" key={`${i}-${n.text}`}>
          <p class="line">{readableNotice(n.text)}</p>
          <p class="muted">
            {n.holders.length > 0 && <span>{t('copyrightHolders', [n.holders.join(', ')])}</span>}
            {n.year !== null && <span>{t('copyrightYear', [String(n.year)])}</span>}
          </p>
        </div>
      ))}
    </section>
  );
}
