import { chainLine } from '../../src/capture/citation/provenance-text';
import { uiLocale } from '../shared/dates';
import type { CaptureSummary } from '../storage/schema';

/**
 * The chain as the list shows it, dates in the browser's language: "Global Research (22 Jan
 * 2020) ← South Front (21 Jan 2020)". Summaries saved before the hops were kept show the line
 * written at save time.
 */
export function shownChain(summary: CaptureSummary, locale = uiLocale()): string {
  return summary.hops ? chainLine(summary.hops, locale) : summary.chain;
}
