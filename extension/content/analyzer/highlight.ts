/**
 * Highlights on the page, in layers: "Show on page" (one quote, scrolled to), the reader's own
 * annotations (every one they made, in another colour), and the words they are commenting on
 * while the annotate window is open. The CSS Custom Highlight API paints Ranges without
 * touching the DOM; where it is missing, the text nodes are wrapped in <mark> elements that
 * clearing removes again. The page's text is never changed.
 */
import type { HighlightRequest } from '../../shared/protocol';
import { findQuote, fold, indexText, rangeAt } from './text-index';

/** Marks every element this extension adds to a page, so a snapshot can leave them out. */
export const MARKER = 'data-provenance-lens';

export interface Layer {
  /** The highlight's name in `CSS.highlights`, and the marker's value on fallback <mark>s. */
  name: string;
  css: string;
}

export const QUOTE_LAYER: Layer = {
  name: 'provenance-lens',
  css: 'background-color: #ffd54a; color: #111; outline: 2px solid #b45309;',
};

export const NOTE_LAYER: Layer = {
  name: 'provenance-lens-note',
  css: 'background-color: #bae6fd; color: #111; text-decoration: underline 2px #0369a1;',
};

/** The words the reader is commenting on in the annotate window, until they save or cancel. */
export const PENDING_LAYER: Layer = {
  name: 'provenance-lens-pending',
  css: 'background-color: #e0f2fe; color: #111; text-decoration: underline dashed 2px #0369a1;',
};

/** Highlights the quote; false when it is not on the page. */
export function highlightQuote(doc: Document, req: HighlightRequest): boolean {
  clearHighlights(doc);
  const body = doc.body;
  if (!body) return false;
  const index = indexText(body);
  const quote = req.text.replace(/\s+/g, ' ').trim();
  const at = findQuote(index, quote, req.position?.start ?? null);
  if (at === null) return false;
  const range = rangeAt(index, at, quote.length);
  if (!range) return false;
  const target = paint(doc, QUOTE_LAYER, [range]);
  scrollTo(doc, target);
  return true;
}

/**
 * "Show differences": highlights every passage found on the page (in the "Show on page" layer,
 * which it replaces) and scrolls to the first; returns how many were found. A passage is the
 * article's text (`articleText`), whose paragraphs are apart: each paragraph of it is looked
 * for on its own, after the previous one found, since the page may run paragraphs together.
 */
export function highlightPassages(doc: Document, passages: string[]): number {
  clearHighlights(doc);
  const body = doc.body;
  if (!body) return 0;
  const index = indexText(body);
  const hay = fold(index.text);
  const ranges: Range[] = [];
  let found = 0;
  let from = 0;
  for (const passage of passages) {
    let any = false;
    for (const line of passage.split(/\n+/)) {
      const quote = fold(line.replace(/\s+/g, ' ').trim());
      // In order after the previous passage, else anywhere (one found out of place).
      let at = quote ? hay.indexOf(quote, from) : -1;
      if (at === -1 && quote) at = hay.indexOf(quote);
      const range = at === -1 ? null : rangeAt(index, at, quote.length);
      if (!range) continue;
      ranges.push(range);
      if (at >= from) from = at + quote.length;
      any = true;
    }
    if (any) found++;
  }
  if (ranges.length) scrollTo(doc, paint(doc, QUOTE_LAYER, ranges));
  return found;
}

/** Removes the "Show on page" highlight (the reader's annotations stay). */
export function clearHighlights(doc: Document): void {
  clearLayer(doc, QUOTE_LAYER);
}

/** Removes every highlight of one layer from `doc`. */
export function clearLayer(doc: Document, layer: Layer): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  view?.CSS?.highlights?.delete(layer.name);
  doc.getElementById(`${layer.name}-style`)?.remove();
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARKER}="${layer.name}"]`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    // Rejoin the text nodes that wrapping split, leaving the DOM as it was.
    parent?.normalize();
  }
}

/**
 * Paints `ranges` as the layer's highlight, replacing what the layer showed before; returns
 * the element where the first range starts (to scroll to).
 */
export function paint(doc: Document, layer: Layer, ranges: Range[]): Element | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.CSS?.highlights && typeof view.Highlight === 'function') {
    if (!doc.getElementById(`${layer.name}-style`)) {
      const style = doc.createElement('style');
      style.id = `${layer.name}-style`;
      style.setAttribute(MARKER, layer.name);
      style.textContent = `::highlight(${layer.name}) { ${layer.css} }`;
      (doc.head ?? doc.documentElement).append(style);
    }
    view.CSS.highlights.set(layer.name, new view.Highlight(...ranges));
    const start = ranges[0]?.startContainer;
    if (!start) return null;
    return start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  }
  clearLayer(doc, layer);
  let first: Element | null = null;
  for (const range of ranges) {
    const mark = wrap(doc, layer, range);
    first ??= mark;
  }
  return first;
}

/** Fallback: wraps each text node the range touches in a <mark>; returns the first one. */
function wrap(doc: Document, layer: Layer, range: Range): Element | null {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode; n; n = walker.nextNode() as Node) {
    if (n.nodeType === Node.TEXT_NODE && range.intersectsNode(n)) texts.push(n as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  let first: Element | null = null;
  for (let node of texts) {
    if (node === endContainer) node.splitText(endOffset);
    if (node === startContainer && startOffset > 0) node = node.splitText(startOffset);
    if (!node.data.trim()) continue;
    const mark = doc.createElement('mark');
    mark.setAttribute(MARKER, layer.name);
    mark.setAttribute('style', layer.css);
    node.replaceWith(mark);
    mark.append(node);
    first ??= mark;
  }
  return first;
}

function scrollTo(doc: Document, el: Element | null): void {
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  // A page out of view (the popup opened as a tab, or beside the page) is scrolled at once:
  // Firefox does not run a smooth scroll in a hidden tab, and the reader would come back to
  // the page where it was.
  const smooth = !reduce && doc.visibilityState !== 'hidden';
  el?.scrollIntoView?.({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
