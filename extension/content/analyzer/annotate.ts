/**
 * The reader's own annotations of the page: a comment on the selected words, highlighted on
 * the page and kept in this page's memory until the reader saves a capture (or leaves). The
 * comment is typed in the annotate window (extension/annotate/), never in the page: key and
 * input events in a page's document reach the page's own listeners, whatever the extension
 * does. So annotating is two steps: the selection is kept here as a *pending* annotation under
 * a random id, and the window then adds the comment to it, or drops it. Annotations are
 * anchored in `document.body.textContent`, the same text a capture anchors the report's
 * evidence in.
 */
import { selectorsAt } from '../../../src/capture/model/anchor';
import type { Annotation, Selectors } from '../../../src/capture/model/model';
import { QUOTE_MAX } from '../../shared/protocol';
import { clearLayer, type Layer, NOTE_LAYER, PENDING_LAYER, paint } from './highlight';

export interface OwnAnnotations {
  /**
   * Keeps the page's selection as a pending annotation and highlights it; `pending` is null
   * when nothing is selected. `quote` is the selected words, shortened to `QUOTE_MAX`.
   */
  select(doc: Document, url: string): { pending: string; quote: string } | { pending: null };
  /** The words of a pending annotation, or null when there is none by that id. */
  pending(id: string): { quote: string } | null;
  /** Adds the comment to a pending annotation, which becomes one of the reader's own. */
  add(doc: Document, id: string, comment: string): { id: string };
  /** Forgets a pending annotation and its highlight. */
  drop(doc: Document, id: string): null;
  /** The annotations made on the page at `url` (an SPA may have shown others before). */
  list(url: string): Annotation[];
}

interface Deps {
  now(): Date;
  newId(): string;
}

/** A stretch of the page's text, with the live Range that highlights it. */
interface Spot {
  range: Range;
  start: number;
  end: number;
}

interface Item extends Spot {
  annotation: Annotation;
}

interface Pending extends Spot {
  url: string;
  selector: Selectors;
}

/** Windows left open (or closed without a word) leave pending annotations behind. */
const MAX_PENDING = 8;

export function ownAnnotations(deps: Deps): OwnAnnotations {
  const items: Item[] = [];
  const pendings = new Map<string, Pending>();
  const repaint = (doc: Document) => {
    paintLayers(doc, [
      [NOTE_LAYER, items],
      [PENDING_LAYER, [...pendings.values()]],
    ]);
  };

  return {
    select(doc, url) {
      const body = doc.body;
      const selection = doc.getSelection();
      const picked = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      const at = body && picked && !picked.collapsed ? trimmedOffsets(body, picked) : null;
      if (!body || !picked || !at) return { pending: null };
      const range = rangeFromOffsets(body, at.start, at.end) ?? picked;
      const selector = selectorsAt(body.textContent ?? '', at.start, at.end);
      const id = deps.newId();
      pendings.set(id, { url, selector, range, ...at });
      for (const old of pendings.keys()) {
        if (pendings.size <= MAX_PENDING) break;
        pendings.delete(old);
      }
      repaint(doc);
      return { pending: id, quote: shorten(selector[0].exact) };
    },
    pending(id) {
      const p = pendings.get(id);
      return p ? { quote: shorten(p.selector[0].exact) } : null;
    },
    add(doc, id, comment) {
      const p = pendings.get(id);
      if (!p) throw new Error('no-pending');
      pendings.delete(id);
      const annotation: Annotation = {
        id: `urn:uuid:${deps.newId()}`,
        motivation: 'commenting',
        created: deps.now().toISOString(),
        creator: 'user',
        target: { source: p.url, selector: p.selector },
        body: comment.trim(),
        evidence: null,
      };
      items.push({ annotation, range: p.range, start: p.start, end: p.end });
      repaint(doc);
      // The selection would hide the new highlight under the browser's own colour.
      doc.getSelection()?.removeAllRanges();
      return { id: annotation.id };
    },
    drop(doc, id) {
      if (pendings.delete(id)) repaint(doc);
      return null;
    },
    list: (url) => items.filter((i) => i.annotation.target.source === url).map((i) => i.annotation),
  };
}

function shorten(quote: string): string {
  return quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote;
}

/** Paints each layer's spots (an empty list clears the layer). */
function paintLayers(doc: Document, layers: Array<[Layer, Spot[]]>): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.CSS?.highlights) {
    for (const [layer, spots] of layers) {
      if (spots.length) {
        paint(
          doc,
          layer,
          spots.map((s) => s.range),
        );
      } else clearLayer(doc, layer);
    }
    return;
  }
  // Wrapping text in <mark>s (no Highlight API) and unwrapping it again move live ranges'
  // boundaries out of the nodes they split and join, so there every layer's marks go first
  // and each range is made again from its offsets just before it is painted.
  for (const [layer] of layers) clearLayer(doc, layer);
  const body = doc.body;
  if (!body) return;
  for (const [layer, spots] of layers) {
    const ranges = spots.map((s) => rangeFromOffsets(body, s.start, s.end));
    const found = ranges.filter((r): r is Range => !!r);
    if (found.length) paint(doc, layer, found);
  }
}

/** Where `range` stands in `root.textContent`, as [start, end) offsets. */
export function textOffsets(root: Node, range: Range): { start: number; end: number } | null {
  const doc = root.ownerDocument;
  if (!doc || !root.contains(range.startContainer) || !root.contains(range.endContainer)) {
    return null;
  }
  // A Range's text is the data of every Text node in it, as textContent is for an element.
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/** The offsets without the whitespace at either end; null when nothing else is selected. */
export function trimmedOffsets(root: Node, range: Range): { start: number; end: number } | null {
  const at = textOffsets(root, range);
  if (!at) return null;
  const text = root.textContent ?? '';
  let { start, end } = at;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

/** The Range covering [start, end) of `root.textContent`; null when out of bounds. */
export function rangeFromOffsets(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument;
  if (!doc || start >= end) return null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let at = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = (n as Text).data.length;
    if (!started && start < at + length) {
      range.setStart(n, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(n, end - at);
      return range;
    }
    at += length;
  }
  return null;
}
