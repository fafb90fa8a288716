/**
 * A publisher's name as a reader should see it. Pages declare names that are web addresses
 * (`og:site_name` = "https://www.wcax.com") or lower-case slugs ("resilience"); the analyser
 * replaces them with a better name the page or the publisher table gives (see host-name.ts),
 * and whatever is left, in the analyser or in a report the extension shows, goes through
 * `readableName`: an address becomes its site's domain, a slug gets its capitals. No lookup
 * table here, so the popup can use it without carrying the publisher table.
 */

/** Longer than any publisher's name: a hostile page's metadata, left as it is. */
const MAX_NAME = 120;

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
/** "wcax.com", "news.example.co.uk/": a bare domain in lower case ("Salon.com" is a name). */
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/;

/** A web address or bare domain as a name. */
export function isAddressName(name: string): boolean {
  return ADDRESS.test(name) || BARE_DOMAIN.test(name);
}

/** A web address, or a name without a single capital letter or digit. */
export function poorlyWritten(name: string): boolean {
  return isAddressName(name) || !/[\p{Lu}\p{N}]/u.test(name);
}

/** The site an address names, without its scheme, "www." or path: "wcax.com". */
function siteOf(address: string): string {
  const rest = address.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  const end = rest.search(/[/?#:]/);
  return (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
}

/** "resilience" → "Resilience", "the daily planet" → "The Daily Planet". */
function capitalised(name: string): string {
  return name.replace(
    /(^|[\s(/&-])(\p{Ll})/gu,
    (_, before: string, c: string) => before + c.toUpperCase(),
  );
}

/**
 * The name to show for a publisher: the name when it is well written; a web address as its
 * site's domain; a lower-case name with capitals; no name, the domain; null when there is
 * neither.
 */
export function readableName(
  name: string | null | undefined,
  domain: string | null | undefined,
): string | null {
  const n = name?.replace(/\s+/g, ' ').trim();
  if (!n) return domain?.trim() || null;
  if (n.length > MAX_NAME || !poorlyWritten(n)) return n;
  if (isAddressName(n)) return siteOf(n) || domain?.trim() || null;
  return capitalised(n);
}
