import { findDate } from '../text/dates';
import { clean } from '../text/normalize';

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

// Class and id words that say what a container is. Matched on word parts, so
// "comment-list", "wp-block-related" and "siteFooter" all count.
const COMMENTS =
  /(?:^|[-_ ])(?:comments?|respond|reply|replies|disqus|discussion|talk)(?:$|[-_ ])|comment(?:list|s)|commentlist/i;
// Word starts only: "subscriber-only" (a paywalled story body) is not a subscribe box.
// "widget" only as a word of its own (WordPress sidebars): page builders prefix every element
// with it ("elementor-widget-heading"), the story too.
const RELATED =
  /(?:^|[-_\s])(?:related|recommend|more-?stories|popular|trending|sidebar|teaser|promo|newsletter|subscribe(?!r)|subscription|read-?more|most-?read|also-?read|taboola|outbrain|ads?(?=$|[-_\s])|advert)|(?:^|\s)widget(?:$|[\s_])/i;
const NAV =
  /(?:^|[-_ ])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|toolbar|tags?)(?:$|[-_ ])/i;
const FOOTER =
  /(?:^|[-_ ])(?:site-?footer|page-?footer|global-?footer|colophon|site-?info|copyright-?bar)(?:$|[-_ ])|^footer$/i;
// A bare "credit" class is often the source credit itself, so only photo-ish credits count.
const MEDIA =
  /caption|photo|image|(?:^|[-_\s])img(?:$|[-_\s])|media-?credit|picture|multimedia|gallery|slideshow|(?:^|[-_\s])figure(?:$|[-_\s])/i;
const STORY = /(?:^|[-_ ])(?:article|post|entry|story|content|body|text)(?:$|[-_ ])/i;

interface Frame {
  region: Region;
  inArticle: boolean;
}

/** Tags that say something about a region by themselves; others need attributes to. */
const TELLING = new Set([
  'ARTICLE',
  'MAIN',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FIGCAPTION',
  'FIGURE',
  'BLOCKQUOTE',
  'Q',
]);

/** The page's outermost elements: their classes describe the whole site ("menu-type-dropdown"), never a region. */
const OUTER = new Set(['HTML', 'BODY']);

// What an element's class and id words say, one bit per pattern. A page repeats the same few
// class names on thousands of elements, so each distinct string is tested once per page.
const NAV_WORDS = 1;
const STORY_WORDS = 2;
const COMMENT_WORDS = 4;
const RELATED_WORDS = 8;
const FOOTER_WORDS = 16;
const MEDIA_WORDS = 32;

function wordFlags(words: string, seen: Map<string, number>): number {
  let flags = seen.get(words);
  if (flags === undefined) {
    flags =
      (words.trim() && NAV.test(words) ? NAV_WORDS : 0) |
      (STORY.test(words) ? STORY_WORDS : 0) |
      (COMMENTS.test(words) ? COMMENT_WORDS : 0) |
      (RELATED.test(words) ? RELATED_WORDS : 0) |
      (FOOTER.test(words) ? FOOTER_WORDS : 0) |
      (MEDIA.test(words) ? MEDIA_WORDS : 0);
    seen.set(words, flags);
  }
  return flags;
}

/** The class attribute ('' when absent); an SVG element's `className` is not a string. */
function classOf(el: Element): string {
  const c = el.className;
  return typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
}

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

function classify(
  el: Element,
  parent: Frame,
  tag: string,
  attrs: boolean,
  seen: Map<string, number>,
): Frame {
  // Most elements (spans, links, plain paragraphs) carry no attribute and no telling tag:
  // the walk skips the attribute reads for them, which are most of its cost.
  if ((!attrs && !TELLING.has(tag)) || OUTER.has(tag)) return parent;
  const role = attrs ? (el.getAttribute('role') ?? '') : '';
  let { region, inArticle } = parent;
  if (tag === 'ARTICLE' || tag === 'MAIN' || role === 'main' || role === 'article')
    inArticle = true;
  if (region === 'body') {
    // A region never widens again, so class and id are read only inside the body region.
    const words = attrs ? wordFlags(`${classOf(el)} ${el.id}`, seen) : 0;
    const story = (words & STORY_WORDS) !== 0;
    if (
      tag === 'NAV' ||
      role === 'navigation' ||
      role === 'menubar' ||
      // "entry-content no-share" is the story, not a share bar.
      (words & NAV_WORDS && !story)
    ) {
      region = 'nav';
    } else if (words & COMMENT_WORDS || role === 'comment') {
      region = 'comments';
    } else if (
      // An aside inside the story is a box of the story's own (often its credit line).
      (((tag === 'ASIDE' || role === 'complementary') && !inArticle) || words & RELATED_WORDS) &&
      !story
    ) {
      region = 'related';
    } else if ((tag === 'FOOTER' || role === 'contentinfo' || words & FOOTER_WORDS) && !inArticle) {
      region = 'site-footer';
    } else if (tag === 'FIGCAPTION' || tag === 'FIGURE' || (words & MEDIA_WORDS && !story)) {
      region = 'media';
    } else if (tag === 'BLOCKQUOTE' || tag === 'Q') {
      region = 'quote';
    }
  }
  return region === parent.region && inArticle === parent.inArticle
    ? parent
    : { region, inArticle };
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

/**
 * Where the story stands: its first long paragraph (inside `<article>` when the page marks
 * one), the end of its third paragraph (the "top", where datelines and bylines are), and its
 * last paragraph (where agencies put their tags).
 */
export function storyBounds(blocks: Block[]): { lead: number; topEnd: number; end: number } {
  const marked = blocks.some((b) => b.inArticle && b.region === 'body' && b.text.length >= 150);
  const inStory = (b: Block) => b.region === 'body' && (!marked || b.inArticle);
  const lead = blocks.findIndex((b) => inStory(b) && b.text.length >= 150);
  if (lead < 0) return { lead: -1, topEnd: -1, end: -1 };
  let prose = 0;
  let topEnd = lead;
  let end = lead;
  // The story runs on while its paragraphs follow one another; a few short lines (a subhead,
  // a tag line, a photo credit) may stand between them, a page's footer or teasers may not.
  for (let i = lead; i < blocks.length && i - end <= 5; i++) {
    const b = blocks[i]!;
    if (!inStory(b) || b.text.length <= 60) continue;
    if (++prose <= 3) topEnd = i;
    end = i;
  }
  return { lead, topEnd, end };
}

/**
 * The date a page states above its story where no metadata dates it: the first date in a
 * short line of the story's head ("Wed Jan 9, 2008", "May 14, 2008 | By Jane Doe").
 */
export function statedDate(blocks: Block[]): string | null {
  const { lead } = storyBounds(blocks);
  if (lead < 0) return null;
  for (let i = Math.max(0, lead - 12); i <= lead; i++) {
    const b = blocks[i]!;
    if (b.region !== 'body' || (b.text.length > 120 && i !== lead)) continue;
    const found = findDate(i === lead ? b.text.slice(0, 60) : b.text);
    if (found) return found.iso;
  }
  return null;
}
