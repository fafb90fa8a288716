import { parseHTML } from 'linkedom';
import { analyze } from '../analyze';
import { adoptStrayNodes } from '../extract/repair';
import type { FetchLimits } from './fetch-original';
import { formatSummary } from './format';
import type { Input } from './inputs';
import { checkChain } from './verify';

/** How each page is analysed and printed: the same in the main thread and in every worker. */
export interface PageOptions {
  json: boolean;
  verify: boolean;
  /** Leave Readability out (`--quick`): the article's own fields stay null. */
  quick: boolean;
  original: string | null;
  limits: FetchLimits;
}

/** One page done: what to print for it, and what the run's summary counts. */
export type Done =
  | { ok: true; text: string; status: string; origin: string | null }
  | { ok: false; label: string; url: string | null; error: string };

/** The original publisher a cross-post names (its publisher's name, else its domain). */
function originOf(report: ReturnType<typeof analyze>): string | null {
  if (report.status !== 'cross-post' || report.chain.length < 2) return null;
  const last = report.chain.at(-1)!;
  return last.publisher ?? last.domain ?? null;
}

/** Parse, analyse and (with --verify) check one page; a failure is a value, never a throw. */
export async function analyzePage(input: Input, options: PageOptions): Promise<Done> {
  try {
    const document = adoptStrayNodes(parseHTML(input.html).document as unknown as Document);
    const report = analyze(document, {
      url: input.url,
      includeContent: options.verify,
      quick: options.quick,
    });
    report.verification = options.verify
      ? await checkChain(report, options.original, options.limits)
      : null;
    const text = options.json ? JSON.stringify(report) : formatSummary(report, input.label);
    return { ok: true, text, status: report.status, origin: originOf(report) };
  } catch (e) {
    return {
      ok: false,
      label: input.label,
      url: input.url,
      error: `the analysis failed (${(e as Error).message})`,
    };
  }
}

/** Is this, from another thread, a Done? (Every message is checked where it arrives.) */
export function isDone(value: unknown): value is Done {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true)
    return (
      typeof v.text === 'string' &&
      typeof v.status === 'string' &&
      (v.origin === null || typeof v.origin === 'string')
    );
  return (
    v.ok === false &&
    typeof v.label === 'string' &&
    typeof v.error === 'string' &&
    (v.url === null || typeof v.url === 'string')
  );
}

/** Is this, from the main thread, a page to analyse? */
export function isInput(value: unknown): value is Input {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.label === 'string' &&
    typeof v.html === 'string' &&
    (v.url === null || typeof v.url === 'string')
  );
}
