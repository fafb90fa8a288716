/**
 * Plain-language sentences about a report: the popup's headline and the citation text.
 * Pure functions of the report and a `Translate`, so they are unit-tested without a browser.
 */
import { readableName } from '../../src/chain/readable-name';
import type { Hop, Report } from '../../src/report';
import { daysBetween } from './dates';
import type { MessageKey, Translate } from './i18n';
import { statusLook } from './status';

/** The hop a cross-post credits as its earliest source (the chain's last hop). */
export function originalHop(report: Report): Hop | null {
  return report.chain.length > 1 ? (report.chain[report.chain.length - 1] ?? null) : null;
}

/**
 * A publisher's name as shown: its name as `readableName` writes it (never a web address or a
 * lower-case slug), else its domain, else a neutral placeholder.
 */
export function publisherName(hop: Hop | null, t: Translate): string {
  return readableName(hop?.publisher, hop?.domain) || t('unknownPublisher');
}

/**
 * How long after the original this copy came, as a phrase of the headline ("one day after the
 * original"); null when a date is missing or the copy is dated first. `lang` chooses the plural
 * form (Russian "21 день", "22 дня", "25 дней"); every locale fills every form in its grammar.
 */
function lag(report: Report, original: Hop | null, t: Translate, lang?: string): string | null {
  const days = daysBetween(original?.date ?? null, report.chain[0]?.date ?? null);
  if (days === null || days < 0) return null;
  if (days === 0) return t('lagSameDay');
  if (days === 1) return t('lagOneDay');
  // One key per plural category the languages have for numbers above 1 ("other" for the rest).
  const form = new Intl.PluralRules(lang).select(days);
  const key: MessageKey =
    form === 'one'
      ? 'lagDaysOne'
      : form === 'few'
        ? 'lagDaysFew'
        : form === 'many'
          ? 'lagDaysMany'
          : 'lagDays';
  return t(key, [new Intl.NumberFormat(lang).format(days)]);
}

/**
 * The one sentence under the popup's status, built from the report's fields with the
 * catalogue's templates, so it reads in the reader's language. The report's own `summary`
 * (English, for the command line and JSON) is not used. `lang` is the language for plural
 * forms and numbers (the browser's, by default).
 */
export function headline(report: Report, t: Translate, lang?: string): string {
  switch (report.status) {
    case 'cross-post': {
      const original = originalHop(report);
      const source = publisherName(original, t);
      const when = lag(report, original, t, lang);
      const via = report.chain.length > 2 ? report.chain[1] : null;
      if (via) {
        const name = publisherName(via, t);
        return when === null
          ? t('headlineCrossPostVia', [name, source])
          : t('headlineCrossPostViaLag', [name, source, when]);
      }
      return when === null
        ? t('headlineCrossPost', [source])
        : t('headlineCrossPostLag', [source, when]);
    }
    case 'original': {
      const host = report.chain[0];
      return host?.publisher || host?.domain
        ? t('headlineOriginalBy', [publisherName(host, t)])
        : t('headlineOriginal');
    }
    default:
      return t(statusLook(report.status).headlineKey);
  }
}

// The citation text lives in its own module, loaded with "Copy citation" after the first paint.
