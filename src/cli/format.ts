import type { Hop, Report, Verification } from '../report';
import { clean } from '../text/normalize';

/** Page text is hostile: no control characters (terminal escapes) reach the terminal. */
const safe = (s: string | null | undefined) => clean(s ?? '');

function hopLine(hop: Hop, i: number): string {
  const who = safe(hop.publisher) || safe(hop.domain) || 'unnamed publisher';
  const domain = hop.publisher && hop.domain ? ` (${hop.domain})` : '';
  const role = hop.role === 'host' ? 'this copy' : hop.role;
  return `    ${i + 1}. ${who}${domain}${hop.date ? `  ${hop.date.slice(0, 10)}` : ''}  [${role}]${hop.url ? `\n         ${safe(hop.url)}` : ''}`;
}

const tick = (b: boolean) => (b ? 'yes' : 'no');
const percent = (x: number | null) => `${Math.round((x ?? 0) * 100)}%`;

function verificationLines(v: Verification): string[] {
  const where = v.finalUrl && v.finalUrl !== v.url ? `${v.url} -> ${v.finalUrl}` : v.url;
  const lines = [`  Verification: ${v.status}${v.error ? ` (${v.error})` : ''}, ${safe(where)}`];
  if (v.containment !== null)
    lines.push(
      `    ${percent(v.containment)} of this copy's text is in the original, ${percent(v.coverage)} of the original's is in this copy`,
    );
  const o = v.original;
  if (o)
    lines.push(
      `    Original: ${safe(o.title) || 'untitled'}${o.publisher ? `, ${safe(o.publisher)}` : ''}${o.publishedTime ? `, ${o.publishedTime.slice(0, 10)}` : ''} (dates: ${v.dateOrder})`,
    );
  return lines;
}

/** The readable summary the command line prints without --json. */
export function formatSummary(report: Report, label: string): string {
  const lines: string[] = [];
  lines.push(safe(report.article?.title) || safe(label));
  if (report.url) lines.push(`  ${safe(report.url)}`);
  lines.push(`  Status: ${report.status} — ${safe(report.summary)}`);
  lines.push('  Chain (newest first):');
  report.chain.forEach((hop, i) => {
    lines.push(hopLine(hop, i));
    if (hop.role !== 'host')
      for (const e of hop.evidence.slice(0, 3))
        lines.push(`         “${safe(e.text).slice(0, 140)}” (${e.kind}, ${e.source})`);
  });
  if (report.copyright.length) {
    for (const c of report.copyright)
      lines.push(
        `  Copyright: ${safe(c.text)}${c.holders.length ? ` — holder${c.holders.length > 1 ? 's' : ''}: ${c.holders.map(safe).join('; ')}` : ''}${c.year ? `, ${c.year}` : ''}`,
      );
  } else lines.push('  Copyright: none stated');
  lines.push(
    `  Licence: ${report.license ? safe(report.license.name ?? report.license.url ?? report.license.text) : 'none stated'}`,
  );
  if (report.attribution) {
    const a = report.attribution;
    lines.push(
      `  Credit to the source: named ${tick(a.sourceNamed)}, copyright kept ${tick(a.copyrightKept)}, original article linked ${tick(a.originalLinked)}`,
    );
  }
  if (report.republishing)
    lines.push(
      `  Republishing terms: ${report.republishing.requires.join(', ') || 'stated, no conditions found'}`,
    );
  if (report.verification) lines.push(...verificationLines(report.verification));
  for (const w of report.warnings ?? []) lines.push(`  Warning: ${safe(w)}`);
  return lines.join('\n');
}
