/**
 * Turns a byline as shown on a page ("By Jane Doe and John Smith", "South Front",
 * "Doe, Jane") into citation names. Organisations stay whole (`literal`) because a reference
 * manager that splits "South Front" into given "South", family "Front" mis-cites it.
 */

/** A CSL name: a person split into parts, or an organisation as one literal string. */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'al',
  'el',
]);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|phd|md)$/i;
const ORGANISATION =
  /\b(news|press|agency|staff|desk|team|editors?|editorial|media|network|times|post|journal|tribune|herald|reuters|associated|report(?:ers?)?|correspondents?|bureau|service|foundation|institute|centre|center|front|online|tv|radio|daily|weekly|magazine|group)\b/i;

/**
 * Names from a byline. `organisations` are names known to be publishers (the chain's), which
 * are always kept whole. Returns an empty list for an empty byline.
 */
export function parseByline(
  byline: string | null | undefined,
  organisations: string[] = [],
): CslName[] {
  const text = (byline ?? '')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:written\s+)?by[:\s]+/i, '')
    .replace(/\s*\|.*$/, '')
    .trim();
  if (!text) return [];
  const known = new Set(organisations.map((o) => o.trim().toLowerCase()).filter(Boolean));
  return splitAuthors(text).map((part) => toName(part, known));
}

function splitAuthors(text: string): string[] {
  const commaParts = text.split(/\s*,\s*/);
  // "Doe, Jane" (one surname, one given part) is a single inverted name, not two people.
  if (commaParts.length === 2 && !/\s/.test(commaParts[0] ?? '') && !/\b(and|&)\b/i.test(text)) {
    if (!SUFFIXES.test(commaParts[1] ?? '')) return [text];
  }
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .reduce<string[]>((acc, part) => {
      // "John Smith, Jr." — a suffix belongs to the name before it.
      if (SUFFIXES.test(part) && acc.length) acc[acc.length - 1] += `, ${part}`;
      else acc.push(part);
      return acc;
    }, []);
}

function toName(part: string, known: Set<string>): CslName {
  if (known.has(part.toLowerCase()) || ORGANISATION.test(part)) return { literal: part };
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(part);
  if (inverted && !SUFFIXES.test(inverted[2] ?? '')) {
    return { family: inverted[1]!.trim(), given: inverted[2]!.trim() };
  }
  let suffix: string | undefined;
  let rest = part;
  const sfx = /,?\s+(jr\.?|sr\.?|ii|iii|iv|phd|md)$/i.exec(rest);
  if (sfx) {
    suffix = sfx[1];
    rest = rest.slice(0, sfx.index);
  }
  const words = rest.split(' ').filter(Boolean);
  // One word, or too many to be a personal name: keep it whole rather than guess.
  if (words.length < 2 || words.length > 5) return { literal: part };
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const particle = words.slice(i, words.length - 1).join(' ');
  const name: CslName = { family: words[words.length - 1]!, given: words.slice(0, i).join(' ') };
  if (particle) name['non-dropping-particle'] = particle;
  if (suffix) name.suffix = suffix;
  return name;
}
