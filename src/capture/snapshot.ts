/**
 * The whole page as one HTML file, as the reader sees it: styles inlined where the page lets
 * them be read, images embedded up to a size cap, form fields as typed; scripts, frames,
 * plugins and event handlers out. Everything that could not be kept is listed in plain words.
 *
 * It reads the live Document and writes only to a copy in an inert document (one without a
 * browsing context, so nothing in the copy loads or runs). Fetching images is the caller's:
 * the content script passes `fetch`, tests pass a fake. The result still goes through
 * `sanitizeHtml` (makeCapture does that) before it is stored.
 */
import { bytesToBase64 } from './bytes';
import type { Snapshot } from './model';
import { isDataImage, urlScheme } from './url-scheme';

export const MB = 1024 * 1024;

/** What a fetcher got for one image. */
export interface FetchedImage {
  /** The Content-Type the server sent (`image/png`, parameters allowed). */
  type: string;
  /** The size in bytes, when known even if the bytes were not read. */
  size: number;
  /** The bytes; null when the fetcher stopped reading because `size` is over its limit. */
  bytes: Uint8Array | null;
}

/** Fetches one image; null when it cannot. It may stop reading past `maxBytes`. */
export type FetchImage = (url: string, maxBytes: number) => Promise<FetchedImage | null>;

/**
 * Fetches a style sheet the page may not read (another origin without CORS, a CDN): its text,
 * or why not, in a few words ("no access to cdn.example", "HTTP 404").
 */
export type FetchStyleSheet = (url: string) => Promise<{ css: string } | { error: string }>;

export interface SnapshotOptions {
  /** Without it images are not embedded, and each is listed as not fetched. */
  fetchImage?: FetchImage;
  /** Without it a style sheet the page may not read is listed as not kept. */
  fetchStyleSheet?: FetchStyleSheet;
  /** Largest image embedded (bytes); default 2 MB. */
  maxImageBytes?: number;
  /** Most bytes of images embedded in all (bytes); default 20 MB. */
  maxTotalBytes?: number;
  /**
   * The attribute that marks the extension's own elements in the page: its highlight wrappers
   * (`<mark>`, unwrapped) and any element or style sheet of its own (removed).
   */
  ownMarker?: string;
}

// Ahead of the image being embedded, so a slow server does not hold up the rest.
const FETCH_AHEAD = 3;
const FRAMES = 'iframe, frame, frameset, portal, fencedframe';
const PLUGINS = 'object, embed, applet';
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'poster', 'data'];
// Attributes holding an address followed on a click: made absolute, since the sanitiser drops
// the <base> element the copy gets.
const LINK_ATTRS: Record<string, string> = {
  a: 'href',
  area: 'href',
  form: 'action',
  button: 'formaction',
  blockquote: 'cite',
  q: 'cite',
  del: 'cite',
  ins: 'cite',
};

/** Takes a snapshot of `doc`; `doc` itself is only read. */
export async function snapshotPage(
  doc: Document,
  options: SnapshotOptions = {},
): Promise<Snapshot> {
  const omitted = new Omissions();
  const root = doc.documentElement;
  if (!root) return { html: '', omitted: ['the page has no content'] };
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(root, true) as Element;
  const twin = twins(root, copy);
  const base = doc.baseURI;

  await inlineStyleSheets(doc, inert, twin, omitted, options);
  keepFormValues(twin, omitted);
  const images = collectImages(twin, copy);
  if (options.ownMarker) removeOwn(copy, options.ownMarker);
  removeActiveContent(twin, copy, base, omitted);
  cleanAttributes(copy, base, omitted);
  setBase(inert, copy, base);
  await embedImages(images, options, omitted);
  return { html: `<!DOCTYPE html>\n${copy.outerHTML}`, omitted: omitted.list() };
}

/** Each live element and its copy: the same tree walked in the same order. */
function twins(root: Element, copy: Element): Map<Element, Element> {
  const live = [root, ...Array.from(root.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  return new Map(live.map((el, i) => [el, copies[i] as Element]));
}

/** What was left out: single items in order, counted kinds as "what (n)". */
class Omissions {
  private readonly items = new Map<string, number>();
  private readonly counted = new Set<string>();
  add(what: string): void {
    this.items.set(what, (this.items.get(what) ?? 0) + 1);
  }
  count(what: string): void {
    this.counted.add(what);
    this.add(what);
  }
  list(): string[] {
    return [...this.items].map(([what, n]) => (this.counted.has(what) ? `${what} (${n})` : what));
  }
}

// --- styles ----------------------------------------------------------------------------------

async function inlineStyleSheets(
  doc: Document,
  inert: Document,
  twin: Map<Element, Element>,
  omitted: Omissions,
  { ownMarker, fetchStyleSheet }: SnapshotOptions,
): Promise<void> {
  const done = new Set<Element>();
  for (const sheet of Array.from(doc.styleSheets)) {
    const owner = sheet.ownerNode as Element | null;
    const target = owner ? twin.get(owner) : undefined;
    if (!owner || !target || (ownMarker && owner.hasAttribute(ownMarker))) continue;
    done.add(target);
    if (sheet.disabled) {
      target.remove();
      continue;
    }
    let css = readRules(sheet, omitted);
    if (css === null) {
      // Another origin's sheet (a CDN's): fetched again, without cookies, where allowed.
      const got = fetchStyleSheet && sheet.href ? await fetchStyleSheet(sheet.href) : null;
      if (got && 'css' in got) css = got.css;
      else {
        const why = got ? got.error : 'not readable by the extension';
        omitted.add(`stylesheet from ${hostOf(sheet.href, doc.baseURI)} (${why})`);
        target.remove();
        continue;
      }
    }
    const style = inert.createElement('style');
    const media = sheet.media?.mediaText;
    if (media && media !== 'all') style.setAttribute('media', media);
    style.textContent = css;
    target.replaceWith(style);
  }
  // A sheet the page never loaded (a failed or blocked request) has nothing to inline.
  for (const [live, copy] of twin) {
    if (done.has(copy) || copy.localName !== 'link' || !isStylesheetLink(copy)) continue;
    if (!(ownMarker && live.hasAttribute(ownMarker))) {
      omitted.add(
        `stylesheet ${short((live as HTMLLinkElement).href ?? '')} (not loaded by the page)`,
      );
    }
    copy.remove();
  }
  const adopted = (doc as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  for (const sheet of adopted) {
    const css = readRules(sheet, omitted);
    if (css === null) continue;
    const style = inert.createElement('style');
    style.textContent = css;
    (twin.get(doc.head as Element) ?? twin.get(doc.documentElement))?.append(style);
  }
}

function isStylesheetLink(el: Element): boolean {
  return (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet');
}

/** The sheet's rules as text, @import-ed sheets inlined; null when the page may not read it. */
function readRules(sheet: CSSStyleSheet, omitted: Omissions, depth = 0): string | null {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    // A cross-origin sheet without CORS: the browser throws a SecurityError.
    return null;
  }
  const parts: string[] = [];
  for (const rule of Array.from(rules)) {
    const imported = (rule as CSSImportRule).styleSheet;
    if (imported === undefined) {
      parts.push(rule.cssText);
      continue;
    }
    const css = imported && depth < 8 ? readRules(imported, omitted, depth + 1) : null;
    if (css === null) {
      const href = (rule as CSSImportRule).href;
      omitted.add(
        `stylesheet from ${hostOf(href, sheet.href ?? '')} (not readable by the extension)`,
      );
      continue;
    }
    const media = (rule as CSSImportRule).media?.mediaText;
    parts.push(media && media !== 'all' ? `@media ${media} {\n${css}\n}` : css);
  }
  return parts.join('\n');
}

function hostOf(href: string | null | undefined, base: string): string {
  if (!href) return 'this page';
  try {
    return new URL(href, base).host || 'this page';
  } catch {
    return 'this page';
  }
}

// --- form fields -----------------------------------------------------------------------------

/** Writes what the reader typed or chose into the copy's attributes, which serialise. */
function keepFormValues(twin: Map<Element, Element>, omitted: Omissions): void {
  for (const [live, copy] of twin) {
    switch (live.localName) {
      case 'input': {
        const input = live as HTMLInputElement;
        const type = (input.type ?? '').toLowerCase();
        if (type === 'password') {
          if (input.value) omitted.count('password fields left empty');
          copy.removeAttribute('value');
        } else if (type === 'checkbox' || type === 'radio') {
          copy.toggleAttribute('checked', input.checked);
        } else if (type !== 'file' && typeof input.value === 'string') {
          copy.setAttribute('value', input.value);
        }
        break;
      }
      case 'textarea':
        copy.textContent = (live as HTMLTextAreaElement).value ?? '';
        break;
      case 'option':
        copy.toggleAttribute('selected', (live as HTMLOptionElement).selected);
        break;
    }
  }
}

// --- images ----------------------------------------------------------------------------------

interface PendingImage {
  copy: Element;
  url: string;
}

/** The image each <img> shows (currentSrc, else src); srcset and <picture> sources dropped. */
function collectImages(twin: Map<Element, Element>, copy: Element): PendingImage[] {
  const out: PendingImage[] = [];
  for (const [live, twinCopy] of twin) {
    if (live.localName !== 'img') continue;
    const img = live as HTMLImageElement;
    const url = img.currentSrc || img.src || '';
    twinCopy.removeAttribute('srcset');
    twinCopy.removeAttribute('sizes');
    if (url) out.push({ copy: twinCopy, url });
    else twinCopy.removeAttribute('src');
  }
  for (const source of Array.from(copy.querySelectorAll('picture > source'))) source.remove();
  return out;
}

async function embedImages(
  images: PendingImage[],
  options: SnapshotOptions,
  omitted: Omissions,
): Promise<void> {
  const maxImage = options.maxImageBytes ?? 2 * MB;
  const maxTotal = options.maxTotalBytes ?? 20 * MB;
  const fetchImage = options.fetchImage;
  const fetched = new Map<string, Promise<FetchedImage | null>>();
  const get = (url: string) => {
    let got = fetched.get(url);
    if (!got) {
      got = fetchImage ? fetchImage(url, maxImage).catch(() => null) : Promise.resolve(null);
      fetched.set(url, got);
    }
    return got;
  };
  let total = 0;
  for (const [i, image] of images.entries()) {
    for (const next of images.slice(i + 1, i + 1 + FETCH_AHEAD)) {
      if (total < maxTotal && fetchable(next.url)) void get(next.url);
    }
    const { copy, url } = image;
    copy.removeAttribute('src');
    let embedded: { dataUrl: string; size: number } | null = null;
    if (isDataImage(url)) {
      embedded = { dataUrl: url, size: Math.floor((url.length - url.indexOf(',') - 1) * 0.75) };
    } else if (!fetchable(url)) {
      omitted.add(`image ${short(url)} (not a web address)`);
      continue;
    } else if (!fetchImage) {
      omitted.add(`image ${short(url)} (not fetched)`);
      continue;
    } else if (total >= maxTotal) {
      omitted.add(`image ${short(url)} (over the ${size(maxTotal)} cap for all images)`);
      continue;
    } else {
      const got = await get(url);
      const type = (got?.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!got || (got.bytes === null && got.size <= maxImage)) {
        omitted.add(`image ${short(url)} could not be fetched`);
        continue;
      }
      if (!/^image\/[a-z0-9.+-]+$/.test(type)) {
        omitted.add(`image ${short(url)} (not an image file)`);
        continue;
      }
      embedded =
        got.bytes && got.size <= maxImage
          ? { dataUrl: `data:${type};base64,${bytesToBase64(got.bytes)}`, size: got.bytes.length }
          : { dataUrl: '', size: got.size };
    }
    if (embedded.size > maxImage) {
      omitted.add(`image ${short(url)} (${size(embedded.size)}, over the ${size(maxImage)} cap)`);
    } else if (total + embedded.size > maxTotal) {
      omitted.add(`image ${short(url)} (over the ${size(maxTotal)} cap for all images)`);
    } else {
      copy.setAttribute('src', embedded.dataUrl);
      total += embedded.size;
    }
  }
}

function fetchable(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'http' || scheme === 'https' || scheme === 'blob';
}

/** "3.1 MB", "2 MB", "340 KB". */
export function size(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

/** An address short enough to list; inline data is named, not quoted. */
function short(url: string): string {
  if (/^\s*data:/i.test(url)) return 'inline data';
  return url.length > 160 ? `${url.slice(0, 157)}…` : url;
}

// --- what must not run -----------------------------------------------------------------------

function removeOwn(copy: Element, marker: string): void {
  for (const el of Array.from(copy.querySelectorAll(`[${marker}]`))) {
    if (el.localName === 'mark') el.replaceWith(...Array.from(el.childNodes));
    else el.remove();
  }
}

function removeActiveContent(
  twin: Map<Element, Element>,
  copy: Element,
  base: string,
  omitted: Omissions,
): void {
  const liveOf = new Map<Element, Element>();
  for (const [live, c] of twin) liveOf.set(c, live);
  const srcOf = (el: Element) => {
    const live = liveOf.get(el) as (Element & { currentSrc?: string; src?: string }) | undefined;
    const raw = live?.currentSrc || live?.src || el.getAttribute('src') || el.getAttribute('data');
    return raw ? ` ${short(resolve(raw, base) ?? raw)}` : '';
  };
  for (const el of Array.from(copy.querySelectorAll('script'))) {
    omitted.count('script elements');
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll('noscript'))) {
    omitted.count('noscript elements');
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll(FRAMES))) {
    if (!copy.contains(el)) continue; // inside a frameset already removed
    omitted.add(`embedded frame${srcOf(el)}`);
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll(PLUGINS))) {
    if (!copy.contains(el)) continue; // the fallback of an object already removed
    omitted.add(`embedded object${srcOf(el)}`);
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll('canvas'))) {
    omitted.count('canvas drawings');
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll('video, audio'))) {
    omitted.add(`${el.localName}${srcOf(el)}`);
    el.remove();
  }
  for (const el of Array.from(copy.querySelectorAll('base'))) el.remove();
}

function cleanAttributes(copy: Element, base: string, omitted: Omissions): void {
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) {
        omitted.count('event-handler attributes');
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name) && !safeScheme(attr.value)) {
        omitted.count('unsafe addresses');
        el.removeAttribute(attr.name);
      }
    }
    const linkAttr = LINK_ATTRS[el.localName];
    const value = linkAttr ? el.getAttribute(linkAttr) : null;
    if (linkAttr && value && !value.trim().startsWith('#') && urlScheme(value) === null) {
      const absolute = resolve(value, base);
      if (absolute) el.setAttribute(linkAttr, absolute);
    }
  }
}

function safeScheme(value: string): boolean {
  const scheme = urlScheme(value);
  if (scheme === 'data') return isDataImage(value);
  return scheme !== 'javascript' && scheme !== 'vbscript';
}

function resolve(value: string, base: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}

/** A <base> first in <head>, so what is still relative resolves against the page's address. */
function setBase(inert: Document, copy: Element, base: string): void {
  if (!/^https?:/i.test(base)) return;
  let head = copy.querySelector('head');
  if (!head) {
    head = inert.createElement('head');
    copy.prepend(head);
  }
  const el = inert.createElement('base');
  el.setAttribute('href', base);
  head.prepend(el);
}
