import { analyze } from './analyze';
import type { Status } from './report';

/** The cheap pass the content script runs at idle on every page, for the badge. */
export interface QuickHint {
  status: Status;
  /** The credited original publisher, when the cheap pass saw one. */
  source: string | null;
  /** The original's date (ISO 8601), when the cheap pass saw one. */
  date: string | null;
}

/** Metadata and a scan of the page text for credit and copyright lines; no Readability. */
export function quickScan(doc: Document, url: string | null): QuickHint {
  const report = analyze(doc, { url, quick: true });
  const original = report.chain.length > 1 ? report.chain[report.chain.length - 1]! : null;
  return {
    status: report.status,
    source: original ? (original.publisher ?? original.domain) : null,
    date: original?.date ?? null,
  };
}
