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

/**
 * Which came first, appended to the sentence ("published one day earlier"). `lang` chooses the
 * plural form of the days (Russian "21 день", "22 дня", "25 дней") and writes the number.
 */
function when(check: Verification, report: Report, t: Translate, lang?: string): string {
  if (check.dateOrder === 'same-day') return t('verifySameDay');
  if (check.dateOrder !== 'original-first') return '';
  const copy = report.article?.publishedTime ?? report.chain[0]?.date ?? null;
  const days = daysBetween(check.original?.publishedTime ?? null, copy) ?? 0;
  if (days <= 1) return t('verifyOneDayEarlier');
  const form = new Intl.PluralRules(lang).select(days);
  const key: MessageKey =
    form === 'one'
      ? 'verifyEarlierOne'
      : form === 'few'
        ? 'verifyEarlierFew'
        : form === 'many'
          ? 'verifyEarlierMany'
          : 'verifyEarlier';
  return t(key, [new Intl.NumberFormat(lang).format(days)]);
}

/** The result in one sentence: "Same text as South Front's article (94% …), published …". */
export function verdict(check: Verification, report: Report, t: Translate, lang?: string): string {
  const address = check.finalUrl ?? check.url;
  const site =
    check.original?.publisher || (URL.canParse(address) && new URL(address).hostname) || address;
  switch (check.status) {
    case 'same-text':
      return t('verifySame', [site, percent(check.containment)]) + when(check, report, t, lang);
    case 'excerpt':
      return t('verifyExcerpt', [percent(check.coverage)]) + when(check, report, t, lang);
    case 'expanded':
      return (
        t('verifyExpanded', [percent(1 - (check.containment ?? 0))]) + when(check, report, t, lang)
      );
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
