import { parseHTML } from 'linkedom';
import { adoptStrayNodes } from '../extract/repair';
import type { Report, Verification } from '../report';
import { articleText } from '../verify/text';
import { unreachable, verifyAgainst } from '../verify/verify';
import { FETCH_LIMITS, fetchOriginal } from './fetch-original';

/** As the command line parses the page it analyses. */
const parse = (html: string) => adoptStrayNodes(parseHTML(html).document as unknown as Document);

/** The address a check fetches: `--original`, else the chain's last hop's (never the page's own). */
export function originalAddress(report: Report, original: string | null): string | null {
  if (original) return original;
  return report.chain.length > 1 ? (report.chain.at(-1)!.url ?? null) : null;
}

/**
 * `--verify`: fetch the original and compare. The report was made with its article's HTML,
 * which gives this copy's text and is then dropped (the command line's reports do not carry
 * it). Null, with a warning on the report, when there is nothing to compare or nowhere to look.
 */
export async function checkChain(
  report: Report,
  original: string | null,
  limits = FETCH_LIMITS,
): Promise<Verification | null> {
  let text = '';
  if (report.article) {
    const { content, ...article } = report.article;
    report.article = article;
    text = articleText(content, parse);
  }
  const address = originalAddress(report, original);
  if (!text || !address) {
    const why = text
      ? 'the chain names no address for the original (give one with --original)'
      : 'this page has no article to compare';
    report.warnings = [...(report.warnings ?? []), `Not verified: ${why}.`];
    return null;
  }
  const fetched = await fetchOriginal(address, limits);
  if (!fetched.ok) return unreachable(fetched.url, fetched.finalUrl, fetched.error);
  return verifyAgainst({ report, text }, fetched, parse);
}
