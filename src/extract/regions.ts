/**
 * What region an element opens: navigation, comments, related teasers, the site's footer, a
 * picture and its caption, a quote, or the story's body as its parent. Read from its tag, its
 * role and the words of its class and id.
 */
import type { Region } from './blocks';

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

export interface Frame {
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

/** Reads one element's region, given its parent's. */
export function classify(
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
