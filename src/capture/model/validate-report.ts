/**
 * Structural check of a provenance report inside a capture. It mirrors `report.schema.json`
 * (the contract) without a schema library, so it runs in the extension as well as in Node.
 * Unknown report fields are allowed: the contract lets the report grow.
 */
import { REPORT_SCHEMA, type Report } from '../../report';
import { STATUSES } from '../../status/vocabulary';
import { safeHttpUrl } from '../safety/safe-url';
import {
  bool,
  each,
  fail,
  has,
  int,
  isoDateOrNull,
  isoDateTime,
  type Obj,
  obj,
  oneOf,
  onlyKeys,
  str,
  strOrNull,
} from './check';

const ROLES = ['host', 'intermediate', 'original'] as const;
const SOURCES = ['text', 'meta', 'json-ld', 'link', 'url'] as const;
const REQUIREMENTS = [
  'credit-source',
  'keep-copyright',
  'link-original',
  'no-edits',
  'non-commercial',
  'ask-permission',
] as const;

/** Throws `Invalid` at the first problem; returns the same object typed as a report. */
export function checkReport(v: unknown, path: string): Report {
  const r = obj(v, path);
  has(r, path, ['schema', 'url', 'status', 'article', 'chain', 'copyright', 'license']);
  has(r, path, ['attribution', 'republishing', 'evidence']);
  if (r.schema !== REPORT_SCHEMA) fail(`${path}.schema`, `must be "${REPORT_SCHEMA}"`);
  httpUrlOrNull(r.url, `${path}.url`);
  const status = oneOf(r.status, `${path}.status`, STATUSES);
  if (r.article !== null) checkArticle(obj(r.article, `${path}.article`), `${path}.article`);
  const chain = each(r.chain, `${path}.chain`, checkHop);
  if (chain.length === 0) fail(`${path}.chain`, 'must hold at least the host');
  if (status === 'cross-post' && chain.length < 2) {
    fail(`${path}.chain`, 'must have two hops or more for a cross-post');
  }
  if (status !== 'cross-post' && chain.length > 1) {
    fail(`${path}.chain`, 'may have more than one hop only for a cross-post');
  }
  each(r.copyright, `${path}.copyright`, checkCopyright);
  if (r.license !== null) checkLicense(obj(r.license, `${path}.license`), `${path}.license`);
  if (r.attribution !== null) {
    const a = obj(r.attribution, `${path}.attribution`);
    for (const key of ['sourceNamed', 'copyrightKept', 'originalLinked']) {
      bool(a[key], `${path}.attribution.${key}`);
    }
  }
  if (r.republishing !== null) checkRepublishing(r.republishing, `${path}.republishing`);
  each(r.evidence, `${path}.evidence`, checkEvidence);
  if (r.summary !== undefined) str(r.summary, `${path}.summary`);
  if (r.warnings !== undefined) {
    each(r.warnings, `${path}.warnings`, (w, p) => str(w, p));
  }
  if (r.verification !== undefined && r.verification !== null) {
    checkVerification(r.verification, `${path}.verification`);
  }
  return v as Report;
}

const VERIFICATION_KEYS = [
  'url',
  'finalUrl',
  'checkedAt',
  'status',
  'containment',
  'coverage',
  'original',
  'dateOrder',
  'error',
  'unmatched',
] as const;
const VERIFICATION_STATUSES = [
  'same-text',
  'excerpt',
  'expanded',
  'different',
  'not-article',
  'unreachable',
] as const;
const DATE_ORDERS = ['original-first', 'same-day', 'copy-first', 'unknown'] as const;
const FETCH_ERRORS = ['timeout', 'too-large', 'not-html', 'network', 'blocked-scheme'] as const;

/**
 * A check of the chain against its original, as the contract gives it ("Verification of the
 * chain"), checked strictly, since a capture's checks are shown and exported: no field the
 * contract does not name, http(s) addresses only, shares from 0 to 1, an error only when the
 * original was unreachable.
 */
export function checkVerification(v: unknown, path: string): void {
  const c = obj(v, path);
  has(
    c,
    path,
    VERIFICATION_KEYS.filter((k) => k !== 'unmatched'),
  );
  onlyKeys(c, path, VERIFICATION_KEYS);
  httpAddress(c.url, `${path}.url`);
  if (c.finalUrl !== null) httpAddress(c.finalUrl, `${path}.finalUrl`);
  isoDateTime(c.checkedAt, `${path}.checkedAt`);
  const status = oneOf(c.status, `${path}.status`, VERIFICATION_STATUSES);
  share(c.containment, `${path}.containment`);
  share(c.coverage, `${path}.coverage`);
  if (c.original !== null) {
    const o = obj(c.original, `${path}.original`);
    has(o, `${path}.original`, ['title', 'publisher', 'publishedTime']);
    onlyKeys(o, `${path}.original`, ['title', 'publisher', 'publishedTime']);
    strOrNull(o.title, `${path}.original.title`);
    strOrNull(o.publisher, `${path}.original.publisher`);
    isoDateOrNull(o.publishedTime, `${path}.original.publishedTime`);
  }
  oneOf(c.dateOrder, `${path}.dateOrder`, DATE_ORDERS);
  if (status === 'unreachable') {
    const error = str(c.error, `${path}.error`);
    if (!(FETCH_ERRORS as readonly string[]).includes(error) && !/^http-\d{3}$/.test(error)) {
      fail(
        `${path}.error`,
        `must be one of ${FETCH_ERRORS.map((e) => JSON.stringify(e)).join(', ')} or "http-<code>"`,
      );
    }
  } else if (c.error !== null) {
    fail(`${path}.error`, 'must be null unless the original was unreachable');
  }
  if (c.unmatched !== undefined) {
    each(c.unmatched, `${path}.unmatched`, (u, p) => {
      const range = obj(u, p);
      has(range, p, ['start', 'end']);
      onlyKeys(range, p, ['start', 'end']);
      int(range.end, `${p}.end`, int(range.start, `${p}.start`));
    });
  }
}

/** A share from 0 to 1, or null. */
function share(v: unknown, path: string): void {
  if (v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
    fail(path, 'must be a number from 0 to 1, or null');
  }
}

/** An absolute http(s) address without a user name or password. */
function httpAddress(v: unknown, path: string): void {
  if (safeHttpUrl(str(v, path)) === null) fail(path, 'must be an http(s) address');
}

function checkArticle(a: Obj, path: string): void {
  has(a, path, ['title', 'byline', 'siteName', 'publishedTime', 'lang']);
  for (const key of ['title', 'byline', 'siteName', 'lang', 'excerpt', 'content']) {
    if (a[key] !== undefined) strOrNull(a[key], `${path}.${key}`);
  }
  isoDateOrNull(a.publishedTime, `${path}.publishedTime`);
  if (a.length !== undefined) int(a.length, `${path}.length`);
}

function checkHop(v: unknown, path: string): void {
  const h = obj(v, path);
  has(h, path, ['role', 'publisher', 'domain', 'url', 'date', 'evidence']);
  oneOf(h.role, `${path}.role`, ROLES);
  strOrNull(h.publisher, `${path}.publisher`);
  strOrNull(h.domain, `${path}.domain`);
  httpUrlOrNull(h.url, `${path}.url`);
  isoDateOrNull(h.date, `${path}.date`);
  each(h.evidence, `${path}.evidence`, checkEvidence);
}

function checkCopyright(v: unknown, path: string): void {
  const c = obj(v, path);
  has(c, path, ['text', 'holders', 'year']);
  str(c.text, `${path}.text`);
  each(c.holders, `${path}.holders`, (h, p) => str(h, p, { nonEmpty: true }));
  if (c.year !== null) int(c.year, `${path}.year`);
  if (c.scope !== undefined) oneOf(c.scope, `${path}.scope`, ['article', 'site', 'media', 'meta']);
}

function checkLicense(l: Obj, path: string): void {
  has(l, path, ['name', 'url', 'text']);
  strOrNull(l.name, `${path}.name`);
  httpUrlOrNull(l.url, `${path}.url`);
  strOrNull(l.text, `${path}.text`);
}

function checkRepublishing(v: unknown, path: string): void {
  const r = obj(v, path);
  str(r.text, `${path}.text`);
  const requires = each(r.requires, `${path}.requires`, (x, p) => oneOf(x, p, REQUIREMENTS));
  if (new Set(requires).size !== requires.length) fail(`${path}.requires`, 'must not repeat items');
}

/** Evidence as the report carries it; exported for the annotation check. */
export function checkEvidence(v: unknown, path: string): void {
  const e = obj(v, path);
  has(e, path, ['kind', 'text', 'source']);
  str(e.kind, `${path}.kind`, { nonEmpty: true });
  str(e.text, `${path}.text`);
  oneOf(e.source, `${path}.source`, SOURCES);
  if (e.strength !== undefined) oneOf(e.strength, `${path}.strength`, ['strong', 'weak']);
  if (e.position !== undefined && e.position !== null) {
    const p = obj(e.position, `${path}.position`);
    int(p.start, `${path}.position.start`);
    int(p.end, `${path}.position.end`);
  }
}

function httpUrlOrNull(v: unknown, path: string): void {
  if (v === null) return;
  if (!/^https?:\/\//.test(str(v, path))) fail(path, 'must be an http(s) address or null');
}

export { SOURCES as EVIDENCE_SOURCES };
