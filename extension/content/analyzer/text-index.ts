/**
 * The page's visible text as one whitespace-collapsed string, with a map from each of its
 * characters back to a (text node, offset) pair, so a quote found in the string becomes a DOM
 * Range. Nothing in the page is changed.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'HEAD']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, and offset in that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

/** Indexes the text under `root`, collapsing runs of whitespace into one space. */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement && SKIP.has(n.parentElement.tagName.toUpperCase())
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let lastSpace = true; // collapse leading whitespace too
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    nodes.push(n as Text);
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] as string);
      if (space && lastSpace) continue;
      chars.push(space ? ' ' : (data[i] as string));
      nodeOf.push(nodes.length - 1);
      offsetOf.push(i);
      lastSpace = space;
    }
  }
  return {
    text: chars.join(''),
    nodes,
    nodeOf: Int32Array.from(nodeOf),
    offsetOf: Int32Array.from(offsetOf),
  };
}

/** Case, curly quotes and dashes folded, one character for one, so offsets still line up. */
export function fold(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .split('')
    .map((c) => {
      const l = c.toLowerCase();
      return l.length === 1 ? l : c;
    })
    .join('');
}

/**
 * Where `quote` occurs in the indexed text: the occurrence nearest to `near` (the analyser's
 * position hint) when there are several; null when it does not occur.
 */
export function findQuote(index: TextIndex, quote: string, near: number | null): number | null {
  const needle = fold(quote.replace(/\s+/g, ' ').trim());
  if (!needle) return null;
  const hay = fold(index.text);
  let best: number | null = null;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (best === null || (near !== null && Math.abs(at - near) < Math.abs(best - near))) best = at;
    if (near === null) break;
  }
  return best;
}

/** The DOM Range covering `length` indexed characters from `start`. */
export function rangeAt(index: TextIndex, start: number, length: number): Range | null {
  const end = start + length - 1;
  const a = index.nodes[index.nodeOf[start] ?? -1];
  const b = index.nodes[index.nodeOf[end] ?? -1];
  if (!a || !b) return null;
  const range = a.ownerDocument.createRange();
  range.setStart(a, index.offsetOf[start] as number);
  range.setEnd(b, (index.offsetOf[end] as number) + 1);
  return range;
}
