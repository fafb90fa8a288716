import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../../src/analyze';
import type { Report } from '../../../src/report';
import { DOMS, type DomName, examplePage } from '../helpers/dom';
import { schemaErrors, unsafeUrls } from '../helpers/schema';

/**
 * The unsafe addresses in a report: string values that are a javascript:, data: or vbscript:
 * address. Each value is checked on its own with the shared `unsafeUrls` (which reads a JSON
 * text), its inner quotation marks first made plain: a quote of the page such as
 * `<img src="data:…">` in an evidence line is text, not an address. The article's HTML
 * (`article.content`, kept for captures) is left to the capture sanitiser.
 */
export function unsafeAddresses(report: Report): string[] {
  const out: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') {
      if (unsafeUrls(v.replace(/"/g, "'")).length)
        out.push(`${at} = ${JSON.stringify(v.slice(0, 120))}`);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], `${at}/${i}`);
    } else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v))
        if (!(at === '/article' && k === 'content')) walk(x, `${at}/${k}`);
  };
  walk(report, '');
  return out;
}

/**
 * Runs one fuzz case through the analyser and judges it: no throw, a schema-valid report, no
 * unsafe address, and a time within a bound that grows with the page's size. The bound is
 * relative to a baseline measured in the same process on an ordinary article page, so a slow
 * machine moves the baseline and the bound together.
 */

/** The shared parsers, but jsdom without its console: broken stylesheets would fill the log. */
export const PARSE: Record<DomName, (html: string) => Document> = {
  linkedom: DOMS.linkedom,
  jsdom: (html) =>
    new JSDOM(html, { url: 'https://host.example/', virtualConsole: new VirtualConsole() }).window
      .document,
};

export interface Case {
  /** What the case is, short: shown when a property fails. */
  label: string;
  html: string;
  url: string | null;
  quick: boolean;
  includeContent: boolean;
}

/** A case whose printed form is its label and size, not megabytes of markup. */
export function makeCase(
  label: string,
  html: string,
  url: string | null,
  quick = false,
  includeContent = false,
): Case {
  const c: Case = { label, html, url, quick, includeContent };
  Object.defineProperty(c, fc.toStringMethod, {
    value: () =>
      `${label} (${(html.length / 1e6).toFixed(3)} MB${quick ? ', quick' : ''}${includeContent ? ', content' : ''}, url ${JSON.stringify(url)}) ${JSON.stringify(html.slice(0, 300))}${html.length > 300 ? '…' : ''}`,
  });
  return c;
}

export interface Baseline {
  /** Analysis time of an ordinary article, per MB of HTML. */
  msPerMB: number;
  /** Analysis time of a short article page. */
  smallMs: number;
}

/** Floor of the time bound, and the allowed multiples of the baseline. */
export const FLOOR_MS = 200;
export const SMALL_FACTOR = 20;
export const PER_MB_FACTOR = 50;

/** The most time a case of this many MB may take. */
export function timeBound(b: Baseline, mb: number): number {
  return Math.max(FLOOR_MS, SMALL_FACTOR * b.smallMs, PER_MB_FACTOR * b.msPerMB * mb);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeAnalyze(html: string, dom: DomName, url: string): number {
  const doc = PARSE[dom](html);
  const t = performance.now();
  analyze(doc, { url });
  return performance.now() - t;
}

/** An ordinary long article: credits, links, a copyright line, many paragraphs. */
export function ordinaryArticle(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the council debated the <a href="/news/${i}">river crossing</a> for a third night, and residents said the plan would split the old town in two and cost far more than promised.</p>`,
  ).join('\n');
  return examplePage(
    `${body}<p>This article first appeared on <a href="https://www.truthdig.com/articles/x/">Truthdig</a>.</p><p>Copyright © 2024 Truthdig. All rights reserved.</p>`,
  );
}

/** Measure the baseline under one DOM: medians of five runs after two warm-up runs. */
export function measureBaseline(dom: DomName): Baseline {
  const url = 'https://host.example/news/story.html';
  const big = ordinaryArticle(dom === 'jsdom' ? 600 : 1500);
  const small = examplePage('This article first appeared on Truthdig.');
  for (let i = 0; i < 2; i++) {
    timeAnalyze(big, dom, url);
    timeAnalyze(small, dom, url);
  }
  const bigMs = median(Array.from({ length: 5 }, () => timeAnalyze(big, dom, url)));
  const smallMs = median(Array.from({ length: 5 }, () => timeAnalyze(small, dom, url)));
  return { msPerMB: bigMs / (big.length / 1e6), smallMs };
}

export interface Outcome {
  ms: number;
  mb: number;
  bound: number;
  /** The thrown error, if any. */
  crash: string | null;
  schema: string[];
  unsafe: string[];
  /** The DOM library itself refused the markup: not the analyser's failure, only counted. */
  parseError: string | null;
}

/** Parse and analyse one case; time the analysis only. */
export function runCase(c: Case, dom: DomName, baseline: Baseline): Outcome {
  const mb = c.html.length / 1e6;
  const bound = timeBound(baseline, mb);
  let doc: Document;
  try {
    doc = PARSE[dom](c.html);
  } catch (e) {
    return { ms: 0, mb, bound, crash: null, schema: [], unsafe: [], parseError: String(e) };
  }
  const options = { url: c.url, quick: c.quick, includeContent: c.includeContent };
  const t = performance.now();
  try {
    const report = analyze(doc, options);
    let ms = performance.now() - t;
    // Over the bound: twice more on fresh copies, the best time counts. A super-linear cost
    // comes back every time; a collection or a burst of other work on the machine does not.
    for (let i = 0; i < 2 && ms > bound; i++) {
      const again = PARSE[dom](c.html);
      const t2 = performance.now();
      analyze(again, options);
      ms = Math.min(ms, performance.now() - t2);
    }
    return {
      ms,
      mb,
      bound,
      crash: null,
      schema: schemaErrors(report),
      unsafe: unsafeAddresses(report),
      parseError: null,
    };
  } catch (e) {
    const err = e as Error;
    return {
      ms: performance.now() - t,
      mb,
      bound,
      crash: `${err?.name}: ${err?.message}\n${err?.stack?.split('\n').slice(1, 8).join('\n')}`,
      schema: [],
      unsafe: [],
      parseError: null,
    };
  }
}

/** Why an outcome fails the properties, or null. */
export function verdict(o: Outcome): string | null {
  if (o.crash) return `analyze threw: ${o.crash}`;
  if (o.schema.length) return `schema-invalid report: ${o.schema.slice(0, 5).join('; ')}`;
  if (o.unsafe.length) return `unsafe address in report: ${o.unsafe.slice(0, 3).join(', ')}`;
  if (o.ms > o.bound)
    return `too slow: ${o.ms.toFixed(0)} ms for ${o.mb.toFixed(3)} MB (bound ${o.bound.toFixed(0)} ms)`;
  return null;
}

/** Tallies for the long run. */
export class Tally {
  cases = 0;
  crashes = 0;
  schemaFailures = 0;
  unsafeFailures = 0;
  overBound = 0;
  parseErrors = 0;
  totalMs = 0;
  totalMB = 0;
  /** The slowest case per MB among cases of at least `minMB`. */
  slowestPerMB = { msPerMB: 0, ms: 0, mb: 0, label: '' };
  /** The slowest case outright. */
  slowest = { ms: 0, mb: 0, label: '' };
  /** The case closest to its bound. */
  worstRatio = { ratio: 0, ms: 0, bound: 0, label: '' };
  failures: string[] = [];

  constructor(readonly minMB = 0.1) {}

  add(c: Case, o: Outcome): void {
    this.cases++;
    if (o.parseError) {
      this.parseErrors++;
      return;
    }
    this.totalMs += o.ms;
    this.totalMB += o.mb;
    if (o.crash) this.crashes++;
    if (o.schema.length) this.schemaFailures++;
    if (o.unsafe.length) this.unsafeFailures++;
    if (o.ms > o.bound) this.overBound++;
    const why = verdict(o);
    if (why && this.failures.length < 50) this.failures.push(`${c.label}: ${why}`);
    if (o.mb >= this.minMB && o.ms / o.mb > this.slowestPerMB.msPerMB)
      this.slowestPerMB = { msPerMB: o.ms / o.mb, ms: o.ms, mb: o.mb, label: c.label };
    if (o.ms > this.slowest.ms) this.slowest = { ms: o.ms, mb: o.mb, label: c.label };
    if (o.ms / o.bound > this.worstRatio.ratio)
      this.worstRatio = { ratio: o.ms / o.bound, ms: o.ms, bound: o.bound, label: c.label };
  }
}
