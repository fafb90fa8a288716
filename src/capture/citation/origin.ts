/**
 * The original and the hops between it and this copy, as the citation exporters write them:
 * CSL-JSON, RIS and BibTeX all say the same thing about where a copy came from, each in its own
 * fields, and all of it again in words in their note.
 */
import type { Hop, Report } from '../../report';
import { safeHttpUrl } from '../safety/safe-url';
import { dayOf, hopName, hostDate, originalHop } from './provenance-text';

/** What is known of the original; every field null when unknown. */
export interface OriginFacts {
  /** The publisher's name, as the report gives it. */
  publisher: string | null;
  /** What to call it: the name, else its domain. */
  name: string | null;
  /** ISO date of the original, as the report gives it. */
  date: string | null;
  /** The original's own address, when it is http(s). */
  url: string | null;
  /** The original article's title, when a report carries one for the hop. */
  title: string | null;
}

/** The original's facts; null when the page credits none (an original, or a lone host). */
export function originFacts(report: Report): OriginFacts | null {
  const hop = originalHop(report);
  if (!hop) return null;
  // Reports may carry a title for a hop; version 1 does not promise one.
  const title = (hop as { title?: unknown }).title;
  return {
    publisher: hop.publisher?.trim() || null,
    name: hop.publisher?.trim() || hop.domain?.trim() || null,
    date: hop.date?.trim() || null,
    url: safeHttpUrl(hop.url),
    title: typeof title === 'string' && title.trim() ? title.trim() : null,
  };
}

/** The hops between this copy and the original, nearest the copy first. */
export function intermediateHops(report: Report): Hop[] {
  return report.chain.slice(1, -1);
}

/** "South Front, 2020-01-21, https://southfront.org/…": one hop in a line, as far as known. */
export function describeHop(hop: Hop): string {
  return [hopName(hop), hop.date && dayOf(hop.date), safeHttpUrl(hop.url)]
    .filter(Boolean)
    .join(', ');
}

/**
 * "Originally published by South Front on 2020-01-21 at https://southfront.org/…", or null when
 * no original is credited. CSL's `references` variable: APA prints it where it would otherwise
 * write "Original work published …", which reads wrongly without a year.
 */
export function describeOrigin(report: Report): string | null {
  const o = originFacts(report);
  if (!o?.name) return null;
  const title = o.title ? ` as “${o.title}”` : '';
  const when = o.date ? ` on ${dayOf(o.date)}` : '';
  const where = o.url ? ` at ${o.url}` : '';
  return `Originally published by ${o.name}${title}${when}${where}`;
}

/**
 * The lines a citation's note adds to the chain (which names every hop and its date): the
 * original's address, then each intermediate hop with its address. Empty when the page
 * credits no original.
 */
export function originLines(report: Report): string[] {
  const o = originFacts(report);
  if (!o) return [];
  const lines = o.url ? [`Original: ${o.url}`] : [];
  for (const via of intermediateHops(report)) lines.push(`Via: ${describeHop(via)}`);
  return lines;
}

/** The copy's own year, to tell whether an original year would read as "2020/2020". */
export function hostYear(report: Report): number | null {
  const m = /^(\d{4})/.exec(hostDate(report) ?? '');
  return m ? Number(m[1]) : null;
}
