/**
 * biblatex `@online` entries for LaTeX writers (biber; BibTeX reads the same file and ignores
 * the fields it does not know). The original goes in biblatex's own fields for a republished
 * work, `origpublisher`, `origdate` and `origtitle`, each only when known; the chain and the
 * checks in `note`. Every value from the page is TeX-escaped, so a title with `&`, `%` or `}`
 * neither breaks the file nor runs a macro.
 */

import type { Capture } from '../model/model';
import { safeHttpUrl } from '../safety/safe-url';
import type { CslName } from './byline';
import { citationNote, toCslItem } from './csl';
import { originFacts } from './origin';
import { dateParts, dayOf } from './provenance-text';

/** All captures as one .bib file, entries in the order given, each key once. */
export function toBibtex(captures: readonly Capture[]): string {
  const used = new Set<string>();
  return captures.map((c) => bibtexEntry(c, used)).join('\n');
}

/** One capture as an `@online` entry; `used` keeps keys unique across a file. */
export function bibtexEntry(capture: Capture, used: Set<string> = new Set()): string {
  const item = toCslItem(capture);
  const { report } = capture;
  const fields: Array<[string, string]> = [];
  const authors = (item.author ?? []).map(bibName).join(' and ');
  if (authors) fields.push(['author', authors]);
  fields.push(['title', tex(item.title)]);
  if (item['container-title']) fields.push(['organization', tex(item['container-title'])]);
  const issued = item.issued?.['date-parts'][0];
  if (issued?.length) fields.push(['date', isoParts(issued)]);
  const url = safeHttpUrl(capture.url);
  if (url) fields.push(['url', verbatimUrl(url)]);
  fields.push(['urldate', dayOf(capture.savedAt)]);
  const origin = originFacts(report);
  if (origin?.publisher) fields.push(['origpublisher', tex(origin.publisher)]);
  const od = dateParts(origin?.date);
  if (od) fields.push(['origdate', isoParts(od)]);
  if (origin?.title) fields.push(['origtitle', tex(origin.title)]);
  if (item.language) fields.push(['langid', tex(item.language)]);
  if (capture.tags.length) fields.push(['keywords', tex(capture.tags.join(', '))]);
  // The note's paragraphs as sentences of one field: a .bib value has no paragraphs.
  const paragraphs = citationNote(capture)
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter(Boolean);
  if (paragraphs.length) fields.push(['note', tex(`${paragraphs.join('. ')}.`)]);
  const key = uniqueKey(citeKey(capture, item.author, issued), used);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${key},\n${body}\n}\n`;
}

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
};

/** TeX's special characters escaped, whitespace (newlines too) collapsed to one space. */
export function tex(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029\s]+/g, ' ')
    .trim()
    .replace(/[\\{}$&#^_%~]/g, (c) => SPECIALS[c] ?? c);
}

// biblatex reads `url` verbatim: escapes would become part of the address. A URL parser has
// already percent-encoded spaces and braces; what is left that TeX would act on is encoded too.
function verbatimUrl(url: string): string {
  return url.replace(/[{}\\%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "2020-01-22", "2020-01", "2020": biblatex's ISO 8601 date fields. */
function isoParts(parts: number[]): string {
  const [y, m, d] = parts;
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(y).padStart(4, '0'), m && two(m), m && d && two(d)].filter(Boolean).join('-');
}

/** People as "Family, Given"; an organisation in braces, so it is never split into names. */
function bibName(name: CslName): string {
  if ('literal' in name) return `{${tex(name.literal)}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const parts = [family, name.suffix, name.given].filter(Boolean).map((p) => tex(p as string));
  return parts.join(', ');
}

/** "southfront2020video": the first author's (or the site's) name, the year, a title word. */
function citeKey(capture: Capture, authors: CslName[] | undefined, issued?: number[]): string {
  const first = authors?.[0];
  const who = first ? ('literal' in first ? first.literal : first.family) : capture.title;
  const word = capture.title.split(/\s+/).find((w) => ascii(w).length > 3) ?? '';
  return ascii(who).slice(0, 20) + (issued?.[0] ?? '') + ascii(word).slice(0, 12) || 'capture';
}

function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

function uniqueKey(key: string, used: Set<string>): string {
  let k = key;
  for (let n = 0; used.has(k); n++)
    k = `${key}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
  used.add(k);
  return k;
}
