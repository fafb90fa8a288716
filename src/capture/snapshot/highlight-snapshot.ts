/**
 * The snapshot as the library shows it: the capture's annotations found again in the saved
 * page and wrapped in <mark> elements, under a Content-Security-Policy that forbids every
 * script and fetch. The page is parsed into a detached document (DOMParser: nothing in it runs
 * or loads) and serialised back; the result is only ever given to a sandboxed iframe's srcdoc.
 *
 * The snapshot is sanitised again first: an imported capture was validated, not sanitised, and
 * the policy alone is not enough in an extension page. A relative address in the snapshot
 * resolves against the extension's own origin, and Chromium lets any page load extension
 * resources whatever its policy says.
 */
import { locate } from '../model/anchor';
import type { Annotation } from '../model/model';
import { type ParseHtml, sanitizeHtml } from '../safety/sanitize';
import { STANDALONE_CSP } from './csp';

/** Class of the marks: the report's evidence, or the researcher's own annotations. */
export type MarkKind = 'evidence' | 'own';

export interface HighlightedSnapshot {
  html: string;
  /** Ids of the annotations found in the snapshot; the others have nothing to show. */
  found: Set<string>;
}

export interface HighlightOptions {
  parse: ParseHtml;
  /** The tooltip of an annotation's marks; by default its comment. */
  titleOf?: (a: Annotation) => string | null;
}

const MARK_STYLE = `mark[data-annotation]{color:#111;border-radius:2px}
mark.pl-evidence{background:#ffe58a;box-shadow:0 0 0 1px #b45309}
mark.pl-own{background:#b9e3ff;box-shadow:0 0 0 1px #0550ae}`;

// Text that is not shown as text, or where a <mark> would be dropped by the parser.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'SVG']);

interface TextIndex {
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export function markKind(a: Annotation): MarkKind {
  return a.evidence ? 'evidence' : 'own';
}

/** The snapshot, marked up and locked down, ready for `<iframe sandbox="" srcdoc>`. */
export function highlightSnapshot(
  html: string,
  annotations: readonly Annotation[],
  options: HighlightOptions,
): HighlightedSnapshot {
  const doc = options.parse(sanitizeHtml(html, options.parse).html);
  const titleOf = options.titleOf ?? ((a: Annotation) => a.body);
  const found = new Set<string>();
  const index = indexText(doc.body);
  const marks: Array<{ node: number; s: number; e: number; a: Annotation }> = [];
  let reached = 0;
  for (const { a, start, end } of anchors(index.text, annotations)) {
    // Overlapping annotations: the later one marks only what is left of it.
    const from = Math.max(start, reached);
    if (from >= end) continue;
    found.add(a.id);
    reached = end;
    marks.push(...pieces(index, from, end).map((p) => ({ ...p, a })));
  }
  // Right to left: splitting a text node keeps the offsets of everything before the split.
  for (const m of marks.reverse()) {
    wrap(doc, index.nodes[m.node] as Text, m.s, m.e, m.a, titleOf(m.a));
  }
  lockDown(doc);
  return { html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`, found };
}

/** Each annotation's range in the text, in reading order; those not found are left out. */
function anchors(text: string, annotations: readonly Annotation[]) {
  const out: Array<{ a: Annotation; start: number; end: number }> = [];
  for (const a of annotations) {
    const [quote, position] = a.target.selector;
    const range = locate(text, quote.exact, position ?? null);
    if (range && range.end > range.start) out.push({ a, ...range });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

function indexText(body: HTMLElement | null): TextIndex {
  const index: TextIndex = { text: '', nodes: [], starts: [] };
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        index.nodes.push(child as Text);
        index.starts.push(length);
        parts.push((child as Text).data);
        length += (child as Text).data.length;
      } else if (child.nodeType === 1 && !SKIP.has(child.nodeName.toUpperCase())) {
        visit(child);
      }
    }
  };
  if (body) visit(body);
  index.text = parts.join('');
  return index;
}

/** The text nodes under [start, end), each with the part of it inside, in node offsets. */
function pieces(index: TextIndex, start: number, end: number) {
  const out: Array<{ node: number; s: number; e: number }> = [];
  index.nodes.forEach((node, i) => {
    const at = index.starts[i] as number;
    const s = Math.max(start, at);
    const e = Math.min(end, at + node.data.length);
    if (s < e) out.push({ node: i, s: s - at, e: e - at });
  });
  return out;
}

function wrap(
  doc: Document,
  node: Text,
  s: number,
  e: number,
  a: Annotation,
  title: string | null,
) {
  // A mark around the whitespace between table rows or list items would be moved by the parser.
  if (!node.data.slice(s, e).trim()) return;
  const middle = node.splitText(s);
  middle.splitText(e - s);
  const mark = doc.createElement('mark');
  mark.className = `pl-${markKind(a)}`;
  mark.setAttribute('data-annotation', a.id);
  if (title) mark.title = title;
  middle.replaceWith(mark);
  mark.append(middle);
}

/** The policy first in <head>, then the marks' colours; no refresh and no base address. */
function lockDown(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('meta[http-equiv], base'))) el.remove();
  const head = doc.head ?? doc.documentElement.insertBefore(doc.createElement('head'), doc.body);
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', STANDALONE_CSP);
  const style = doc.createElement('style');
  style.textContent = MARK_STYLE;
  head.prepend(csp, style);
}
