import { clean } from '../text/normalize';
import { classify, type Frame } from './regions';

/**
 * Where a line stands on the page. The same words mean different things in a story,
 * in a comment, in navigation or in the site's footer, so every block carries its region.
 */
export type Region =
  | 'body' //       the article or the main column
  | 'nav' //        menus, breadcrumbs, share bars
  | 'comments' //   readers' comments
  | 'related' //    teasers, sidebars, "more stories", newsletter boxes
  | 'site-footer' // the site's own footer
  | 'media' //      captions and photo credits
  | 'quote'; //     quoted prose

export interface Link {
  href: string;
  text: string;
}

export interface Block {
  /** The block's words, whitespace collapsed. */
  text: string;
  region: Region;
  /** Inside an <article>, <main> or an element marked as the story. */
  inArticle: boolean;
  links: Link[];
  /** Offset of the block's first character in the page's raw text (for highlighting). */
  start: number;
  end: number;
  /** Index of the block among all blocks, in document order. */
  index: number;
}

export interface PageText {
  blocks: Block[];
  /** Tracking pixels and other images worth a look: their src. */
  images: string[];
  /** Elements marked `itemprop="sourceOrganization"` (microdata), the first few. */
  sourceOrganizations?: Element[];
  /** The raw text length walked; the analysis budget counts it. */
  length: number;
}

/** Elements whose content is never page text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
]);

/**
 * Every attribute the walk reads (here and in regions.ts): a change to any other leaves its
 * reading of the page as it was (the content script keeps that reading while it is valid).
 */
export const WALKED_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'class',
  'id',
  'role',
  'itemprop',
  'href',
  'src',
];

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * A link of the page. Its text is read when first asked for: the detectors look at the links
 * of a few credit lines only, and a page has hundreds of links in its menus and teasers.
 */
function linkTo(href: string, el: Element): Link {
  let text: string | undefined;
  return {
    href,
    get text() {
      text ??= clean(el.textContent ?? '');
      return text;
    },
  };
}

/** Tag names upper-cased once each (an XHTML page and foreign elements write them in lower case). */
const UPPER = new Map<string, string>();

function tagOf(el: Element): string {
  const name = el.tagName;
  let tag = UPPER.get(name);
  if (tag === undefined) {
    tag = name.toUpperCase();
    if (UPPER.size < 1000) UPPER.set(name, tag);
  }
  return tag;
}

/**
 * One pass over the page: its text cut into blocks (runs of inline text between block
 * boundaries), each with its region, links and position. Iterative, so a 10,000-level
 * nesting does not exhaust the stack; capped at `maxChars` of text.
 */
export function readBlocks(doc: Document, maxChars = 2_000_000): PageText {
  return blockReader(doc, maxChars).read(Number.POSITIVE_INFINITY)!;
}

/** The same pass, in pieces: a caller that must not hold the thread long reads a few nodes at a time. */
export interface BlockReader {
  /** Reads up to `nodes` more nodes; the page's text once the pass is complete, else null. */
  read(nodes: number): PageText | null;
}

/**
 * `readBlocks` as a pass that can stop and go on later (the content script reads a large page
 * in slices between idle periods). Read in one go, it gives exactly what `readBlocks` does; if
 * the page removes the node it stopped at meanwhile, the pass ends there.
 */
export function blockReader(doc: Document, maxChars = 2_000_000): BlockReader {
  // An empty document has no root element (and linkedom's `body` throws then).
  const root = doc.documentElement ? (doc.body ?? doc.documentElement) : null;
  const blocks: Block[] = [];
  const images: string[] = [];
  const sourceOrganizations: Element[] = [];
  let done: PageText | null = root ? null : { blocks, images, sourceOrganizations, length: 0 };
  if (!root) return { read: () => done };

  let offset = 0;
  // The text of the block being read; `open` once a text node (even an empty one) is in it.
  let buf = '';
  let open = false;
  let links: Link[] = [];
  let start = 0;
  const top: Frame = { region: 'body', inArticle: false };
  let bufFrame = top;
  const flush = () => {
    if (open) {
      const text = clean(buf);
      const { region, inArticle } = bufFrame;
      if (text)
        blocks.push({ text, region, inArticle, links, start, end: offset, index: blocks.length });
    }
    buf = '';
    open = false;
    links = [];
    start = offset;
  };
  // Hidden subtrees are skipped; most pages have none, so they are found once, natively.
  const hidden = new Set<Element>(doc.querySelectorAll('[hidden], [aria-hidden="true"]'));

  // Depth first along firstChild and nextSibling: no list of children is built. `outer` holds,
  // for each element being read, the frame around it and whether it closes a block.
  const seen = new Map<string, number>();
  const outer: Frame[] = [];
  const closes: boolean[] = [];
  let frame = top;
  let node: Node = root;

  const read = (nodes: number): PageText | null => {
    if (done) return done;
    let budget = nodes;
    walk: for (;;) {
      if (--budget < 0) return null;
      const type = node.nodeType;
      if (type === 3) {
        const value = node.nodeValue ?? '';
        if (!open) {
          start = offset;
          bufFrame = frame;
          open = true;
        }
        buf += value;
        offset += value.length;
        if (offset > maxChars) break;
      } else if (type === 1) {
        const el = node as Element;
        const tag = tagOf(el);
        if (!SKIP.has(tag) && !(hidden.size && hidden.has(el))) {
          if (tag === 'IMG') {
            const src = el.getAttribute('src');
            if (src && images.length < 500) images.push(src);
          } else {
            const isBlock = BLOCK.has(tag);
            if (isBlock) flush();
            if (tag === 'A') {
              const href = el.getAttribute('href');
              if (href) links.push(linkTo(href, el));
            }
            const attrs = el.hasAttributes();
            // Read here, in the one walk, rather than by a selector over the whole page.
            if (attrs && sourceOrganizations.length < 3) {
              const prop = el.getAttribute('itemprop');
              if (prop && /\bsourceOrganization\b/.test(prop)) sourceOrganizations.push(el);
            }
            const inner = classify(el, frame, tag, attrs, seen);
            const child = el.firstChild;
            if (child) {
              outer.push(frame);
              closes.push(isBlock);
              frame = inner;
              node = child;
              continue;
            }
            if (isBlock) flush();
          }
        }
      }
      // Leave every element whose children are all read, up to the next sibling.
      for (;;) {
        if (node === root) break walk;
        const next = node.nextSibling;
        if (next) {
          node = next;
          break;
        }
        const parent = node.parentNode;
        if (!parent) break walk;
        node = parent;
        frame = outer.pop()!;
        if (closes.pop()) flush();
      }
    }
    flush();
    done = { blocks, images, sourceOrganizations, length: offset };
    return done;
  };
  return { read };
}
