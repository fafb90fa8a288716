/**
 * The report's rights sections from the findings: the copyright notices about the article, the
 * licence, and what the page asks of anyone republishing its own articles.
 */
import type { Finding } from '../detectors';
import type { CopyrightNotice, License, Republishing, Requirement, Status } from '../report';

/** The notices about the article; the site's footer notice only when the article has none. */
export function copyrightNotices(findings: Finding[]): CopyrightNotice[] {
  const all = findings
    .filter((f) => f.kind === 'copyright' && f.copyright)
    .map((f) => f.copyright!);
  const about = all.filter((n) => n.scope === 'article' || n.scope === 'meta');
  const chosen = about.length ? about : all.filter((n) => n.scope === 'site').slice(-1);
  const seen = new Set<string>();
  return chosen.filter((n) => !seen.has(n.text) && seen.add(n.text));
}

export function pickLicense(findings: Finding[]): License | null {
  const found = findings.filter((f) => f.license);
  const best =
    found.find((f) => f.source === 'link') ??
    found.find((f) => f.license!.name !== 'Creative Commons') ??
    found[0];
  return best?.license ?? null;
}

const ORDER: Requirement[] = [
  'ask-permission',
  'credit-source',
  'keep-copyright',
  'link-original',
  'no-edits',
  'non-commercial',
];

/** What the page asks of anyone republishing its own articles. */
export function republishingTerms(
  findings: Finding[],
  license: License | null,
  status: Status,
): Republishing | null {
  const terms = findings.filter((f) => f.terms).map((f) => f.terms!);
  const granted = terms.filter((t) => !t.requires.includes('ask-permission'));
  const chosen = granted.length ? granted : terms;
  const requires = new Set<Requirement>(chosen.flatMap((t) => t.requires));
  // A licence on the page's own work is a standing permission with conditions of its own.
  const ownLicense =
    license?.name?.startsWith('CC ') && (status !== 'cross-post' || granted.length > 0);
  if (ownLicense) {
    const code = license!.name!;
    if (/\bBY\b/.test(code)) requires.add('credit-source');
    if (/\bND\b/.test(code)) requires.add('no-edits');
    if (/\bNC\b/.test(code)) requires.add('non-commercial');
  }
  if (!chosen.length && !ownLicense) return null;
  const text = chosen[0]?.text ?? license?.text ?? license?.name ?? '';
  return { text, requires: ORDER.filter((r) => requires.has(r)) };
}
