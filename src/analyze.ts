import { buildChain, gatherOrgs, type HostIdentity, toEvidence } from './chain/build';
import { isUnnamedSource } from './chain/gate';
import { hostIdentity } from './chain/host';
import { domainOf, httpUrl, tidyName } from './chain/publisher';
import { type Context, DETECTORS, type Detector, type Finding } from './detectors';
import {
  type ArticleResult,
  extractArticle,
  notArticleReason,
  publishedTime,
} from './extract/article';
import { type PageText, readBlocks } from './extract/blocks';
import { articleFromBlocks, saysArticle } from './extract/fallback';
import { first, type PageMeta, readMeta } from './extract/metadata';
import { statedDate } from './extract/story';
import { INFERENCES } from './inferences';
import { type Hop, REPORT_SCHEMA, type Report, type Status } from './report';
import { attributionOf } from './status/attribution';
import { copyrightNotices, pickLicense, republishingTerms } from './status/rights';
import { statusOf } from './status/status';
import { summarize } from './status/summary';
import { dayOf } from './text/dates';
import { defused } from './text/defuse';

export interface AnalyzeOptions {
  /** The address the page was loaded from. */
  url?: string | null;
  /** Keep Readability's article HTML in `article.content` (captures need it). */
  includeContent?: boolean;
  /**
   * Skip Readability: the badge's quick pass (the command line's `--quick`). `article` stays
   * null and a warning says why; status, chain and the rest are read as usual.
   */
  quick?: boolean;
  /**
   * The page's text blocks, when already read from this document as it is now (the content
   * script keeps the badge pass's reading while the page is unchanged). Read afresh otherwise.
   */
  page?: PageText;
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

/**
 * Work in steps: a generator that yields between its parts, so that a caller that must not hold
 * the thread long (the content script's badge pass) can stop after any of them and go on later.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The page read once and every detector run over it (or only `detectors`). */
export function readSignals(
  doc: Document,
  url: string | null,
  detectors: readonly Detector[],
  blocks?: PageText,
): Signals {
  return finish(signalSteps(doc, url, detectors, blocks));
}

/** `readSignals` in steps: one per detector. */
function* signalSteps(
  doc: Document,
  url: string | null,
  detectors: readonly Detector[],
  blocks?: PageText,
): Steps<Signals> {
  const ctx = makeContext(doc, url, blocks);
  const { meta, page } = ctx;
  const findings: Finding[] = [];
  for (const d of detectors) {
    yield;
    for (const f of capped(d.detect(ctx))) {
      f.by = d.id;
      findings.push(f);
    }
  }
  yield;
  const bodyLinks = page.blocks
    .filter((b) => b.region === 'body')
    .flatMap((b) => b.links.map((l) => l.href));
  const host = hostIdentity(ctx, meta, findings);
  // What the findings imply together, each inference in turn (src/inferences/).
  for (const inference of INFERENCES) {
    for (const f of inference.infer(findings, host)) {
      f.by = inference.id;
      findings.push(f);
    }
  }
  return { ctx, findings, host, bodyLinks };
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
 * The status and the chain. Without `extract` this is the quick pass the badge uses: no
 * Readability, so a bundle that only assesses never loads it (and article fields stay null).
 */
export function assess(
  doc: Document,
  url: string | null,
  extract: Extract | null,
  detectors: readonly Detector[],
  page?: PageText,
): Assessment {
  return finish(assessSteps(doc, url, extract, detectors, page));
}

/** `assess` in steps (see `Steps`): one per detector, then the rest. */
export function* assessSteps(
  doc: Document,
  url: string | null,
  extract: Extract | null,
  detectors: readonly Detector[],
  page?: PageText,
): Steps<Assessment> {
  const signals = yield* signalSteps(doc, url, detectors, page);
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
    // Readability lost the article (an old table layout, a short wire item), but the page
    // declares one or carries a credit in its story: it is one, read from its own text.
    if (!article && result.readabilityFailed && saysArticle(ctx, findings)) {
      article = articleFromBlocks(ctx);
      notArticle = null;
      warnings.push(
        'Readability found no article on this page; the article was read from its metadata and its main text instead.',
      );
    }
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
  const { signals, article, chain, status, warnings, why } = assess(
    doc,
    url,
    extract,
    DETECTORS,
    options.page,
  );
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
  if (options.quick)
    warnings.push(
      'Quick pass: the article was not read with Readability, so its title, byline, date and excerpt are left out.',
    );
  if (warnings.length) report.warnings = warnings;
  return defused(report);
}

/** Parse HTML with the given parser and analyse it. */
export function analyzeHtml(
  html: string,
  options: AnalyzeOptions & { parse: (html: string) => Document },
): Report {
  return analyze(options.parse(html), options);
}
