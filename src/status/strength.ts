import type { Finding } from '../detectors/types';

/**
 * How strongly a finding says "this page came from that publisher", from 1 to 5:
 *
 * | level | evidence                                                                    |
 * |-------|-----------------------------------------------------------------------------|
 * | 5     | an explicit credit line that links the source ("first appeared on <a>X</a>") |
 * | 4     | an explicit credit line ("Source: Reuters", "Reprinted with permission of X") |
 * | 3     | the agency's or paper's dateline, byline, closing tag or sign-off; a dated source line |
 * | 2     | a provider line (a known publisher or an address alone under the title); "Click here for more from X"; metadata alone (cross-site canonical, DC.source, isBasedOn, an agency as JSON-LD author); a known publisher's copyright in the story; a republication pixel |
 * | 1     | a hint: og:url elsewhere, a JSON-LD provider, a bare name, a "More from X" heading, an unnamed credit |
 *
 * A publisher becomes a hop of the chain at `HOP_LEVEL`; two independent kinds of hint
 * about the same publisher count one level more than the stronger alone.
 */
export const HOP_LEVEL = 2;

const CREDIT = new Set(['original-source', 'republished-from', 'source-line', 'via']);
const META = new Set([
  'canonical',
  'syndication-source',
  'original-source-meta',
  'dc-source',
  'json-ld-based-on',
  'json-ld-source-organization',
  'microdata-source-organization',
]);

export function levelOf(f: Finding): number {
  const strong = f.strength === 'strong';
  if (CREDIT.has(f.kind) && f.source === 'text') return strong ? (f.party?.url ? 5 : 4) : 1;
  if (f.kind === 'wire') return f.source === 'text' ? 3 : 2;
  if (f.kind === 'dated-source') return strong ? 3 : 1;
  if (f.kind === 'wire-copyright' || f.kind === 'copyright-credit' || f.kind === 'tracking-pixel')
    return 2;
  if (f.kind === 'more-from' || f.kind === 'provider-line') return 2;
  if (META.has(f.kind)) return strong ? 2 : 1;
  return 1;
}

/** A publisher's level: its strongest finding, one more when another kind of finding agrees. */
export function orgLevel(findings: readonly Finding[]): number {
  let best = 0;
  const kinds = new Set<string>();
  for (const f of findings) {
    best = Math.max(best, levelOf(f));
    kinds.add(f.kind);
  }
  return Math.min(5, best + (kinds.size > 1 ? 1 : 0));
}
