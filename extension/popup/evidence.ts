/**
 * How the popup lists a hop's evidence: what it shows instead of a raw counter address, a
 * copyright line without its holder said twice, and which quotes are worth listing at all.
 */
import type { Evidence, EvidenceKind, Hop } from '../../src/report';

/**
 * A republication counter: the image a republisher embeds so the original's site counts the
 * copy (The Conversation's `counter.theconversation.com/…/count.gif`, ProPublica's pixel, the
 * INN republication tracker). The analyser marks the ones it knows as `tracking-pixel`; any
 * other address on a `counter.`/`pixel.` host or of a `pixel`/`count` image reads the same.
 */
const COUNTER = /^https?:\/\/(?:counter|pixel)\.|\/(?:pixel|count)\.(?:gif|png)\b/i;

export function isRepublicationCounter(e: Evidence): boolean {
  return e.kind === 'tracking-pixel' || (e.source !== 'text' && COUNTER.test(e.text));
}

const COPYRIGHT: ReadonlySet<EvidenceKind> = new Set([
  'copyright',
  'copyright-credit',
  'wire-copyright',
]);

/**
 * A copyright line as the popup shows it: a holder named twice in a row ("Copyright © South
 * Front, South Front, 2020", an author and a source that are the same) is said once. Only the
 * words shown change; "Show on page" still looks for the line as the page has it.
 */
export function readableNotice(text: string): string {
  // "Copyright © South Front, South Front, 2020": a name, then the same name again. A copyright
  // line is short; a longer text is left as it is, so the pattern never runs long.
  if (text.length > 300) return text;
  return text.replace(/([^,©]+), *\1(?=,|$)/giu, (_, name: string) => name);
}

/** The words an evidence item shows (not the words "Show on page" looks for). */
export function shownQuote(e: Evidence): string {
  return COPYRIGHT.has(e.kind) ? readableNotice(e.text) : e.text;
}

/** Shown by the hop itself (its address and date), so not repeated as evidence. */
const SHOWN: ReadonlySet<EvidenceKind> = new Set(['address', 'published-date']);

/** The page's own name for itself: the hop's name already says it. */
const OWN_NAME: ReadonlySet<EvidenceKind> = new Set([
  'site-name',
  'json-ld-publisher',
  'dc-publisher',
]);

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Each hop's evidence worth listing, in chain order: one entry per distinct quote in the whole
 * chain (a quote that supports two hops is listed under the first), nothing the hop shows
 * itself, and for this copy not its own name.
 */
export function listedEvidence(chain: readonly Hop[]): Evidence[][] {
  const seen = new Set<string>();
  return chain.map((hop) => {
    return hop.evidence.filter((e) => {
      if (SHOWN.has(e.kind) || (hop.role === 'host' && OWN_NAME.has(e.kind))) return false;
      const key = norm(e.text);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}
