/** Style sheets inlined as <style>: read where the page may, fetched again where it may not. */
import type { Omissions } from './omissions';
import { short } from './omissions';
import type { SnapshotOptions } from './options';

export async function inlineStyleSheets(
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
