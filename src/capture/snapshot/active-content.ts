/** What must not run or load in the copy: scripts, frames, plugins, handlers, unsafe addresses. */
import { isDataImage, urlScheme } from '../safety/url-scheme';
import { type Omissions, short } from './omissions';

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

export function removeOwn(copy: Element, marker: string): void {
  for (const el of Array.from(copy.querySelectorAll(`[${marker}]`))) {
    if (el.localName === 'mark') el.replaceWith(...Array.from(el.childNodes));
    else el.remove();
  }
}

export function removeActiveContent(
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

export function cleanAttributes(copy: Element, base: string, omitted: Omissions): void {
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
export function setBase(inert: Document, copy: Element, base: string): void {
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
