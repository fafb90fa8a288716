import type { Status } from './report';

/** The cheap pass the content script runs at idle on every page, for the badge. */
export interface QuickHint {
  status: Status;
  /** The credited original publisher, when the cheap pass saw one. */
  source: string | null;
  /** The original's date (ISO 8601), when the cheap pass saw one. */
  date: string | null;
}

export function quickScan(_doc: Document, _url: string | null): QuickHint {
  return { status: 'unknown', source: null, date: null };
}
