/**
 * RIS records for reference managers that do not read CSL-JSON (EndNote, older tools).
 * Every line is `XX  - value` ending in CRLF, `TY` first and `ER` last in each record.
 */

import type { Capture } from '../model/model';
import type { CslName } from './byline';
import { citationNote, cslType, toCslItem } from './csl';

const RIS_TYPE = { 'article-newspaper': 'NEWS', 'post-weblog': 'BLOG', webpage: 'ELEC' } as const;

/** All captures as one RIS file. */
export function toRis(captures: readonly Capture[]): string {
  return captures.map(risRecord).join('');
}

/** One capture as an RIS record, CRLF line endings included. */
export function risRecord(capture: Capture): string {
  const item = toCslItem(capture);
  const lines: Array<[string, string]> = [['TY', RIS_TYPE[cslType(capture)]]];
  lines.push(['TI', item.title]);
  for (const name of item.author ?? []) lines.push(['AU', risName(name)]);
  const issued = item.issued?.['date-parts'][0];
  // Both with the full date: the RIS specification's PY is `YYYY/MM/DD/`, and readers differ in
  // which of the two they take the date from (citation-js reads PY for a newspaper article).
  if (issued?.[0]) {
    lines.push(['PY', risDate(issued)]);
    lines.push(['DA', risDate(issued)]);
  }
  lines.push(['UR', item.URL]);
  if (item['container-title']) lines.push(['T2', item['container-title']]);
  if (item.publisher) lines.push(['PB', item.publisher]);
  const accessed = item.accessed['date-parts'][0];
  if (accessed?.length) lines.push(['Y2', risDate(accessed)]);
  if (item.language) lines.push(['LA', item.language]);
  if (item.abstract) lines.push(['AB', item.abstract]);
  // One N1 per paragraph: the chain, the original's address and the hops between, the
  // copyright, the checks and the note; reference managers import each as its own note line.
  for (const para of citationNote(capture).split(/\n\s*\n/)) lines.push(['N1', para]);
  for (const tag of capture.tags) lines.push(['KW', tag]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`).join('');
}

/** RIS dates are `YYYY/MM/DD/` with the parts not known left empty. */
function risDate(parts: number[]): string {
  const [y, m, d] = parts;
  const two = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');
  return `${y}/${two(m)}/${two(d)}/`;
}

// RIS has no organisation author; a trailing comma makes Zotero and EndNote read the whole
// string as the family name instead of splitting "South Front" into two names.
function risName(name: CslName): string {
  if ('literal' in name) return `${name.literal},`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const parts = [family, name.given, name.suffix].filter(Boolean);
  return parts.join(', ');
}

// A newline inside a value would start a bogus tag line; RIS values are single lines.
function oneLine(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
