import { clean } from '../text/normalize';

/** A JSON-LD node, loosely typed: pages write whatever they like. */
export type LdNode = Record<string, unknown>;

export interface PageMeta {
  /** meta[name|property] values, keys lower-cased, in document order. */
  meta: Map<string, string[]>;
  /** link[rel] hrefs, rel lower-cased. */
  links: Map<string, string[]>;
  /** Every JSON-LD node, flattened out of arrays and @graph. */
  ld: LdNode[];
  /** JSON-LD blocks that would not parse. */
  ldErrors: number;
  lang: string | null;
  title: string | null;
}

const MAX_LD_CHARS = 1_000_000;
const MAX_LD_NODES = 500;

/** Read the page's machine-readable metadata: meta tags, link relations, JSON-LD. */
export function readMeta(doc: Document): PageMeta {
  const meta = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const value = el.getAttribute('content');
    if (key && value) add(meta, key, clean(value));
  }
  const links = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('link[rel][href], a[rel][href]'))) {
    const href = el.getAttribute('href')!.trim();
    for (const rel of (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/))
      if (rel) add(links, rel, href);
  }
  let ldErrors = 0;
  const ld: LdNode[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = el.textContent ?? '';
    if (text.length > MAX_LD_CHARS) {
      ldErrors++;
      continue;
    }
    try {
      collectLd(JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '')), ld, 0);
    } catch {
      ldErrors++;
    }
  }
  const html = doc.documentElement;
  const lang =
    html?.getAttribute('lang') ||
    first(meta, 'og:locale', 'content-language', 'dc.language') ||
    null;
  const title = clean(doc.querySelector('title')?.textContent ?? '') || null;
  return { meta, links, ld, ldErrors, lang: lang ? lang.replace('_', '-') : null, title };
}

function collectLd(value: unknown, out: LdNode[], depth: number): void {
  if (out.length >= MAX_LD_NODES || depth > 8 || value === null || typeof value !== 'object')
    return;
  if (Array.isArray(value)) {
    for (const v of value) collectLd(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if (Array.isArray(node['@graph'])) collectLd(node['@graph'], out, depth + 1);
  if (node['@type'] || node.headline || node.publisher) out.push(node);
}

/** The first value of the first of `keys` present. */
export function first(meta: Map<string, string[]>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

/** `@type` of a JSON-LD node as a list of strings. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|Posting|DiscussionForumPosting|SatiricalArticle|AdvertiserContentArticle)$/;
const LIST_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|Blog)$/;

/** The page's main article node, if its JSON-LD declares one. */
export function ldArticle(ld: LdNode[]): LdNode | null {
  return ld.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

/** Does the JSON-LD say this page is a list, a search page or a site's front? */
export function ldSaysList(ld: LdNode[]): boolean {
  return !ldArticle(ld) && ld.some((n) => ldTypes(n).some((t) => LIST_TYPES.test(t)));
}

/** A name from a JSON-LD value: a string, `{ name }`, or the first of an array. */
export function ldName(value: unknown): string | null {
  if (typeof value === 'string') return clean(value) || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const n = ldName(v);
      if (n) return n;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as LdNode;
    return ldName(o.name) ?? ldName(o.legalName) ?? ldName(o.alternateName);
  }
  return null;
}

/** A URL from a JSON-LD value: a string, `{ url }` / `{ @id }`, or the first of an array. */
export function ldUrl(value: unknown): string | null {
  if (typeof value === 'string') return /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const u = ldUrl(v);
      if (u) return u;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as LdNode;
    return ldUrl(o.url) ?? ldUrl(o['@id']) ?? ldUrl(o.sameAs);
  }
  return null;
}
