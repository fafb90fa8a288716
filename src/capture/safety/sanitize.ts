/**
 * Makes captured HTML inert: nothing in it may run, and nothing may load from the network when
 * the capture is opened later (which would tell the page's owner that someone is looking).
 * It works on a DOM from the caller's parser: DOMParser in the extension, linkedom in Node.
 */
import { sanitizeCss } from './css';
import { isDataImage, urlScheme } from './url-scheme';

/** html → Document, e.g. `(h) => new DOMParser().parseFromString(h, 'text/html')`. */
export type ParseHtml = (html: string) => Document;

export interface SanitizeResult {
  html: string;
  /** What was taken out, in plain words with counts, e.g. "script elements (3)". */
  removed: string[];
}

// Elements removed with their content. The raw-text legacy elements (xmp, noembed…) and
// noscript are dropped because parsers disagree on them, the root of mutation-XSS tricks.
const DROP: Record<string, string> = {
  script: 'script elements',
  noscript: 'noscript elements',
  iframe: 'embedded frames',
  frame: 'embedded frames',
  frameset: 'embedded frames',
  portal: 'embedded frames',
  fencedframe: 'embedded frames',
  object: 'embedded objects',
  embed: 'embedded objects',
  applet: 'embedded objects',
  base: 'base element',
  template: 'template elements',
  xmp: 'legacy raw-text elements',
  noembed: 'legacy raw-text elements',
  noframes: 'legacy raw-text elements',
  plaintext: 'legacy raw-text elements',
};

// Attributes that make the browser fetch something as soon as the page is shown.
const LOADS = new Set(['src', 'poster', 'background', 'lowsrc', 'dynsrc', 'data', 'codebase']);
const LOADS_ALWAYS = new Set(['srcset', 'imagesrcset', 'ping', 'archive', 'manifest', 'profile']);
// Attributes that hold an address followed only on a click or a submit.
const LINKS = new Set(['href', 'action', 'formaction', 'cite', 'longdesc', 'icon', 'usemap']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
// In SVG these elements fetch what their href names.
const SVG_LOADERS = new Set(['image', 'use', 'feimage', 'script', 'pattern', 'filter']);
// rel values that only describe a relation and never trigger a fetch.
const QUIET_RELS = new Set([
  'canonical',
  'author',
  'license',
  'alternate',
  'shortlink',
  'next',
  'prev',
]);

/** Sanitises a whole document or a fragment; the output has the same shape as the input. */
export function sanitizeHtml(html: string, parse: ParseHtml): SanitizeResult {
  const removed = new Map<string, number>();
  let out = pass(html, parse, removed);
  // A second pass over the serialised output catches markup that only turns dangerous after a
  // serialise-and-reparse round trip (mutation XSS); on sane input it finds nothing.
  out = pass(out, parse, removed);
  return { html: out, removed: [...removed].map(([what, n]) => `${what} (${n})`) };
}

function pass(html: string, parse: ParseHtml, removed: Map<string, number>): string {
  // One lazy group spans any run of leading comments: repeated, it backtracked exponentially.
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)?(?:<!doctype|<html)/i.test(html);
  // linkedom cannot parse a bare fragment, so fragments get a document around them.
  const doc = parse(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const note = (what: string) => removed.set(what, (removed.get(what) ?? 0) + 1);
  for (const el of Array.from(doc.querySelectorAll('*'))) cleanElement(el, note);
  if (whole) return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  return doc.body?.innerHTML ?? '';
}

function cleanElement(el: Element, note: (what: string) => void): void {
  const name = el.localName.toLowerCase();
  const drop = DROP[name] ?? dropReason(el, name);
  if (drop) {
    note(drop);
    el.remove();
    return;
  }
  if (name === 'style') {
    const { css, changed } = sanitizeCss(el.textContent ?? '');
    if (changed) {
      el.textContent = css;
      note('remote loads in stylesheets');
    }
  }
  for (const attr of Array.from(el.attributes)) cleanAttribute(el, name, attr, note);
}

function dropReason(el: Element, name: string): string | null {
  if (name === 'meta') {
    const equiv = (el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    if (equiv === 'refresh') return 'meta refresh';
    if (equiv && equiv !== 'content-type' && equiv !== 'content-language') return 'meta http-equiv';
  }
  if (name === 'link') {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (rels.includes('stylesheet')) return 'remote stylesheets';
    if (rels.length === 0 || rels.some((r) => !QUIET_RELS.has(r))) return 'preload and icon links';
  }
  // SVG animation can set an href to a script address after sanitising has run.
  if (name === 'set' || name.startsWith('animate')) {
    if (/href$/i.test(el.getAttribute('attributeName') ?? '')) return 'SVG link animations';
  }
  return null;
}

function cleanAttribute(el: Element, name: string, attr: Attr, note: (what: string) => void): void {
  const full = attr.name.toLowerCase();
  const local = full.slice(full.indexOf(':') + 1);
  if (local === 'style') {
    const { css, changed } = sanitizeCss(attr.value);
    if (!changed) return;
    if (css.trim()) el.setAttribute(attr.name, css);
    else el.removeAttribute(attr.name);
    note('remote loads in styles');
    return;
  }
  const reason = attributeProblem(name, local, attr.value);
  if (reason) {
    el.removeAttribute(attr.name);
    note(reason);
  }
}

/** Why an attribute must go, or null when it may stay. */
function attributeProblem(element: string, local: string, value: string): string | null {
  if (local.startsWith('on')) return 'event-handler attributes';
  if (local === 'srcdoc') return 'embedded documents';
  if (LOADS_ALWAYS.has(local)) return 'remote image and media sources';
  if (LOADS.has(local) || (local === 'href' && SVG_LOADERS.has(element))) {
    // A fragment (`<use href="#icon">`) points inside the page and loads nothing.
    if (isDataImage(value) || (local === 'href' && value.trim().startsWith('#'))) return null;
    return urlScheme(value) === null || isWeb(value)
      ? 'remote image and media sources'
      : 'unsafe addresses';
  }
  if (LINKS.has(local)) {
    const scheme = urlScheme(value);
    if (scheme !== null && !LINK_SCHEMES.has(scheme)) return 'unsafe addresses';
  }
  return null;
}

function isWeb(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === 'http' || scheme === 'https';
}
