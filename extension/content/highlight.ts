/**
 * "Show on page": highlights one quote and scrolls to it. The CSS Custom Highlight API paints
 * a Range without touching the DOM; where it is missing, the text nodes are wrapped in <mark>
 * elements that `clearHighlights` removes again. The page's text is never changed.
 */
import type { HighlightRequest } from '../shared/protocol';
import { findQuote, indexText, rangeAt } from './text-index';

const NAME = 'provenance-lens';
const MARK_ATTR = 'data-provenance-lens';
const COLOURS = 'background-color: #ffd54a; color: #111; outline: 2px solid #b45309;';

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
  const target = paint(doc, range);
  scrollTo(doc, target);
  return true;
}

/** Removes every highlight this extension made in `doc`. */
export function clearHighlights(doc: Document): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  view?.CSS?.highlights?.delete(NAME);
  doc.getElementById(`${NAME}-style`)?.remove();
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    // Rejoin the text nodes that wrapping split, leaving the DOM as it was.
    parent?.normalize();
  }
}

function paint(doc: Document, range: Range): Element | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.CSS?.highlights && typeof view.Highlight === 'function') {
    const style = doc.createElement('style');
    style.id = `${NAME}-style`;
    style.textContent = `::highlight(${NAME}) { ${COLOURS} }`;
    (doc.head ?? doc.documentElement).append(style);
    view.CSS.highlights.set(NAME, new view.Highlight(range));
    const start = range.startContainer;
    return start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  }
  return wrap(doc, range);
}

/** Fallback: wraps each text node the range touches in a <mark>; returns the first one. */
function wrap(doc: Document, range: Range): Element | null {
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
    mark.setAttribute(MARK_ATTR, '');
    mark.setAttribute('style', COLOURS);
    node.replaceWith(mark);
    mark.append(node);
    first ??= mark;
  }
  return first;
}

function scrollTo(doc: Document, el: Element | null): void {
  const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}
