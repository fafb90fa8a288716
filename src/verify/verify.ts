/**
 * The check of a chain: this copy's article compared with the page fetched from the original's
 * address. Pure: the caller fetches (the command line in Node, the extension's background page
 * in a browser) and hands over the HTML.
 */
import { analyze } from '../analyze';
import type { DateOrder, Report, Verification, VerificationError } from '../report';
import { DAY_MS } from '../text/days';
import { classify, compare } from './compare';
import { articleText } from './text';

/** This copy: its report and its article text (`articleText` of its Readability content). */
export interface CopyPage {
  report: Report;
  text: string;
}

/** The page fetched from the original's address. */
export interface OriginalPage {
  html: string;
  /** The address fetched. */
  url: string;
  /** The address that answered, after redirects. */
  finalUrl: string | null;
}

/** Shares rounded for the report: three decimals say all there is to say. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Compare this copy with the fetched original and say what the original's page is. */
export function verifyAgainst(
  copy: CopyPage,
  original: OriginalPage,
  parse: (html: string) => Document,
  now: Date = new Date(),
): Verification {
  const report = analyze(parse(original.html), {
    url: original.finalUrl ?? original.url,
    includeContent: true,
  });
  const checked = { url: original.url, finalUrl: original.finalUrl, checkedAt: now.toISOString() };
  if (!report.article)
    return { ...checked, ...NOTHING, status: 'not-article', dateOrder: 'unknown', error: null };
  const found = compare(copy.text, articleText(report.article.content, parse));
  const publishedTime = report.article.publishedTime ?? report.chain[0]?.date ?? null;
  return {
    ...checked,
    status: classify(found.containment, found.coverage),
    containment: round(found.containment),
    coverage: round(found.coverage),
    original: {
      title: report.article.title,
      publisher: report.chain[0]?.publisher ?? null,
      publishedTime,
    },
    dateOrder: dateOrder(
      copy.report.article?.publishedTime ?? copy.report.chain[0]?.date ?? null,
      publishedTime,
    ),
    error: null,
    unmatched: found.unmatched,
  };
}

const NOTHING = { containment: null, coverage: null, original: null } as const;

/** A check that got no usable answer. */
export function unreachable(
  url: string,
  finalUrl: string | null,
  error: VerificationError,
  now: Date = new Date(),
): Verification {
  return {
    url,
    finalUrl,
    checkedAt: now.toISOString(),
    status: 'unreachable',
    ...NOTHING,
    dateOrder: 'unknown',
    error,
  };
}

/** A date-time with its zone names one instant; anything less is a day somewhere on Earth. */
function instant(iso: string): number | null {
  return /T\d\d:\d\d.*(?:Z|[+-]\d\d:\d\d)$/.test(iso) ? Date.parse(iso) : null;
}

/**
 * Which was published first. Two instants less than a day apart, or two calendar days at most
 * one apart (a date without its zone may be a day behind or ahead: 23:00 in New York is the next
 * day in Paris), are the same day: page dates are too coarse to order within a day.
 */
export function dateOrder(copy: string | null, original: string | null): DateOrder {
  if (!copy || !original) return 'unknown';
  const a = instant(copy);
  const b = instant(original);
  const both = a !== null && b !== null && !Number.isNaN(a) && !Number.isNaN(b);
  const diff = both ? a - b : Date.parse(copy.slice(0, 10)) - Date.parse(original.slice(0, 10));
  if (Number.isNaN(diff)) return 'unknown';
  if (both ? Math.abs(diff) < DAY_MS : Math.abs(diff) <= DAY_MS) return 'same-day';
  return diff < 0 ? 'copy-first' : 'original-first';
}
