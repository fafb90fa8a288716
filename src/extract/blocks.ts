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
const RELATED =
  /(?:^|[-_\s])(?:related|recommend|more-?stories|popular|trending|sidebar|widget|teaser|promo|newsletter|subscribe(?!r)|subscription|read-?more|most-?read|also-?read|taboola|outbrain|ads?(?=$|[-_\s])|advert)/i;
const NAV =
  /(?:^|[-_ ])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|toolbar|tags?)(?:$|[-_ ])/i;
const FOOTER =
  /(?:^|[-_ ])(?:site-?footer|page-?footer|global-?footer|colophon|site-?info|copyright-?bar)(?:$|[-_ ])|^footer$/i;
// A bare "credit" class is often the source credit itself, so only photo-ish credits count.
const MEDIA = /caption|photo|image-?credit|img-?credit|media-?credit|picture/i;
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
  'BLOCKQUOTE',
  'Q',
]);

function classify(el: Element, parent: Frame, tag: string): Frame {
  // Most elements (spans, links, plain paragraphs) carry no attribute and no telling tag:
  // the walk skips the attribute reads for them, which are most of its cost.
  const attrs = el.hasAttributes();
  if (!attrs && !TELLING.has(tag)) return parent;
  const role = attrs ? (el.getAttribute('role') ?? '') : '';
  const words = attrs ? `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}` : '';
  let { region, inArticle } = parent;
  if (tag === 'ARTICLE' || tag === 'MAIN' || role === 'main' || role === 'article')
    inArticle = true;
  if (region !== 'body') return { region, inArticle }; // a region never widens again
  if (
    tag === 'NAV' ||
    role === 'navigation' ||
    role === 'menubar' ||
    // "entry-content no-share" is the story, not a share bar.
    (words.trim() && NAV.test(words) && !STORY.test(words))
  ) {
    region = 'nav';
  } else if (COMMENTS.test(words) || role === 'comment') {
    region = 'comments';
  } else if (
    // An aside inside the story is a box of the story's own (often its credit line).
    (((tag === 'ASIDE' || role === 'complementary') && !inArticle) || RELATED.test(words)) &&
    !STORY.test(words)
  ) {
    region = 'related';
  } else if ((tag === 'FOOTER' || role === 'contentinfo' || FOOTER.test(words)) && !inArticle) {
    region = 'site-footer';
  } else if (tag === 'FIGCAPTION' || (MEDIA.test(words) && !STORY.test(words))) {
    region = 'media';
  } else if (tag === 'BLOCKQUOTE' || tag === 'Q') {
    region = 'quote';
  }
  return { region, inArticle };
}

/**
 * One pass over the page: its text cut into blocks (runs of inline text between block
 * boundaries), each with its region, links and position. Iterative, so a 10,000-level
 * nesting does not exhaust the stack; capped at `maxChars` of text.
 */
export function readBlocks(doc: Document, maxChars = 2_000_000): PageText {
  // An empty document has no root element (and linkedom's `body` throws then).
  const root = doc.documentElement ? (doc.body ?? doc.documentElement) : null;
  const blocks: Block[] = [];
  const images: string[] = [];
  if (!root) return { blocks, images, length: 0 };

  let offset = 0;
  let buf: string[] = [];
  let links: Link[] = [];
  let start = 0;
  const top: Frame = { region: 'body', inArticle: false };
  let bufFrame = top;
  const flush = () => {
    if (buf.length) {
      const text = clean(buf.join(''));
      const { region, inArticle } = bufFrame;
      if (text)
        blocks.push({ text, region, inArticle, links, start, end: offset, index: blocks.length });
    }
    buf = [];
    links = [];
    start = offset;
  };

  // Stack entries: a node to visit (with its parent's frame), or a marker closing a block.
  const stack: Array<{ node: Node; frame: Frame } | { close: true }> = [{ node: root, frame: top }];
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      flush();
      continue;
    }
    const { node } = item;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!buf.length) {
        start = offset;
        bufFrame = item.frame;
      }
      buf.push(value);
      offset += value.length;
      if (offset > maxChars) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (
      SKIP.has(tag) ||
      (el.hasAttributes() &&
        (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'))
    )
      continue;
    if (tag === 'IMG') {
      const src = el.getAttribute('src');
      if (src && images.length < 500) images.push(src);
      continue;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href) links.push({ href, text: clean(el.textContent ?? '') });
    }
    const next = classify(el, item.frame, tag);
    if (isBlock) stack.push({ close: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, frame: next });
  }
  flush();
  return { blocks, images, length: offset };
}
