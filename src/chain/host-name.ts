import { squash } from '../text/normalize';
import { publisherByDomain } from './agencies';
import { nameMatchesDomain } from './publisher';
import { poorlyWritten, readableName } from './readable-name';

/**
 * The host's name for the reader. `og:site_name` comes first, unless it is a web address
 * ("https://www.wcax.com") or written in lower case ("resilience") while the page or the
 * publisher table carries the real one: the JSON-LD publisher, the table's name for the
 * host's domain, or the site's part of the title ("Story | Riverbend Gazette"). With none of
 * them, the declared name as `readableName` writes it ("wcax.com", "Resilience").
 *
 * `names`: the declared names in order of trust (og:site_name, JSON-LD publisher, other meta).
 */
export function hostName(
  names: readonly string[],
  domain: string | null,
  title: string | null,
): string | null {
  const declared = names[0] ?? null;
  if (declared && (declared.length > MAX_NAME || !poorlyWritten(declared))) return declared;
  // The table's name is looked up by the host's own domain: it agrees by construction.
  const table = publisherByDomain(domain)?.name;
  const better = [...names.slice(1), titleSite(title, domain)].find(
    (n): n is string =>
      !!n &&
      n.length <= MAX_NAME &&
      !poorlyWritten(n) &&
      (!declared || agrees(n, declared, domain)),
  );
  return better ?? table ?? (declared && readableName(declared, domain));
}

/** Longer than any publisher's name: a hostile page's metadata, compared with nothing. */
const MAX_NAME = 120;

/** Does the better name stand for the same site as the poorly written one? */
function agrees(better: string, declared: string, domain: string | null): boolean {
  // "https://www.valleynews7.com" → "valleynews7": the address's first label.
  const d = squash(declared.replace(/^https?:\/\/(?:www\.)?/i, '').split(/[/.]/)[0]!);
  return squash(better).includes(d) || nameMatchesDomain(better, domain);
}

/** The part of the title that names the site: the one that spells its domain. */
function titleSite(title: string | null, domain: string | null): string | null {
  if (!title || !domain || title.length > 300) return null;
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+|\s+·\s+/).map((p) => p.trim());
  if (parts.length < 2) return null;
  return [parts[parts.length - 1]!, parts[0]!].find((p) => nameMatchesDomain(p, domain)) ?? null;
}
