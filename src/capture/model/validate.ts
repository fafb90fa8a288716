/**
 * Strict structural validation of a capture, used wherever one arrives from outside the code
 * that built it: file imports and extension messages. Unknown fields are refused so a foreign
 * or newer object is not half-read.
 */

import { safeHttpUrl } from '../safety/safe-url';
import {
  arr,
  each,
  fail,
  has,
  Invalid,
  int,
  isoDateTime,
  type Obj,
  obj,
  oneOf,
  onlyKeys,
  str,
} from './check';
import { CAPTURE_FORMAT_VERSION, type Capture, type Result } from './model';
import { checkReport, checkVerification, EVIDENCE_SOURCES } from './validate-report';

const CAPTURE_KEYS = [
  'id',
  'version',
  'url',
  'title',
  'savedAt',
  'report',
  'articleHtml',
  'snapshot',
  'screenshot',
  'annotations',
  'note',
  'tags',
] as const;
/** Fields a capture may leave out: older captures were saved without them. */
const OPTIONAL_KEYS = ['verifications'] as const;
const ANNOTATION_KEYS = ['id', 'motivation', 'created', 'creator', 'target', 'body', 'evidence'];

const CAPTURE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
// Whole base64 quads only, so decoding can never fail later in an exporter.
const PNG_DATA_URL =
  /^data:image\/png;base64,(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Checks that `x` is a well-formed capture of this version; the value is `x` itself. */
export function validateCapture(x: unknown): Result<Capture> {
  try {
    checkCapture(x, 'capture');
    return { ok: true, value: x as Capture };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    // A hostile object (a throwing getter, a huge nesting) must not escape as an exception.
    return { ok: false, error: `capture could not be read: ${String(e).split('\n')[0]}` };
  }
}

function checkCapture(v: unknown, path: string): void {
  const c = obj(v, path);
  has(c, path, CAPTURE_KEYS);
  onlyKeys(c, path, [...CAPTURE_KEYS, ...OPTIONAL_KEYS]);
  if (typeof c.id !== 'string' || !CAPTURE_ID.test(c.id)) {
    fail(`${path}.id`, 'must be 1–128 letters, digits, ".", "_", ":" or "-"');
  }
  if (c.version !== CAPTURE_FORMAT_VERSION) {
    fail(`${path}.version`, `must be ${CAPTURE_FORMAT_VERSION} (this version's capture format)`);
  }
  const url = str(c.url, `${path}.url`);
  if (safeHttpUrl(url) === null) fail(`${path}.url`, 'must be an http(s) address');
  str(c.title, `${path}.title`);
  isoDateTime(c.savedAt, `${path}.savedAt`);
  checkReport(c.report, `${path}.report`);
  str(c.articleHtml, `${path}.articleHtml`);
  checkSnapshot(c.snapshot, `${path}.snapshot`);
  if (c.screenshot !== null) checkScreenshot(c.screenshot, `${path}.screenshot`);
  const ids = new Set<string>();
  each(c.annotations, `${path}.annotations`, (a, p) => {
    const id = checkAnnotation(a, p, url);
    if (ids.has(id)) fail(`${p}.id`, `repeats ${JSON.stringify(id)}`);
    ids.add(id);
  });
  str(c.note, `${path}.note`);
  each(c.tags, `${path}.tags`, (t, p) => str(t, p, { nonEmpty: true }));
  if (c.verifications !== undefined) {
    each(c.verifications, `${path}.verifications`, checkVerification);
  }
}

function checkSnapshot(v: unknown, path: string): void {
  const s = obj(v, path);
  has(s, path, ['html', 'omitted']);
  onlyKeys(s, path, ['html', 'omitted']);
  str(s.html, `${path}.html`);
  each(s.omitted, `${path}.omitted`, (o, p) => str(o, p));
}

function checkScreenshot(v: unknown, path: string): void {
  const s = obj(v, path);
  has(s, path, ['dataUrl', 'width', 'height']);
  onlyKeys(s, path, ['dataUrl', 'width', 'height']);
  if (typeof s.dataUrl !== 'string' || !PNG_DATA_URL.test(s.dataUrl)) {
    fail(`${path}.dataUrl`, 'must be a base64 PNG data URL (data:image/png;base64,…)');
  }
  int(s.width, `${path}.width`, 1);
  int(s.height, `${path}.height`, 1);
}

function checkAnnotation(v: unknown, path: string, pageUrl: string): string {
  const a = obj(v, path);
  has(a, path, ANNOTATION_KEYS);
  onlyKeys(a, path, ANNOTATION_KEYS);
  const id = str(a.id, `${path}.id`);
  if (!ABSOLUTE_IRI.test(id)) fail(`${path}.id`, 'must be an absolute IRI such as urn:uuid:…');
  const motivation = oneOf(a.motivation, `${path}.motivation`, [
    'highlighting',
    'commenting',
    'identifying',
  ]);
  isoDateTime(a.created, `${path}.created`);
  oneOf(a.creator, `${path}.creator`, ['extension', 'user']);
  checkTarget(obj(a.target, `${path}.target`), `${path}.target`, pageUrl);
  if (a.body !== null) str(a.body, `${path}.body`);
  if (motivation === 'commenting' && (typeof a.body !== 'string' || !a.body.trim())) {
    fail(`${path}.body`, 'must hold the comment for a commenting annotation');
  }
  if (a.evidence !== null) {
    const e = obj(a.evidence, `${path}.evidence`);
    onlyKeys(e, `${path}.evidence`, ['kind', 'source']);
    str(e.kind, `${path}.evidence.kind`, { nonEmpty: true });
    oneOf(e.source, `${path}.evidence.source`, EVIDENCE_SOURCES);
  }
  return id;
}

function checkTarget(t: Obj, path: string, pageUrl: string): void {
  onlyKeys(t, path, ['source', 'selector']);
  if (t.source !== pageUrl) fail(`${path}.source`, "must be the capture's url");
  const sel = arr(t.selector, `${path}.selector`);
  if (sel.length < 1 || sel.length > 2) fail(`${path}.selector`, 'must hold one or two selectors');
  const quote = obj(sel[0], `${path}.selector[0]`);
  onlyKeys(quote, `${path}.selector[0]`, ['type', 'exact', 'prefix', 'suffix']);
  if (quote.type !== 'TextQuoteSelector')
    fail(`${path}.selector[0].type`, 'must be "TextQuoteSelector"');
  str(quote.exact, `${path}.selector[0].exact`, { nonEmpty: true });
  str(quote.prefix, `${path}.selector[0].prefix`);
  str(quote.suffix, `${path}.selector[0].suffix`);
  if (sel.length === 2) {
    const pos = obj(sel[1], `${path}.selector[1]`);
    onlyKeys(pos, `${path}.selector[1]`, ['type', 'start', 'end']);
    if (pos.type !== 'TextPositionSelector') {
      fail(`${path}.selector[1].type`, 'must be "TextPositionSelector"');
    }
    const start = int(pos.start, `${path}.selector[1].start`);
    int(pos.end, `${path}.selector[1].end`, start + 1);
  }
}
