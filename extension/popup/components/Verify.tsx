/**
 * "Check against the original", under the chain: the original's address (the chain's, or one
 * the reader pastes), a button that asks for access to that one site and then checks, and the
 * result in one sentence with its figures. Loaded after the popup's first paint; the check's
 * own code (the analyser, for the original's page) only when the reader asks for one.
 */
import { useEffect, useState } from 'preact/hooks';
import { safeHttpUrl } from '../../../src/capture/safety/safe-url';
import type { Report, Verification } from '../../../src/report';
import type { Browser } from '../../shared/browser';
import { formatDate } from '../../shared/dates';
import { PASSAGE_MAX, PASSAGES_MAX } from '../../shared/protocol';
import { toContent } from '../../shared/tab-content';
import { percent, verdict } from '../../shared/verdict';
import { addCheck, loadChecks } from '../checks';
import { useEnv } from '../context';

export { verdict };

export interface VerifyProps {
  api: Browser;
  tabId: number;
  /** The tab's address: where the checks are kept, and which network the page is on. */
  pageUrl: string | null;
  report: Report;
}

type Said =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'note'; text: string }
  | { kind: 'done'; check: Verification };

/** The address to check against: the chain's original, when it gives an http(s) one. */
export function chainOriginal(report: Report): string {
  const last = report.chain.length > 1 ? report.chain.at(-1) : undefined;
  return safeHttpUrl(last?.url) ?? '';
}

/** The match pattern for one site: `https://news.example/*` (every port of that host). */
export function sitePattern(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}

export function Verify({ api, tabId, pageUrl, report }: VerifyProps) {
  const { t } = useEnv();
  const [address, setAddress] = useState(() => chainOriginal(report));
  const [said, setSaid] = useState<Said>({ kind: 'idle' });
  const [shown, setShown] = useState('');

  // The latest check of this page, when one was made before the popup opened.
  useEffect(() => {
    if (pageUrl)
      loadChecks(api, tabId, pageUrl).then((all) => {
        const check = all.at(-1);
        if (check) setSaid((s) => (s.kind === 'idle' ? { kind: 'done', check } : s));
      });
  }, [api, tabId, pageUrl]);

  const check = (e: Event) => {
    e.preventDefault();
    if (said.kind === 'busy') return;
    const url = safeHttpUrl(address.trim());
    if (!url) return setSaid({ kind: 'note', text: t('verifyBadAddress') });
    const site = new URL(url).host;
    setSaid({ kind: 'busy' });
    setShown('');
    // Straight from the click, before any other await: Firefox refuses a request made later.
    const allowed = api.permissions.request({ origins: [sitePattern(url)] }).catch(() => false);
    const code = import('../check');
    void (async () => {
      if (!(await allowed)) return setSaid({ kind: 'note', text: t('verifyDenied', [site]) });
      const outcome = await (await code).checkOriginal(api, tabId, pageUrl, url);
      if (outcome.kind === 'refused')
        return setSaid({ kind: 'note', text: t('verifyRefused', [site]) });
      if (outcome.kind === 'failed')
        return setSaid({ kind: 'note', text: t('verifyFailed', [outcome.error]) });
      if (pageUrl) await addCheck(api, tabId, pageUrl, outcome.verification);
      setSaid({ kind: 'done', check: outcome.verification });
    })().catch((error: unknown) =>
      setSaid({ kind: 'note', text: t('verifyFailed', [String(error)]) }),
    );
  };

  const showDifferences = async (done: Verification) => {
    const text = await toContent(api, tabId, 'articleText', {});
    if (!text.ok) return setShown(t('verifyFailed', [text.error]));
    const passages = (done.unmatched ?? [])
      .slice(0, PASSAGES_MAX)
      .map((r) => text.value.text.slice(r.start, r.end).slice(0, PASSAGE_MAX));
    const found = await toContent(api, tabId, 'highlightPassages', { passages });
    const n = found.ok ? found.value.found : 0;
    setShown(n ? t('verifyDifferencesShown', [String(n)]) : t('verifyNoDifferences'));
  };

  const done = said.kind === 'done' ? said.check : null;
  const link = done ? safeHttpUrl(done.finalUrl ?? done.url) : null;
  const original = done?.original;
  return (
    <section class="section" aria-label={t('verifyHeading')}>
      <form class="verify-form" onSubmit={check}>
        <label for="verify-address">{t('verifyAddress')}</label>
        <input
          id="verify-address"
          type="url"
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <div class="save-bar">
          <button type="submit" class="button" disabled={said.kind === 'busy'}>
            {t('verifyHeading')}
          </button>
        </div>
        <p class="muted">{t('verifyHint')}</p>
      </form>
      <div class="verify-said" role="status">
        {said.kind === 'busy' && <p>{t('verifyChecking')}</p>}
        {said.kind === 'note' && (
          <p>
            <strong>{said.text}</strong>
          </p>
        )}
        {done && (
          <>
            <p class="verify-verdict">
              <strong>{verdict(done, report, t)}</strong>
            </p>
            {done.containment !== null && (
              <p class="muted">
                {t('verifyFigures', [percent(done.containment), percent(done.coverage)])}
              </p>
            )}
            {done.dateOrder === 'copy-first' && <p class="note">{t('verifyCopyFirst')}</p>}
            {(original || link) && (
              <p class="muted">
                {t('verifyOriginal')}:{' '}
                {[
                  original?.title,
                  original?.publisher,
                  original?.publishedTime && formatDate(original.publishedTime),
                ]
                  .filter(Boolean)
                  .join(', ')}{' '}
                {link && (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {new URL(link).host}
                  </a>
                )}
              </p>
            )}
            {(done.unmatched?.length ?? 0) > 0 && (
              <p>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => void showDifferences(done)}
                >
                  {t('verifyShowDifferences')}
                </button>{' '}
                <span class="said">{shown}</span>
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
