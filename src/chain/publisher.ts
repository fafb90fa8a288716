import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { clean, squash } from '../text/normalize';
import { agencyByDomain, agencyOf } from './agencies';

/** Only http(s) addresses ever leave the analyser; anything else becomes null. */
export function httpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href) return null;
  // Browsers ignore tabs, newlines and leading controls in URLs: so must we, before judging the scheme.
  const raw = href.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '');
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The registrable domain (public-suffix aware) of an address or host name. */
export function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const d = getDomain(address.trim(), { allowPrivateDomains: false });
  return d ? d.toLowerCase() : null;
}

/** Does this text look like a bare domain ("southfront.org", "www.Reuters.com")? */
export function asDomain(text: string): string | null {
  // A line break is never in a domain, and after a run of slashes it makes `\/.*$` quadratic.
  if (/[\n\r\u2028\u2029]/.test(text.trim())) return null;
  const t = text
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '');
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(t) ? domainOf(t) : null;
}

/** A name reduced for comparison: "The South-Front" and "South Front" are one. */
export function nameKey(name: string): string {
  return squash(name.replace(/^(?:the|la|le|les|el|il|lo|der|die|das|o|a)\s+/i, ''));
}

export interface Party {
  name?: string | null;
  domain?: string | null;
}

/**
 * Do two mentions name the same organisation? Same registrable domain, same name, or a
 * name that spells the domain's label ("South Front" ~ southfront.org, "Global Research"
 * ~ globalresearch.ca). Agencies also match by their table.
 */
export function sameParty(a: Party, b: Party): boolean {
  if (a.domain && b.domain && a.domain === b.domain) return true;
  const ka = a.name ? nameKey(a.name) : '';
  const kb = b.name ? nameKey(b.name) : '';
  if (
    ka &&
    kb &&
    (ka === kb || (Math.min(ka.length, kb.length) >= 6 && (ka.startsWith(kb) || kb.startsWith(ka))))
  )
    return true;
  if (nameMatchesDomain(a.name, b.domain) || nameMatchesDomain(b.name, a.domain)) return true;
  const agA = agencyOf(a.name) ?? agencyByDomain(a.domain ?? null);
  const agB = agencyOf(b.name) ?? agencyByDomain(b.domain ?? null);
  return !!agA && agA === agB;
}

/** "South Front" ~ southfront.org; "GlobalResearch.ca" ~ globalresearch.ca. */
export function nameMatchesDomain(
  name: string | null | undefined,
  domain: string | null | undefined,
): boolean {
  if (!name || !domain) return false;
  const d = asDomain(name);
  if (d) return d === domain;
  const label = squash(getDomainWithoutSuffix(domain) ?? '');
  const key = nameKey(name);
  if (!label || key.length < 3) return false;
  if (key === label || squash(name) === label) return true;
  // "The Conversation" ~ theconversation.com; "ProPublica" ~ propublica.org; "Global Research News" ~ globalresearch
  if (
    label.length >= 5 &&
    (key.startsWith(label) || label.startsWith(key)) &&
    Math.abs(key.length - label.length) <= 6
  )
    return true;
  // Initials: "Centre for Research on Globalization" is not matched; "BBC News" ~ bbc.co.uk is.
  const initials = clean(name)
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
  return initials.length >= 3 && initials === label;
}

/** A publisher name as a person would write it: trimmed of quotes, stray punctuation, taglines. */
export function tidyName(raw: string): string {
  let n = clean(raw)
    .replace(/^[\s"'“”‘’«»„([]+/, '')
    // Only where a run of trailing marks starts: tried at every mark, "…….x" takes quadratic time.
    .replace(/(?<![\s"'“”‘’«»„)\].,;:|·•–—-])[\s"'“”‘’«»„)\].,;:|·•–—-]+$/, '')
    .replace(/^(?:the\s+website\s+of|the\s+site|website|site)\s+/i, '');
  // "Global Research - Centre for Research on Globalization": keep the name before a tagline.
  const parts = n.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length > 1 && parts[0]!.length >= 2) n = parts[0]!;
  return n.trim();
}

/** Paths that are a publisher's pages about itself, not an article. */
const NOT_ARTICLE_PATH =
  /^\/(?:$|author|authors|autor|auteur|profiles?|people|staff|users?|members?|about|contact|donate|support|subscribe|newsletter|tag|tags|category|section|topics?|search|feed|rss|index\.\w+$|home)(?:\/|$)/i;

/** Files and upload folders: a video or an image of the original is not the original article. */
const MEDIA_PATH =
  /\.(?:mp4|m4v|webm|mov|mp3|m4a|ogg|wav|jpe?g|png|gif|webp|svg|pdf|zip)$|\/(?:wp-content|uploads|media|static|assets|images?)\//i;

/** Does this address point at an article rather than a publisher's home or about page? */
export function isArticleUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const { pathname } = new URL(url);
    return (
      !NOT_ARTICLE_PATH.test(pathname) &&
      !MEDIA_PATH.test(pathname) &&
      pathname.replace(/(?<!\/)\/+$/, '').length > 1
    );
  } catch {
    return false;
  }
}
