import { assessSteps, finish, type Steps } from './analyze';
import { preparePublishers } from './chain/agencies';
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
  return finish(quickPassSteps(doc, url, page));
}

/**
 * `quickPass` in steps: the publisher table built, each detector, then the status and chain.
 * The content script runs them in idle slices: on a cold page each costs a few milliseconds
 * (its code runs for the first time), and all of them in one task made a long one.
 */
export function* quickPassSteps(
  doc: Document,
  url: string | null,
  page?: PageText,
): Steps<QuickPassResult> {
  preparePublishers();
  const { status, chain } = yield* assessSteps(doc, httpUrl(url), null, SOURCE_DETECTORS, page);
  const original = chain.length > 1 ? chain[chain.length - 1]! : null;
  return {
    status,
    source: original ? defused(original.publisher ?? original.domain) : null,
    date: original?.date ?? null,
  };
}
