/**
 * The page's own terms, below the copyright: its licence, its republishing terms and the
 * analyser's notes. Few pages have them, so they load with the popup's later part (Later.ts),
 * just after the first paint.
 */
import { safeHttpUrl } from '../../../src/capture/safety/safe-url';
import type { License, Report, Republishing, Requirement } from '../../../src/report';
import type { MessageKey } from '../../shared/i18n';
import { useEnv } from '../context';

/** The licence, the republishing terms and the notes of a report, those it has. */
export function PageTerms({ report }: { report: Report }) {
  return (
    <>
      {report.license && <Licence license={report.license} />}
      {report.republishing && <Terms terms={report.republishing} />}
      {report.warnings && report.warnings.length > 0 && <Notes notes={report.warnings} />}
    </>
  );
}

function Licence({ license }: { license: License }) {
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
function Terms({ terms }: { terms: Republishing }) {
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

function Notes({ notes }: { notes: string[] }) {
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
