/** The report's details: credit checklist, copyright, licence, republishing terms, notes. */

import { safeHttpUrl } from '../../../src/capture/safe-url';
import type {
  Attribution,
  CopyrightNotice,
  License,
  Republishing,
  Requirement,
} from '../../../src/report';
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

export function Licence({ license }: { license: License }) {
  const { t } = useEnv();
  const href = license.url ? safeHttpUrl(license.url) : null;
  const name = license.name ?? license.url ?? license.text ?? '';
  return (
    <section class="section" aria-labelledby="licence-heading">
      <h2 id="licence-heading">{t('licenceHeading')}</h2>
      <p>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
      </p>
      {license.text && license.text !== name && <p class="line clamp">{license.text}</p>}
    </section>
  );
}

const REQUIRES: Record<Requirement, MessageKey> = {
  'credit-source': 'requireCreditSource',
  'keep-copyright': 'requireKeepCopyright',
  'link-original': 'requireLinkOriginal',
  'no-edits': 'requireNoEdits',
  'non-commercial': 'requireNonCommercial',
  'ask-permission': 'requireAskPermission',
};

/** The page's own terms for republishing its articles. */
export function Terms({ terms }: { terms: Republishing }) {
  const { t } = useEnv();
  const asks = terms.requires.map((r) => REQUIRES[r]).filter(Boolean);
  return (
    <section class="section" aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('termsHeading')}</h2>
      {asks.length > 0 && (
        <p>
          {t('termsRequires')} <span class="asks">{asks.map((key) => t(key)).join(', ')}</span>
        </p>
      )}
      <p class="line clamp">{terms.text}</p>
    </section>
  );
}

export function Notes({ notes }: { notes: string[] }) {
  const { t } = useEnv();
  return (
    <section class="section" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notesHeading')}</h2>
      <ul class="notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
