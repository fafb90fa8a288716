import { assess } from './analyze';
import { httpUrl } from './chain/publisher';
import { SOURCE_DETECTORS } from './detectors';
import type { PageText } from './extract/blocks';
import type { Status } from './report';
import { defused } from './text/defuse';

/** The quick pass the content script runs at idle on every page, for the badge. */
export interface QuickPassResult {
  status: Status;
  /** The credited original publisher, when the quick pass saw one. */
  source: string | null;
  /** The original's date (ISO 8601), when the quick pass saw one. */
  date: string | null;
}

/**
 * Metadata and a scan of the page text for credit and copyright lines; no Readability. The
 * status and chain of `analyze(doc, { url, quick: true })`, from the detectors the status rests
 * on, without building the rest of the report: a bundle of this alone leaves Readability, the
 * licence and terms detectors and the report's prose out. `page`: the text blocks, when the
 * caller has read them already (in slices, see `blockReader`).
 */
export function quickPass(doc: Document, url: string | null, page?: PageText): QuickPassResult {
  const { status, chain } = assess(doc, httpUrl(url), null, SOURCE_DETECTORS, page);
  const original = chain.length > 1 ? chain[chain.length - 1]! : null;
  return {
    status,
    source: original ? defused(original.publisher ?? original.domain) : null,
    date: original?.date ?? null,
  };
}
