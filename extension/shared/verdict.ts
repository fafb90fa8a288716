/**
 * A check against the original in the reader's words, as the popup says it and the library
 * shows it: one sentence with the shares and which was published first.
 */
import type { Report, Verification } from '../../src/report';
import { daysBetween } from './dates';
import type { MessageKey, Translate } from './i18n';

const REASONS: Record<string, MessageKey> = {
  timeout: 'verifyTimeout',
  'too-large': 'verifyTooLarge',
  'not-html': 'verifyNotHtml',
  network: 'verifyNetwork',
  'blocked-scheme': 'verifyScheme',
};

/** A share as a whole percentage: "94". */
export const percent = (x: number | null) => String(Math.round((x ?? 0) * 100));

/** Which came first, appended to the sentence ("published one day earlier"). */
function when(check: Verification, report: Report, t: Translate): string {
  if (check.dateOrder === 'same-day') return t('verifySameDay');
  if (check.dateOrder !== 'original-first') return '';
  const copy = report.article?.publishedTime ?? report.chain[0]?.date ?? null;
  const days = daysBetween(check.original?.publishedTime ?? null, copy) ?? 0;
  return days > 1 ? t('verifyEarlier', [String(days)]) : t('verifyOneDayEarlier');
}

/** The result in one sentence: "Same text as South Front's article (94% …), published …". */
export function verdict(check: Verification, report: Report, t: Translate): string {
  const address = check.finalUrl ?? check.url;
  const site =
    check.original?.publisher || (URL.canParse(address) && new URL(address).hostname) || address;
  switch (check.status) {
    case 'same-text':
      return t('verifySame', [site, percent(check.containment)]) + when(check, report, t);
    case 'excerpt':
      return t('verifyExcerpt', [percent(check.coverage)]) + when(check, report, t);
    case 'expanded':
      return t('verifyExpanded', [percent(1 - (check.containment ?? 0))]) + when(check, report, t);
    case 'different':
      return t('verifyDifferent');
    case 'not-article':
      return t('verifyNotArticle');
    default: {
      const code = check.error ?? 'network';
      const reason = code.startsWith('http-') ? code.slice(5) : t(REASONS[code] ?? 'verifyNetwork');
      return t('verifyUnreachable', [reason]);
    }
  }
}
