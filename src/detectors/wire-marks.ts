/**
 * The shapes of a wire mark in a story's text: the dateline ("LONDON (Reuters) -"), a
 * broadcaster's call sign, a byline ending with an agency or paper ("Jane Doe, The Associated
 * Press", "Von dpa 30.04.2024, 18:58") and the agency's tag closing the story ("(ANSA).").
 */
import { type Agency, agencyMark, agencyOf, agencyTag, knownPublisher } from '../chain/agencies';
import { isDateLike } from '../chain/gate';
import type { Block } from '../extract/blocks';
import { clean } from '../text/normalize';

/** A token inside the dateline's parentheses: "AP", "dpa/lno", "efe-epa", "Reuters". */
// Words, then up to three "/part" or "-part" suffixes; every boundary is unambiguous, so the
// pattern stays linear on a hostile line of slashes and spaces.
const TOKEN =
  "[\\p{L}][\\p{L}\\d.&'’]*(?: [\\p{L}\\d.&'’]+){0,4}(?: ?[/-] ?[\\p{L}\\d]+(?: [\\p{L}\\d]+){0,2}){0,3}";
/** After the closing parenthesis: a dash of any kind, a colon, or a mis-decoded dash. */
const DASH = '(?:\\.?\\s*[-–—:|]|\\s*["“”]|\\s*â€\\S?)';
export const DATELINE = new RegExp(`^([^()]{0,80}?)\\(\\s*(${TOKEN})\\s*\\)${DASH}`, 'u');
/** A broadcaster's dateline by call sign: "ST. LOUIS (KTVI) —". */
export const CALL_SIGN = /^[KW][A-Z]{2,3}(?:-(?:TV|DT|FM|AM))?$/;

/** Role words after an agency in a byline: "AP National Security Writer", "Reuters Staff". */
const ROLE =
  /^(?:[\p{L}-]+\s+){0,3}(?:staff|news|wire|writers?|reporters?|correspondents?|editors?|redaktion)$/iu;
const BY =
  /^(?:by|from|von|par|por|di|de|от|texto|text|texte|testo|fonte|source|quelle|fuente)\s*:?\s+/iu;

/** Words that may follow a byline's name as a date: "30.04.2024, 18:58", "May 3, 2016, 2:58 p.m.". */
const DATE_WORD =
  /^(?:\d[\d.:/,-]*|[ap]\.?m\.?|uhr|h|gmt|utc|[ecmp][sd]t|cet|cest|mez|um|at|am|on|le|el|il|de|del|em|updated|published|aktualisiert|actualizado)$/iu;

/** Is the rest of a byline a date or time: digits, month and weekday names, "Uhr", "p.m."? */
function isDateTail(tail: string): boolean {
  const words = tail.split(/[\s|/,·•–—]+/).filter(Boolean);
  return (
    words.length <= 8 &&
    words.some((w) => /\d/.test(w)) &&
    words.every((w) => DATE_WORD.test(w) || isDateLike(w))
  );
}

/** Remove a trailing date or time: "Von dpa 30.04.2024, 18:58", "… New York Times ,May 3, 2016". */
function withoutDate(text: string): string {
  for (const m of text.matchAll(/[\s|/,·•–—-]+/gu)) {
    if (isDateTail(text.slice(m.index + m[0].length))) return text.slice(0, m.index).trim();
  }
  return text;
}

/** The organisation a byline ends with (before any role words), and the people before it. */
export function bylineOrg(raw: string): { org: Agency; people: string } | null {
  const text = withoutDate(clean(raw).replace(/^[\s|·•–—-]+|[\s|·•,–—-]+$/g, ''))
    .replace(BY, '')
    .replace(/[\s,|·•–—-]+$/, '');
  const words = text.split(/\s+/);
  if (words.length > 14) return null;
  // "The Associated Press", "Jane Doe, Reuters", "A and B The Associated Press", "JOHN ROE AP National Security Writer".
  for (let j = 0; j < words.length; j++) {
    const people = words
      .slice(0, j)
      .join(' ')
      .replace(/[\s,|·•–—-]+$/, '');
    if (j && !PEOPLE.test(people)) continue;
    for (let k = Math.min(5, words.length - j); k >= 1; k--) {
      const name = words.slice(j, j + k).join(' ');
      const role = words.slice(j + k).join(' ');
      if (role && !ROLE.test(role)) continue;
      // A paper's byline needs a person's full name and the paper's full name: "Jane Doe
      // New York Times", never "Nordstadt Kurier" or "Coastline Times" (a site's own name).
      const paper = j >= 2 && k >= 2 ? knownPublisher(name) : null;
      const org = agencyMark(name) ?? paper;
      if (org) return { org, people };
    }
  }
  return null;
}

/** One to four people's names: capitalised words, initials, "and"/"und"/"y"/"et". */
const PEOPLE =
  /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}(?:(?:, | (?:and|und|y|et|e|и|&) )[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}){0,3}$/u;

/** The agency's tag closing the story: "dpa", "EFE", "CORONAVIRUS BREXIT EFE", "(ANSA).", "(avec AFP)". */
export function closingTag(block: Block, last: boolean, staff: boolean): Agency | null {
  const text = block.text;
  if (text.length <= 60) {
    // A line of upper-case topic tags may precede the agency: "CORONAVIRUS BREXIT EFE".
    const t = text
      .replace(/^(?:[\p{Lu}\d-]{2,}\s+){0,6}/u, '')
      .replace(/^[\s(—–-]+|[\s).]+$/g, '')
      .replace(/^(?:con|com|avec|mit|with|c\/)\s+/i, '');
    // "SDA/sep": the agency and an editor's initials — under a staff byline, agency material used.
    if (staff && /\/\s*\p{Ll}{2,4}$/u.test(t)) return null;
    const whole = agencyMark(t);
    if (whole) return whole;
  }
  // A story's last words in parentheses: "… on Monday. (ANSA).", "(Com Agência Brasil)". A
  // caption ends so too ("… at the airport (AP)"), so only the story's last paragraph counts.
  if (!last || text.length <= 60 || PHOTO.test(text.slice(-40))) return null;
  const paren =
    /\(\s*(?:(?:con|com|avec|mit|with|c\/)\s+)?([\p{L}][\p{L} /.-]{0,30}?)\s*\)\s*\.?$/u.exec(text);
  return paren ? (agencyTag(paren[1]!) ?? agencyOf(paren[1]!)) : null;
}

const PHOTO = /\b(?:photo|foto|getty|pool|file|archiv|image|bild)\b/i;
