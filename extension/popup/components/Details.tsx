/** The report's details shown with it: the credit checklist and the copyright notices. */

import type { Attribution, CopyrightNotice } from '../../../src/report';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';
import { readableNotice } from '../evidence';

const CHECKS: [keyof Attribution, yes: MessageKey, no: MessageKey][] = [
  ['sourceNamed', 'creditSourceNamedYes', 'creditSourceNamedNo'],
  ['copyrightKept', 'creditCopyrightKeptYes', 'creditCopyrightKeptNo'],
  ['originalLinked', 'creditOriginalLinkedYes', 'creditOriginalLinkedNo'],
];

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
