/** The popup for an analysed page: status and headline, the chain, then the details. */
import type { ComponentChildren } from 'preact';
import type { Report } from '../../../src/report';
import { statusLook } from '../../shared/status';
import { headline } from '../../shared/summary';
import { useEnv } from '../context';
import { Chain } from './Chain';

/**
 * `top`: what goes right under the headline ("Save to library"); `below`: what goes under the
 * chain (the check against the original); `details`: the credit checklist and the copyright
 * notices (Details.tsx); `terms`: the page's licence, terms and the notes; `end`: what closes
 * the report ("Copy citation"). The five load just after the first paint (see App.tsx).
 */
export function ReportView({
  report,
  top,
  below,
  details,
  terms,
  end,
}: {
  report: Report;
  details?: ComponentChildren;
  terms?: ComponentChildren;
  top?: ComponentChildren;
  below?: ComponentChildren;
  end?: ComponentChildren;
}) {
  const { t } = useEnv();
  const { mark: badge, labelKey: label } = statusLook(report.status);
  const isArticle = report.status !== 'not-article';
  return (
    <>
      <header class={`head head--${report.status}`}>
        <p class="status">
          {/* The same short text as the toolbar badge, so the two read alike. */}
          <span class="pill" aria-hidden="true">
            {badge}
          </span>
          {t(label)}
        </p>
        <h1 class="lede">{headline(report, t)}</h1>
        {isArticle && report.article?.title && <p class="title">{report.article.title}</p>}
      </header>
      {top}
      {isArticle && report.chain.length > 0 && <Chain chain={report.chain} />}
      {isArticle && below}
      {isArticle && details}
      {terms}
      {isArticle && end}
    </>
  );
}
