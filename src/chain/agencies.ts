import { PUBLISHERS, type PublisherEntry, type PublisherKind } from './publishers.data';

/**
 * The publishers the product knows by name, looked up in the table of `publishers.data.ts`:
 * news agencies (whose copy other sites carry whole, marked only by a dateline "(AP) —" that
 * names no domain), the newspapers and broadcasters that syndicate their stories, photo
 * agencies, press-release wires and web archives.
 */
export interface Agency {
  name: string;
  /** The main registrable domain, or null for a service with no site of its own. */
  domain: string | null;
  kind: PublisherKind;
}

/** A name reduced for lookup: no case, diacritics, punctuation, spaces or leading "The". */
export function tableKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Index {
  /** Names and aliases: safe to read anywhere a name stands alone. */
  names: Map<string, Agency>;
  /** Short tags, as written ("AP", "dpa"): only in datelines, bylines and tag lines. */
  tags: Map<string, Agency>;
  /** The same tags in lower case, for a dateline's parentheses ("(efe)", "(DPA)"). */
  looseTags: Map<string, Agency>;
  domains: Map<string, Agency>;
}

let index: Index | null = null;

/** Built on first use: the content script pays for it only on a page that asks. */
function lookup(): Index {
  if (index) return index;
  const names = new Map<string, Agency>();
  const tags = new Map<string, Agency>();
  const domains = new Map<string, Agency>();
  const looseTags = new Map<string, Agency>();
  const entry = (p: PublisherEntry): Agency => ({
    name: p.name,
    domain: p.domains[0] ?? null,
    kind: p.kind,
  });
  for (const p of PUBLISHERS) {
    const a = entry(p);
    for (const n of [p.name, ...p.aliases]) {
      const k = tableKey(n);
      if (k && !names.has(k)) names.set(k, a);
    }
    for (const t of p.tags) {
      if (!tags.has(t)) tags.set(t, a);
      if (!looseTags.has(t.toLowerCase())) looseTags.set(t.toLowerCase(), a);
    }
    for (const d of p.domains) if (!domains.has(d)) domains.set(d, a);
  }
  index = { names, tags, looseTags, domains };
  return index;
}

/** Builds the lookup tables now rather than at the first lookup (the badge pass's first step). */
export function preparePublishers(): void {
  lookup();
}

const NEWS_AGENCY = (a: Agency | undefined | null): Agency | null =>
  a && a.kind === 'agency' ? a : null;

/** Trailing dots and spaces a credit leaves on a name ("Reuters."). */
const trimName = (name: string) => name.trim().replace(/(?<![.\s])[.\s]+$/, '');

/**
 * The news agency a name refers to, if any: its name or an alias in any case ("associated
 * press", "Agence France-Presse"), or its tag exactly as the agency writes it ("AP", "dpa").
 */
export function agencyOf(name: string | null | undefined): Agency | null {
  if (!name) return null;
  const n = trimName(name);
  if (!n || n.length > 80) return null;
  const { names, tags } = lookup();
  return NEWS_AGENCY(names.get(tableKey(n))) ?? NEWS_AGENCY(tags.get(n));
}

/** The news agency whose domain this is, if any. */
export function agencyByDomain(domain: string | null): Agency | null {
  return domain ? NEWS_AGENCY(lookup().domains.get(domain)) : null;
}

/** Any publisher in the table whose domain this is (for naming the host). */
export function publisherByDomain(domain: string | null): Agency | null {
  return domain ? (lookup().domains.get(domain) ?? null) : null;
}

/**
 * The agency a dateline's or a tag's token names: "AP", "dpa/lno" (dpa's regional service),
 * "efe-epa" (EFE with its photo partner), "Reuters". Inside parentheses a tag is matched in
 * any case; only the part before a slash or hyphen is tried beside the whole.
 */
export function agencyTag(token: string | null | undefined): Agency | null {
  if (!token) return null;
  const t = token.trim();
  if (!t || t.length > 40) return null;
  const { looseTags } = lookup();
  const one = (x: string | undefined): Agency | null =>
    x ? (agencyOf(x) ?? NEWS_AGENCY(looseTags.get(x.toLowerCase()))) : null;
  return one(t) ?? one(t.split(/\s*[/-]\s*/)[0]);
}

/**
 * The agency a byline, a tag line or metadata names, its tag written as the agency writes it
 * ("AP", "dpa", "dpa/lno"): "Aa" (a font-size button) is not Anadolu's "AA".
 */
export function agencyMark(text: string | null | undefined): Agency | null {
  if (!text) return null;
  const t = text.trim();
  if (!t || t.length > 60) return null;
  return agencyOf(t) ?? agencyOf(t.split(/\s*[/-]\s*/)[0]);
}

/**
 * A publisher known by name that is not a news agency: a newspaper, broadcaster, magazine or
 * online outlet that syndicates its stories ("New York Times", "Miami Herald").
 */
export function knownPublisher(name: string | null | undefined): Agency | null {
  if (!name) return null;
  const n = trimName(name);
  if (!n || n.length > 80) return null;
  const a = lookup().names.get(tableKey(n));
  if (!a || !PUBLISHING.has(a.kind)) return null;
  // "Nation" or "World" alone is a section's name, not "The Nation" or "The World".
  if (!/\s/.test(n) && /^the\s+\S+$/i.test(a.name)) return null;
  return a;
}

/** Kinds whose articles other sites carry. */
const PUBLISHING = new Set<PublisherKind>(['newspaper', 'broadcaster', 'magazine', 'online']);

/** Is this domain a web archive's (a copy kept there names no publisher)? */
export function isArchive(domain: string | null): boolean {
  return !!domain && lookup().domains.get(domain)?.kind === 'archive';
}
