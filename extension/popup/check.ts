/**
 * "Check against the original", loaded when the reader asks for a check (it carries the whole
 * analyser, for the original's page): the background fetches the original, the page gives its
 * article's text, and the two are compared here, in the popup, with the browser's own parser
 * (an inert document: nothing of the fetched page runs, loads or is shown as HTML). Neither
 * the page's thread nor the background's does the work (docs/VERIFY.md, "In the extension").
 */
import type { Verification } from '../../src/report';
import { unreachable, verifyAgainst } from '../../src/verify/verify';
import type { Browser } from '../shared/browser';
import { type PageToBackground, readAnswer, request } from '../shared/protocol';
import { ensureContent, toContent } from '../shared/tab-content';

export type CheckOutcome =
  | { kind: 'done'; verification: Verification; text: string }
  /** The address is on the reader's own network and the page is not: nothing was fetched. */
  | { kind: 'refused' }
  /** The check itself could not run (no answer from the page or the background). */
  | { kind: 'failed'; error: string };

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Fetches `address` (the background) and compares it with the tab's article; always resolves. */
export async function checkOriginal(
  api: Browser,
  tabId: number,
  pageUrl: string | null,
  address: string,
  now: () => Date = () => new Date(),
): Promise<CheckOutcome> {
  const ready = await ensureContent(api, tabId);
  if (!ready.ok) return { kind: 'failed', error: ready.error };
  const [fetched, copy, report] = await Promise.all([
    request<PageToBackground, 'fetchOriginal'>((m) => api.runtime.sendMessage(m), 'fetchOriginal', {
      url: address,
      pageUrl,
    }),
    toContent(api, tabId, 'articleText', {}),
    toContent(api, tabId, 'analyze', { force: false }),
  ]);
  if (!fetched.ok) return { kind: 'failed', error: fetched.error };
  if (!copy.ok) return { kind: 'failed', error: copy.error };
  if (!report.ok) return { kind: 'failed', error: report.error };
  const answer = readAnswer(report.value);
  if (!('report' in answer))
    return {
      kind: 'failed',
      error: 'refused' in answer ? answer.refused.kind : 'malformed-answer',
    };
  const got = fetched.value;
  const text = copy.value.text;
  if (got.ok)
    return {
      kind: 'done',
      verification: verifyAgainst({ report: answer.report, text }, got, parse, now()),
      text,
    };
  if (got.error === 'refused') return { kind: 'refused' };
  return { kind: 'done', verification: unreachable(got.url, got.finalUrl, got.error, now()), text };
}
