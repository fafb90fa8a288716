/**
 * What each kind of evidence is, in words a reader of an export understands ("Original-source
 * line", not "original-source"), and where on the page it was found. English: these go into
 * files (Web Annotations, the HTML export) that are read outside the extension.
 */
import type { EvidenceKind, EvidenceSource } from '../../report';

export const EVIDENCE_LABEL: Record<EvidenceKind, string> = {
  'original-source': 'Original-source line',
  'republished-from': 'Republished-from line',
  'more-from': '“More from” line',
  'source-line': 'Source line',
  'provider-line': 'Provider line under the title',
  'dated-source': 'Source line with a date',
  via: '“Via” credit',
  wire: 'News agency mark',
  'wire-copyright': 'News agency copyright',
  'copyright-credit': 'Copyright naming the source',
  'tracking-pixel': 'Republication counter',
  canonical: 'Canonical address',
  'og-url': 'Open Graph address',
  'site-name': 'Site name',
  'syndication-source': 'Syndication-source metadata',
  'original-source-meta': 'Original-source metadata',
  'dc-source': 'Dublin Core source',
  'dc-publisher': 'Dublin Core publisher',
  citation: 'Citation metadata',
  'json-ld-based-on': 'JSON-LD “isBasedOn”',
  'json-ld-source-organization': 'JSON-LD source organisation',
  'microdata-source-organization': 'Microdata source organisation',
  'json-ld-provider': 'JSON-LD provider',
  'json-ld-credit': 'JSON-LD credit',
  'json-ld-publisher': 'JSON-LD publisher',
  copyright: 'Copyright line',
  license: 'Licence',
  'republishing-terms': 'Republishing terms',
  address: 'Address of the page',
  'published-date': 'Publication date',
};

const SOURCE_LABEL: Record<EvidenceSource, string> = {
  text: 'in the page text',
  meta: 'in the page’s metadata',
  'json-ld': 'in the page’s JSON-LD',
  link: 'in a link',
  url: 'in the address',
};

/** "Original-source line"; a kind this version does not know is shown as it is written. */
export function evidenceLabel(kind: string): string {
  return (EVIDENCE_LABEL as Record<string, string>)[kind] ?? kind.replace(/-/g, ' ');
}

/** "Original-source line, in the page text". */
export function describeEvidence(e: { kind: string; source: string }): string {
  const where = (SOURCE_LABEL as Record<string, string>)[e.source];
  return where ? `${evidenceLabel(e.kind)}, ${where}` : evidenceLabel(e.kind);
}
