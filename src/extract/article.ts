import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article } from '../report';
import { toIsoDate } from '../text/dates';
import { clean, truncate } from '../text/normalize';
import { first, ldArticle, ldName, ldSaysList, type PageMeta } from './metadata';

/** Text shorter than this is not an article, whatever the markup says. */
const MIN_ARTICLE_CHARS = 250;

export interface ArticleResult {
  article: Article | null;
  /** Why the page is not an article, when it is not. */
  notArticle: string | null;
  /** The page passed the cheap checks, but Readability found no article text in it. */
  readabilityFailed?: boolean;
}

/**
 * The cheap "is this an article" check that runs before Readability: page type declared in
 * metadata, the address's shape (a site's front page, a search), and Readability's own
 * readerable test. Returns the reason it is not an article, or null.
 */
export function notArticleReason(doc: Document, meta: PageMeta, url: string | null): string | null {
  const declared =
    !!ldArticle(meta.ld) || /article|blog|news/i.test(first(meta.meta, 'og:type') ?? '');
  if (ldSaysList(meta.ld)) return 'the page describes itself as a list or a site front';
  let path = '/';
  let search = '';
  try {
    if (url) ({ pathname: path, search } = new URL(url));
  } catch {
    /* no address: judge by the page alone */
  }
  // A front page is no article even when its og:type says so (a CMS default); a JSON-LD
  // article node is more deliberate and is believed.
  if (
    !ldArticle(meta.ld) &&
    url &&
    (path === '/' || /^\/(?:index\.\w+|home|en|fr|de|es|it|pt|ru)?\/?$/i.test(path)) &&
    !search
  )
    return "the address is a site's front page";
  if (!declared) {
    if (
      /[?&](?:q|s|query|search|keywords?)=/i.test(search) ||
      /\/(?:search|suche|recherche|buscar|cerca|busca|поиск)(?:\/|$)/i.test(path)
    )
      return 'the address is a search page';
    if (
      /\/(?:tag|tags|category|categories|topics?|section|rubrique|thema|kategorie|categoria|categoría|рубрика|archive|author|authors|autor|auteur)\/[^/]+\/?(?:page\/\d+\/?)?$/i.test(
        path,
      )
    )
      return 'the address is a section or tag page';
  }
  // Both read every paragraph's text: nested 10,000 deep, that is quadratic.
  const page = declared ? doc : shallow(doc);
  if (!declared && !isProbablyReaderable(page, { minContentLength: 140, minScore: 20 }))
    return 'no article-like text on the page';
  if (!declared && looksLikeList(page)) return 'the page is a list of stories';
  return null;
}

/**
 * A list of stories: many headings that are links, most of the page's headings, and little
 * prose. A story page's "related" box has a few; a front or section page is made of them.
 */
function looksLikeList(doc: Document): boolean {
  const headings = doc.querySelectorAll('h2, h3, h4').length;
  // Permalink anchors on a long document's own sections ("#usage") are not teasers.
  const linked = Array.from(
    doc.querySelectorAll('h2 > a[href], h3 > a[href], h4 > a[href]'),
  ).filter((a) => !a.getAttribute('href')!.startsWith('#')).length;
  if (linked < 8 || linked < headings * 0.6) return false;
  // A story with a busy sidebar still has paragraphs of prose; a list has teasers.
  let prose = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if ((p.textContent ?? '').length > 200 && ++prose >= 4) return false;
  }
  return true;
}

/** Link text share of the article's text: lists of teasers are mostly links. */
function linkDensity(content: Element, textLength: number): number {
  let linked = 0;
  for (const a of Array.from(content.getElementsByTagName('a')))
    linked += (a.textContent ?? '').trim().length;
  return textLength ? linked / textLength : 1;
}

/** Remove "By", dates, "Follow" buttons, roles and e-mail addresses from a byline. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let b = clean(raw)
    // Words like "x@y.z", as /\S+@\S+\.\S+/g finds them, without its cubic backtracking on a long word.
    .replace(/\S+/g, (w) => {
      const at = w.indexOf('@', 1);
      const dot = at < 0 ? -1 : w.indexOf('.', at + 2);
      return dot > 0 && dot < w.length - 1 ? ' ' : w;
    })
    .replace(
      /\b(?:follow|folgen|suivre|seguir|segui|подписаться)(?:\s+(?:on|me|us|auf|sur|en|su))?(?:\s+(?:twitter|x|facebook|instagram|linkedin|mastodon|bluesky))?\b/gi,
      ' ',
    )
    .replace(/\|\s*(?:twitter|x|facebook|instagram|linkedin)\b/gi, ' ');
  const date =
    /\b(?:updated|published|posted|aktualisiert|mis à jour|publié le|actualizado|aggiornato|atualizado)\b.*$/i;
  b = b.replace(date, ' ');
  b = b.replace(
    /\b(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\w{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*[A-Z]{2,4})?)?/gi,
    ' ',
  );
  b = b
    .replace(
      /^(?:written\s+by|posted\s+by|story\s+by|words\s+by|text\s+by|by|von|par|por|di|de|от|автор[:]?|texto:|text:)\s+/i,
      '',
    )
    .replace(/(?<!\s)\s*[|,;·•–—-]\s*$/g, '')
    .replace(/^[\s|,;·•–—-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![,;|·•–—-])[,;|·•–—-]+$/, '')
    .trim();
  return b && b.length <= 200 ? b : null;
}

/** The page's own published date, from metadata first, then the page. */
export function publishedTime(
  doc: Document,
  meta: PageMeta,
  fromReadability: string | null | undefined,
): string | null {
  const ld = ldArticle(meta.ld);
  const candidates = [
    fromReadability,
    first(
      meta.meta,
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'citation_publication_date',
      'citation_date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'pubdate',
      'publishdate',
      'date',
      'sailthru.date',
      'parsely-pub-date',
    ),
    ld && typeof ld.datePublished === 'string' ? ld.datePublished : null,
    doc
      .querySelector(
        'article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[datetime]',
      )
      ?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return null;
}

/** Deeper than real pages nest (Readability's test pages stop under 40 levels). */
const MAX_DEPTH = 64;

/** An element `MAX_DEPTH` deep: the root element, then `MAX_DEPTH - 1` children down. */
const TOO_DEEP = `*${' > *'.repeat(MAX_DEPTH - 1)}`;

/** Whether the page nests `MAX_DEPTH` deep: asked of the browser's own selector engine, not walked in script. */
function nestsTooDeep(doc: Document): boolean {
  return doc.querySelector(TOO_DEEP) !== null;
}

/**
 * Readability's work grows with the square of the nesting depth and more, so a 10,000-level
 * page would hang it: in a clone nesting that deep, an element at `MAX_DEPTH` keeps its text
 * but loses its tags.
 */
function flattenDeep(doc: Document): Document {
  if (!nestsTooDeep(doc)) return doc;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      const text = el.firstElementChild ? el.textContent : null;
      if (text !== null) el.textContent = text;
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return doc;
}

/** The document, or a flattened clone of it when it nests `MAX_DEPTH` deep (the page is never touched). */
function shallow(doc: Document): Document {
  return nestsTooDeep(doc) ? flattenDeep(doc.cloneNode(true) as Document) : doc;
}

/**
 * Readability on a clone of the document (the page is never touched), after the cheap
 * check. `keepContent` keeps the article HTML (captures need it; the popup does not).
 */
export function extractArticle(
  doc: Document,
  meta: PageMeta,
  url: string | null,
  keepContent = false,
): ArticleResult {
  const reason = notArticleReason(doc, meta, url);
  if (reason) return { article: null, notArticle: reason };
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // The article's element itself, not its HTML: serialising it costs about a tenth of
    // Readability's time, and only a capture keeps it.
    parsed = new Readability(flattenDeep(doc.cloneNode(true) as Document), {
      serializer: (node) => node as Element,
    }).parse();
  } catch {
    parsed = null;
  }
  const text = clean(parsed?.textContent ?? '');
  if (!parsed?.content || text.length < MIN_ARTICLE_CHARS)
    return { article: null, notArticle: 'no article text was found', readabilityFailed: true };
  if (!ldArticle(meta.ld) && linkDensity(parsed.content, text.length) > 0.5)
    return { article: null, notArticle: 'the main text is a list of links' };
  const ld = ldArticle(meta.ld);
  const byline =
    cleanByline(parsed.byline) ??
    cleanByline(ld ? ldName(ld.author) : null) ??
    cleanByline(first(meta.meta, 'author', 'article:author', 'dc.creator', 'citation_author'));
  return {
    notArticle: null,
    article: {
      title: clean(parsed.title ?? '') || meta.title,
      byline,
      siteName: parsed.siteName ? clean(parsed.siteName) : null,
      publishedTime: publishedTime(doc, meta, parsed.publishedTime),
      lang: parsed.lang || meta.lang,
      excerpt: parsed.excerpt ? truncate(clean(parsed.excerpt), 500) : null,
      ...(keepContent ? { content: parsed.content.innerHTML } : {}),
      length: text.split(/\s+/).length,
    },
  };
}
