/**
 * The reader's own annotations of the page: a comment on the selected words, made in the
 * in-page comment box, highlighted on the page and kept in this page's memory until the
 * reader saves a capture (or leaves). They are anchored in `document.body.textContent`, the
 * same text a capture anchors the report's evidence in.
 */
import { selectorsAt } from '../../src/capture/anchor';
import type { Annotation } from '../../src/capture/model';
import type { Translate } from '../shared/i18n';
import { showCommentBox } from './comment-box';
import { clearLayer, NOTE_LAYER, paint } from './highlight';

export interface OwnAnnotations {
  /**
   * Opens the comment box for the page's selection; `opened` is false when nothing is
   * selected, and the box then only says to select some words first.
   */
  open(doc: Document, url: string): { opened: boolean };
  /** The annotations made on the page at `url` (an SPA may have shown others before). */
  list(url: string): Annotation[];
}

interface Deps {
  now(): Date;
  newId(): string;
}

interface Item {
  annotation: Annotation;
  range: Range;
  start: number;
  end: number;
}

export function ownAnnotations(t: Translate, deps: Deps): OwnAnnotations {
  const items: Item[] = [];
  let close: (() => void) | null = null;
  const closed = () => {
    close = null;
  };

  return {
    open(doc, url) {
      close?.();
      const body = doc.body;
      const selection = doc.getSelection();
      const picked = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
      const at = body && picked && !picked.collapsed ? trimmedOffsets(body, picked) : null;
      if (!body || !picked || !at) {
        close = showCommentBox(doc, { t, anchor: null, quote: null, onClose: closed });
        return { opened: false };
      }
      const pageText = body.textContent ?? '';
      const range = rangeFromOffsets(body, at.start, at.end) ?? picked;
      const selector = selectorsAt(pageText, at.start, at.end);
      close = showCommentBox(doc, {
        t,
        anchor: picked.getBoundingClientRect?.() ?? null,
        quote: selector[0].exact,
        onClose: closed,
        onSave(comment) {
          const annotation: Annotation = {
            id: `urn:uuid:${deps.newId()}`,
            motivation: 'commenting',
            created: deps.now().toISOString(),
            creator: 'user',
            target: { source: url, selector },
            body: comment,
            evidence: null,
          };
          items.push({ annotation, range, ...at });
          repaint(doc, items);
          // The selection would hide the new highlight under the browser's own colour.
          doc.getSelection()?.removeAllRanges();
        },
      });
      return { opened: true };
    },
    list: (url) => items.filter((i) => i.annotation.target.source === url).map((i) => i.annotation),
  };
}

function repaint(doc: Document, items: Item[]): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view?.CSS?.highlights) {
    paint(
      doc,
      NOTE_LAYER,
      items.map((i) => i.range),
    );
    return;
  }
  // Wrapping text in <mark>s (no Highlight API) and unwrapping it again move live ranges'
  // boundaries out of the nodes they split and join, so there the old marks go first and the
  // ranges are made again from the offsets.
  clearLayer(doc, NOTE_LAYER);
  const body = doc.body;
  const ranges = items.map((i) => body && rangeFromOffsets(body, i.start, i.end));
  paint(
    doc,
    NOTE_LAYER,
    ranges.filter((r): r is Range => !!r),
  );
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
