import type { Finding, Party } from '../detectors/types';
import type { Evidence, Hop } from '../report';
import { HOP_LEVEL, orgLevel } from '../status/strength';
import { isSocial, passesGate } from './gate';
import type { Party as NamedParty } from './publisher';
import { domainOf, httpUrl, isArticleUrl, nameMatchesDomain, sameParty } from './publisher';

export { isArticleUrl };

/** The page's own publisher, as its address and metadata name it. */
export interface HostIdentity {
  name: string | null;
  /** Other names the site goes by (og:site_name, JSON-LD publisher, footer copyright holder). */
  aliases: string[];
  domain: string | null;
  url: string | null;
  date: string | null;
  evidence: Evidence[];
}

/** One credited organisation, gathered from every finding that names it. */
export interface Org {
  name: string | null;
  domain: string | null;
  url: string | null;
  date: string | null;
  findings: Finding[];
  depth: 'original' | 'immediate';
  /** How strongly the page credits this publisher (`src/status/strength.ts`). */
  level: number;
  /** Strong enough to be a hop of the chain. */
  strong: boolean;
  /** Named as republishing between the original and this page ("… and republished by B"). */
  between: boolean;
}

/**
 * Is this party the page's own publisher? Same registrable domain; or a name the site goes
 * by matches the party's name or domain (a site on two domains, "GlobalResearch.ca").
 */
export function isHost(host: HostIdentity, p: NamedParty): boolean {
  if (p.domain && host.domain && p.domain === host.domain) return true;
  const names = [host.name, ...host.aliases].filter((n): n is string => !!n);
  if (names.some((n) => sameParty({ name: n, domain: null }, { name: p.name, domain: p.domain })))
    return true;
  return !!host.domain && nameMatchesDomain(p.name, host.domain);
}

function toEvidence(f: Finding): Evidence {
  const e: Evidence = { kind: f.kind, text: f.text, source: f.source, strength: f.strength };
  if (f.block) e.position = { start: f.block.start, end: f.block.end };
  return e;
}

function absorb(org: Org, p: Party, f: Finding): void {
  if (!org.name && p.name) org.name = p.name;
  // A name from a link's text or a credit sentence beats one from metadata.
  else if (p.name && f.source === 'text' && org.findings.every((x) => x.source !== 'text'))
    org.name = p.name;
  org.domain ??= p.domain;
  if (p.url && (!org.url || (!isArticleUrl(org.url) && isArticleUrl(p.url)))) org.url = p.url;
  org.date ??= p.date;
  if (!org.findings.includes(f)) org.findings.push(f);
  if (f.depth === 'original' && f.kind !== 'dated-source') org.depth = 'original';
}

/** Kinds whose wording itself says the party is a publication ("first appeared on X"). */
const PUBLICATION_WORDING = new Set(['original-source', 'republished-from']);

/** The party as the publisher gate lets it through: a date or a handle loses its name, and without a domain it is dropped. */
function gated(p: Party, f: Finding): Party | null {
  if (isSocial(p.domain)) return null;
  const wording = PUBLICATION_WORDING.has(f.kind) && f.source === 'text';
  if (passesGate(p.name, !!p.domain, wording, !!p.date)) return p;
  return p.domain ? { ...p, name: null } : null;
}

/** More credited organisations than any real page names. */
const MAX_ORGS = 30;

/**
 * Gather findings into organisations: mentions of one publisher merge (name ~ domain,
 * "South Front" ~ southfront.org), the host is never its own source, and links into the
 * host's own site (author pages) say nothing about the source's domain.
 */
export function gatherOrgs(findings: Finding[], host: HostIdentity, pageLinks: string[]): Org[] {
  const orgs: Org[] = [];
  const find = (p: Party) => orgs.find((o) => sameParty(o, p));
  const clip = (p: Party): Party => {
    if (
      p.domain &&
      host.domain &&
      p.domain === host.domain &&
      !isHost(host, { name: p.name, domain: null })
    ) {
      return { ...p, domain: null, url: null };
    }
    return p;
  };
  const ordered = [...findings].sort(
    (a, b) => (a.kind === 'dated-source' ? 1 : 0) - (b.kind === 'dated-source' ? 1 : 0),
  );
  for (const f of ordered) {
    if (!f.party) continue;
    const parties: Array<[Party, boolean]> = [[clip(f.party), false]];
    if (f.via) parties.push([clip(f.via), true]);
    for (const [raw, between] of parties) {
      const p = gated(raw, f);
      if (!p || (!p.name && !p.domain) || isHost(host, p)) continue;
      let org = find(p);
      // A dated line or a bare copyright only adds to a publisher other evidence names.
      if (!org && f.kind === 'dated-source' && f.strength !== 'strong') continue;
      // Every party is compared with every organisation: past a few dozen, a page is hostile.
      if (!org && orgs.length >= MAX_ORGS) continue;
      if (!org) {
        org = {
          name: null,
          domain: null,
          url: null,
          date: null,
          findings: [],
          depth: 'immediate',
          level: 0,
          strong: false,
          between,
        };
        orgs.push(org);
      }
      if (between) org.between = true;
      absorb(org, p, between ? { ...f, depth: 'immediate' } : f);
    }
  }
  // A named source without a domain: the page's own links often give it ("southfront.org/donate").
  for (const org of orgs) {
    if (org.domain || !org.name) continue;
    for (const href of pageLinks) {
      const d = domainOf(httpUrl(href));
      if (d && d !== host.domain && nameMatchesDomain(org.name, d)) {
        org.domain = d;
        break;
      }
    }
  }
  // Merge orgs that the late domains made one.
  for (let i = orgs.length - 1; i > 0; i--) {
    const j = orgs.findIndex((o, k) => k < i && sameParty(o, orgs[i]!));
    if (j >= 0) {
      for (const f of orgs[i]!.findings)
        absorb(
          orgs[j]!,
          { name: orgs[i]!.name, domain: orgs[i]!.domain, url: orgs[i]!.url, date: orgs[i]!.date },
          f,
        );
      orgs.splice(i, 1);
    }
  }
  for (const org of orgs) {
    org.level = orgLevel(org.findings);
    org.strong = org.level >= HOP_LEVEL;
  }
  return orgs;
}

/** A link on the page to the org's article, when the credit itself linked only a home page. */
function articleLinkFor(org: Org, pageLinks: string[], base: string | null): string | null {
  if (org.url && isArticleUrl(org.url)) return org.url;
  if (!org.domain) return null;
  for (const href of pageLinks) {
    const u = httpUrl(href, base);
    if (u && domainOf(u) === org.domain && isArticleUrl(u)) return u;
  }
  return null;
}

/**
 * The chain, newest first: the host, then the copies it credits, the original last. Orders by
 * what the wording says (the copy taken from before the first publisher), then by date.
 */
export function buildChain(host: HostIdentity, orgs: Org[], pageLinks: string[]): Hop[] {
  // The agency or paper whose dateline or byline the story carries wrote it: it comes last,
  // after a copy the page's metadata points to or a distributor's copyright.
  const wrote = (o: Org) => o.findings.some((f) => f.kind === 'wire' && f.source === 'text');
  const rank = (o: Org) => (o.between ? 0 : o.depth === 'immediate' ? 1 : wrote(o) ? 3 : 2);
  const sorted = orgs
    .filter((o) => o.strong)
    .sort((a, b) => {
      if (a.date && b.date && a.date !== b.date) return a.date > b.date ? -1 : 1;
      return rank(a) - rank(b);
    });
  const hops: Hop[] = [
    {
      role: 'host',
      publisher: host.name,
      domain: host.domain,
      url: host.url,
      date: host.date,
      evidence: host.evidence,
    },
  ];
  sorted.forEach((o, i) => {
    hops.push({
      role: i === sorted.length - 1 ? 'original' : 'intermediate',
      publisher: o.name,
      domain: o.domain,
      url: articleLinkFor(o, pageLinks, host.url),
      date: o.date,
      evidence: o.findings.map(toEvidence),
    });
  });
  return hops;
}

export { toEvidence };
