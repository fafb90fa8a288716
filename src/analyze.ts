import { agencyByDomain, agencyOf, knownPublisher } from './chain/agencies';
import { buildChain, gatherOrgs, type HostIdentity, isHost, toEvidence } from './chain/build';
import { isUnnamedSource } from './chain/gate';
import { hostName } from './chain/host-name';
import { domainOf, httpUrl, tidyName } from './chain/publisher';
import { type Context, DETECTORS, type Detector, type Finding } from './detectors';
import {
  type ArticleResult,
  extractArticle,
  notArticleReason,
  publishedTime,
} from './extract/article';
import { type PageText, readBlocks, statedDate } from './extract/blocks';
import { first, ldArticle, ldName, type PageMeta, readMeta } from './extract/metadata';
import {
  type CopyrightNotice,
  type Evidence,
  type Hop,
  type License,
  REPORT_SCHEMA,
  type Report,
  type Republishing,
  type Requirement,
  type Status,
} from './report';
import { attributionOf } from './status/attribution';
import { statusOf } from './status/status';
import { summarize } from './status/summary';
import { dayOf } from './text/dates';

export interface AnalyzeOptions {
  /** The address the page was loaded from. */
  url?: string | null;
  /** Keep Readability's article HTML in `article.content` (captures need it). */
  includeContent?: boolean;
  /** Skip Readability: the cheap pass for the badge. Article fields stay null. */
  quick?: boolean;
}

/** Text beyond this many characters is not read (the report says so in `warnings`). */
export const MAX_TEXT_CHARS = 3_000_000;

/** Everything the detectors find on a page, before Readability. */
export interface Signals {
  ctx: Context;
  findings: Finding[];
  host: HostIdentity;
  bodyLinks: string[];
}

function hostIdentity(
  ctx: Context,
  meta: PageMeta,
  findings: Finding[],
  date: string | null,
): HostIdentity {
  const ld = ldArticle(meta.ld);
  const ldPublisher = ld
    ? ldName(ld.publisher)
    : (meta.ld
        .map((n) =>
          n['@type'] === 'Organization' || n['@type'] === 'NewsMediaOrganization'
            ? ldName(n)
            : null,
        )
        .find(Boolean) ?? null);
  const names = [
    first(meta.meta, 'og:site_name'),
    ldPublisher,
    first(
      meta.meta,
      'application-name',
      'dc.publisher',
      'citation_publisher',
      'citation_journal_title',
    ),
  ]
    .filter((n): n is string => !!n)
    .map(tidyName)
    .filter(Boolean);
  // The last few footer notices: every alias is compared with every credited party.
  const footerHolders = findings
    .filter((f) => f.copyright?.scope === 'site')
    .slice(-3)
    .flatMap((f) => f.copyright!.holders);
  const evidence: Evidence[] = [];
  if (ctx.url) evidence.push({ kind: 'address', text: ctx.url, source: 'url' });
  const siteName = first(meta.meta, 'og:site_name');
  if (siteName) evidence.push({ kind: 'site-name', text: siteName, source: 'meta' });
  else if (ldPublisher)
    evidence.push({ kind: 'json-ld-publisher', text: ldPublisher, source: 'json-ld' });
  const name = hostName(names, ctx.hostDomain, meta.title);
  const host: HostIdentity = {
    name,
    aliases: [...names.filter((n) => n !== name), ...footerHolders],
    domain: ctx.hostDomain,
    url: ctx.url,
    date,
    evidence,
  };
  // "Global Research, January 22, 2020" under the title dates the host when metadata does not.
  if (!host.date) {
    const own = findings.find((f) => f.kind === 'dated-source' && f.party && isHost(host, f.party));
    if (own?.party?.date) host.date = own.party.date;
  }
  if (host.date) evidence.push({ kind: 'published-date', text: host.date, source: 'meta' });
  return host;
}

/**
 * The page read once: metadata, text blocks, and who the page says it is. `page`: the text
 * blocks when already read (the content script reads them in slices).
 */
export function makeContext(
  doc: Document,
  url: string | null,
  page: PageText = readBlocks(doc, MAX_TEXT_CHARS),
): Context {
  const meta = readMeta(doc);
  // A saved file or a local server has no domain of its own: the page's canonical address says who it is.
  let address = httpUrl(url);
  let hostDomain = domainOf(address ? new URL(address).hostname : null);
  if (!hostDomain) {
    const declared =
      httpUrl(meta.links.get('canonical')?.[0]) ?? httpUrl(first(meta.meta, 'og:url'));
    hostDomain = domainOf(declared ? new URL(declared).hostname : null);
    address ??= declared;
  }
  return { doc, url: address, hostDomain, page, meta };
}

/** A detector's findings beyond this many say nothing new; a hostile page can make thousands. */
const MAX_FINDINGS = 100;

/** The first and the last of a long list of findings: credits stand at a page's top and bottom. */
function capped(found: Finding[]): Finding[] {
  return found.length <= MAX_FINDINGS
    ? found
    : [...found.slice(0, MAX_FINDINGS - 10), ...found.slice(-10)];
}

/** The page read once and every detector run over it (or only `detectors`). */
export function readSignals(
  doc: Document,
  url: string | null,
  detectors: readonly Detector[],
  blocks?: PageText,
): Signals {
  const ctx = makeContext(doc, url, blocks);
  const { meta, page, hostDomain } = ctx;
  const findings: Finding[] = [];
  for (const d of detectors) for (const f of capped(d.detect(ctx))) findings.push(f);
  findings.push(...wireCopyright(findings, hostDomain));
  const bodyLinks = page.blocks
    .filter((b) => b.region === 'body')
    .flatMap((b) => b.links.map((l) => l.href));
  const host = hostIdentity(ctx, meta, findings, null);
  findings.push(...creditedByCopyright(findings, host));
  return { ctx, findings, host, bodyLinks };
}

/**
 * "Reprinted with permission." with no name: the article's copyright line, when it names
 * someone other than the host, says whose permission — and so who published it first.
 */
function creditedByCopyright(findings: Finding[], host: HostIdentity): Finding[] {
  if (!findings.some((f) => f.kind === 'republished-from' && !f.party)) return [];
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.kind !== 'copyright' || f.copyright?.scope !== 'article') continue;
    for (const holder of f.copyright.holders) {
      const party = { name: holder, domain: null, url: null, date: null };
      if (!isHost(host, party))
        out.push({
          ...f,
          kind: 'republished-from',
          strength: 'strong',
          party,
          depth: 'original',
          copyright: undefined,
        });
    }
  }
  return out;
}

/**
 * An agency's copyright on a story on someone else's site: the agency is the original. A
 * known newspaper's or broadcaster's copyright in the story itself ("© 2017, The Miami
 * Herald" at the end of a Seattle Times page) says the same of that paper; in the site's footer
 * or under a photo it says nothing about the story.
 */
function wireCopyright(findings: Finding[], hostDomain: string | null): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.copyright || f.copyright.scope === 'media' || f.copyright.scope === 'site') continue;
    for (const holder of f.copyright.holders) {
      const agency = agencyOf(holder);
      const paper = agency || f.copyright.scope !== 'article' ? null : knownPublisher(holder);
      const org = agency ?? paper;
      if (!org || (agency && agency === agencyByDomain(hostDomain))) continue;
      if (paper && paper.domain === hostDomain) continue;
      out.push({
        ...f,
        kind: 'wire-copyright',
        party: { name: org.name, domain: org.domain, url: null, date: null },
        depth: 'original',
        copyright: undefined,
      });
    }
  }
  return out;
}

/** Reads the article with Readability (the full pass). */
export type Extract = (doc: Document, meta: PageMeta, url: string | null) => ArticleResult;

/** The page's status and chain, with what they rest on: the report without its own fields. */
export interface Assessment {
  signals: Signals;
  article: Report['article'];
  notArticle: string | null;
  chain: Hop[];
  status: Status;
  warnings: string[];
  /** Why the status is what it is, when the summary should say (not an article, unknown). */
  why: string | null;
}

/**
 * The status and the chain. Without `extract` this is the cheap pass the badge uses: no
 * Readability, so a bundle that only assesses never loads it (and article fields stay null).
 */
export function assess(
  doc: Document,
  url: string | null,
  extract: Extract | null,
  detectors: readonly Detector[],
  page?: PageText,
): Assessment {
  const signals = readSignals(doc, url, detectors, page);
  const { ctx, findings, host, bodyLinks } = signals;
  const warnings: string[] = [];
  if (ctx.page.length > MAX_TEXT_CHARS)
    warnings.push(
      `The page has more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text; only the first part was read.`,
    );
  if (ctx.meta.ldErrors)
    warnings.push(`${ctx.meta.ldErrors} JSON-LD block(s) could not be parsed.`);

  let article: Report['article'] = null;
  let notArticle: string | null;
  if (!extract) {
    notArticle = notArticleReason(doc, ctx.meta, ctx.url);
    host.date ??= dayOf(publishedTime(doc, ctx.meta, null));
  } else {
    const result = extract(doc, ctx.meta, ctx.url);
    article = result.article;
    notArticle = result.notArticle;
    if (article && !host.name && article.siteName) host.name = tidyName(article.siteName);
    host.date ??= dayOf(article?.publishedTime ?? publishedTime(doc, ctx.meta, null));
    // A date line under the title ("Global Research, January 22, 2020") dates the article too.
    if (article && !article.publishedTime) article.publishedTime = host.date;
  }
  // An old page with no metadata states its date above the story.
  host.date ??= statedDate(ctx.page.blocks);
  if (host.date && !host.evidence.some((e) => e.kind === 'published-date'))
    host.evidence.push({ kind: 'published-date', text: host.date, source: 'meta' });

  const orgs = gatherOrgs(findings, host, bodyLinks);
  let chain = buildChain(host, orgs, bodyLinks);
  // A dated line alone ("Global Research, January 22, 2020") is the host's own date line.
  const hints = orgs.filter((o) => !o.strong && o.findings.some((f) => f.kind !== 'dated-source'));
  const unnamedCredit = findings.some(
    (f) =>
      (f.kind === 'republished-from' && !f.party) ||
      (f.source === 'text' && isUnnamedSource(f.party?.name)),
  );
  const status = statusOf({
    notArticle,
    hops: chain.length - 1,
    hints: hints.length,
    unnamedCredit,
  });
  if (status !== 'cross-post') chain = chain.slice(0, 1);
  const why =
    status !== 'unknown'
      ? notArticle
      : hints.length
        ? `only a hint names a source (${hints.map((o) => o.name ?? o.domain).join(', ')}), too little to call it a copy`
        : 'it credits a source without naming it';
  return { signals, article, notArticle, chain, status, warnings, why };
}

/** Analyse a document. The document is never modified: Readability runs on a clone. */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Report {
  const url = httpUrl(options.url) ?? null;
  const extract: Extract | null = options.quick
    ? null
    : (d, meta, u) => extractArticle(d, meta, u, options.includeContent);
  const { signals, article, chain, status, warnings, why } = assess(doc, url, extract, DETECTORS);
  const { findings } = signals;
  const notices = copyrightNotices(findings);
  const license = pickLicense(findings);
  const report: Report = {
    schema: REPORT_SCHEMA,
    url: url,
    status,
    article,
    chain,
    copyright: notices,
    license,
    attribution: status === 'cross-post' ? attributionOf(chain, notices) : null,
    republishing: republishingTerms(findings, license, status),
    evidence: findings.map(toEvidence),
  };
  report.summary = summarize(report, why);
  if (warnings.length) report.warnings = warnings;
  return defused(report);
}

/** A javascript:, data: or vbscript: address at the start of a text. */
const UNSAFE = /^\s*(?:javascript|data|vbscript):/i;

/**
 * The report quotes the page (names, titles, evidence): a quote that begins like an unsafe
 * address ("javascript:alert(1)" as a site name) is put in quotation marks, so that no text in
 * the report can be taken for an address.
 */
export function defused<T>(value: T): T {
  if (typeof value === 'string') return (UNSAFE.test(value) ? `“${value.trim()}”` : value) as T;
  if (Array.isArray(value)) return value.map(defused) as T;
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = defused(v);
  return value;
}

/** The notices about the article; the site's footer notice only when the article has none. */
function copyrightNotices(findings: Finding[]): CopyrightNotice[] {
  const all = findings
    .filter((f) => f.kind === 'copyright' && f.copyright)
    .map((f) => f.copyright!);
  const about = all.filter((n) => n.scope === 'article' || n.scope === 'meta');
  const chosen = about.length ? about : all.filter((n) => n.scope === 'site').slice(-1);
  const seen = new Set<string>();
  return chosen.filter((n) => !seen.has(n.text) && seen.add(n.text));
}

function pickLicense(findings: Finding[]): License | null {
  const found = findings.filter((f) => f.license);
  const best =
    found.find((f) => f.source === 'link') ??
    found.find((f) => f.license!.name !== 'Creative Commons') ??
    found[0];
  return best?.license ?? null;
}

const ORDER: Requirement[] = [
  'ask-permission',
  'credit-source',
  'keep-copyright',
  'link-original',
  'no-edits',
  'non-commercial',
];

/** What the page asks of anyone republishing its own articles. */
function republishingTerms(
  findings: Finding[],
  license: License | null,
  status: Status,
): Republishing | null {
  const terms = findings.filter((f) => f.terms).map((f) => f.terms!);
  const granted = terms.filter((t) => !t.requires.includes('ask-permission'));
  const chosen = granted.length ? granted : terms;
  const requires = new Set<Requirement>(chosen.flatMap((t) => t.requires));
  // A licence on the page's own work is a standing permission with conditions of its own.
  const ownLicense =
    license?.name?.startsWith('CC ') && (status !== 'cross-post' || granted.length > 0);
  if (ownLicense) {
    const code = license!.name!;
    if (/\bBY\b/.test(code)) requires.add('credit-source');
    if (/\bND\b/.test(code)) requires.add('no-edits');
    if (/\bNC\b/.test(code)) requires.add('non-commercial');
  }
  if (!chosen.length && !ownLicense) return null;
  const text = chosen[0]?.text ?? license?.text ?? license?.name ?? '';
  return { text, requires: ORDER.filter((r) => requires.has(r)) };
}

/** Parse HTML with the given parser and analyse it. */
export function analyzeHtml(
  html: string,
  options: AnalyzeOptions & { parse: (html: string) => Document },
): Report {
  return analyze(options.parse(html), options);
}
