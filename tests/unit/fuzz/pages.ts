import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { examplePage } from '../helpers/dom';

/**
 * Page generators for the analyser's fuzz tests: random HTML built from the words the
 * detectors look for, hostile pages (deep nesting, huge text, huge or broken JSON-LD, odd
 * characters), and mutations of real pages (the fixtures and a sample of Readability's test
 * pages). Every generated case carries a short label, so a failure prints something a person
 * can read instead of megabytes of markup.
 */

// ---------------------------------------------------------------------------------------------
// Words

/** Credit, copyright, licence and wire wording in the seven languages the detectors read. */
export const CREDIT_WORDS = [
  // en
  'This article was originally published on',
  'This story first appeared in',
  'A version of this piece ran first in',
  'Originally published at',
  'It originally ran in',
  'Reprinted with permission from',
  'Republished here with permission.',
  'This article is republished from',
  'Used with permission of',
  'The post',
  'appeared first on',
  'Authored by',
  'via',
  'Via',
  'H/T',
  'Source:',
  'Sources:',
  'Original source:',
  'The original source of this article is',
  'and republished by',
  'Copyright',
  '©',
  '(c)',
  '&copy;',
  'All rights reserved.',
  'Photo:',
  'Getty Images',
  'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License',
  'CC BY-ND 4.0',
  'CC0',
  'public domain',
  'licensed under a',
  'grants permission to cross-post',
  'You are free to republish this article',
  'as long as you credit the author and do not edit the text',
  'may not be reproduced or distributed without the prior written permission of',
  'Please contact us for permission to republish our content.',
  'LONDON (Reuters) -',
  'WASHINGTON (AP) —',
  'By The Associated Press',
  'Reporting by Jane Roe; Editing by John Doe',
  "Editor's note:",
  'By',
  'Updated',
  // fr
  'Cet article a été publié initialement sur',
  'Article paru d’abord dans',
  'Cet article a d’abord été publié sur',
  'Tous droits réservés',
  'Source :',
  'avec l’aimable autorisation de',
  'Note de la rédaction :',
  // de
  'Dieser Beitrag erschien zuerst bei',
  'Der Text wurde ursprünglich auf',
  'veröffentlicht',
  'Quelle:',
  'Alle Rechte vorbehalten',
  'Mit freundlicher Genehmigung von',
  'Anmerkung der Redaktion:',
  'Berlin (dpa) -',
  'Von',
  // es
  'Este artículo fue publicado originalmente en',
  'Publicado originalmente en',
  'Fuente:',
  'Todos los derechos reservados',
  'Madrid, 3 mar (EFE).-',
  'Nota del editor:',
  // it
  'Questo articolo è stato pubblicato originariamente su',
  'L’articolo originale è stato pubblicato su',
  'Ripubblicato per gentile concessione di',
  'Fonte:',
  'Tutti i diritti riservati',
  // pt
  'Este artigo foi publicado originalmente no',
  'Fontes:',
  'Todos os direitos reservados',
  // ru
  'Статья впервые опубликована на сайте',
  'Материал впервые опубликован изданием',
  'Источник:',
  'Все права защищены',
  'перепечатано с разрешения',
];

export const NAMES = [
  'South Front',
  'Global Research',
  'GlobalResearch.ca',
  'The Conversation',
  'ProPublica',
  'Reuters',
  'AP',
  'AFP',
  'dpa',
  'EFE',
  'Le Monde diplomatique',
  'Der Freitag',
  'El País',
  'Il Post',
  'Nexo Jornal',
  '«Новая газета»',
  '„Der Freitag“',
  'southfront.org',
  'www.example.org',
  'Example Media, Inc.',
  'Jane Doe and The Guardian',
  'here',
  'the original',
];

export const DATES = [
  '21 January 2020',
  'January 22, 2020',
  'Jan. 22 2020',
  '2020-01-21',
  '2020-01-21T10:00:00+02:00',
  '21.01.2020',
  '21/01/2020',
  '3 de marzo de 2024',
  '3. März 2024',
  '21 января 2020 г.',
  '2005–2020',
  '1999',
  '31/02/2020',
  '2020-13-45',
  '99 Foo 2020',
  '0000-00-00',
];

/** Control, bidi, zero-width, lone-surrogate, mojibake and other odd characters. */
export const ODD = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\r',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u00A0',
  '\u200B',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
  '\u3000',
  '\uFEFF',
  '\uFFFD',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0301\u0301\u0301',
  'Ã©tÃ©',
  'â€™',
  'Ð¡Ñ‚Ð°Ñ‚ÑŒÑ',
  '\u{1F600}',
  'ﬁ',
  'Ａｂｃ',
  'İ',
  '&#0;',
  '&#x202e;',
  '&#xD800;',
  '&#1114112;',
  '&nbsp;',
  '&amp;',
  '&lt;script&gt;',
  '&',
  '<',
  '>',
];

const PUNCT = [
  '.',
  '. ',
  ',',
  ';',
  ':',
  '|',
  '·',
  '–',
  '—',
  '-',
  '(',
  ')',
  '«',
  '»',
  '"',
  '“',
  "'",
];

const CLASS_WORDS = [
  'comments',
  'comment-list',
  'respond',
  'related',
  'sidebar',
  'widget',
  'newsletter',
  'nav',
  'menu',
  'share',
  'social',
  'site-footer',
  'colophon',
  'caption',
  'credit',
  'wp-caption',
  'article',
  'post-content',
  'entry',
  'story',
  'content',
  'byline',
  'source',
  'copyright',
  'footer',
  'ads',
];

export const URLS = [
  'https://southfront.org/x/',
  'https://www.propublica.org/article/x',
  'https://theconversation.com/a-story-1234',
  'https://creativecommons.org/licenses/by-nd/4.0/',
  'https://creativecommons.org/publicdomain/zero/1.0/',
  'https://counter.theconversation.com/content/1/count.gif',
  'https://x.example/wp-content/plugins/republication-tracker-tool/includes/pixel.php?post=1',
  'https://host.example/news/story.html',
  'https://www.host.example/',
  '/relative/path',
  '//cdn.example/x',
  '#frag',
  '?q=1',
  '',
  ' ',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'http://[::1',
  'https://',
  'http://a b/',
  'https://xn--80ak6aa92e.com/',
  'https://例え.jp/記事',
  'mailto:a@b.c',
  'file:///etc/passwd',
  'about:blank',
  'http://localhost/',
  'http://127.0.0.1/a',
  'https://user:pass@evil.example:99999/',
];

const TAGS = [
  'p',
  'p',
  'div',
  'div',
  'span',
  'a',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'br',
  'hr',
  'img',
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'blockquote',
  'q',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'h1',
  'h2',
  'h3',
  'time',
  'pre',
  'code',
  'small',
  'details',
  'summary',
  'dialog',
  'form',
  'input',
  'button',
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'svg',
  'math',
  'select',
  'textarea',
  'title',
  'meta',
  'link',
  'x-widget',
  'font',
  'center',
];
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

const META_KEYS = [
  'og:site_name',
  'og:url',
  'og:type',
  'og:title',
  'og:locale',
  'copyright',
  'dc.rights',
  'dcterms.rights',
  'DC.source',
  'dcterms.source',
  'syndication-source',
  'original-source',
  'license',
  'dcterms.license',
  'article:published_time',
  'author',
  'application-name',
  'dc.publisher',
  'citation_publisher',
  'date',
];

// ---------------------------------------------------------------------------------------------
// Arbitraries

const escapeText = (s: string) => s.replace(/&(?![#a-z])/gi, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => s.replace(/&(?![#a-z])/gi, '&amp;').replace(/"/g, '&quot;');

const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\n', '\t', '\u00a0', '. ', ', ');

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CREDIT_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A run of words joined by odd separators: "Source: © 21 January 2020\u202eSouth Front". */
export const textArb: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, separator), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const urlArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...URLS) },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const attrArb: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(
    fc.constantFrom('class', 'id'),
    fc
      .array(fc.constantFrom(...CLASS_WORDS), { minLength: 1, maxLength: 3 })
      .map((a) => a.join(' ')),
  ),
  fc.tuple(
    fc.constant('role'),
    fc.constantFrom('main', 'article', 'navigation', 'menubar', 'complementary', 'contentinfo'),
  ),
  fc.tuple(fc.constantFrom('href', 'src'), urlArb),
  fc.tuple(fc.constant('rel'), fc.constantFrom('license', 'canonical', 'nofollow', 'LICENSE x')),
  fc.tuple(fc.constantFrom('hidden', 'aria-hidden'), fc.constantFrom('', 'true', 'false')),
  fc.tuple(
    fc.constantFrom('lang', 'dir', 'itemprop', 'datetime', 'type', 'property', 'name', 'content'),
    fc.oneof(textArb, fc.constantFrom(...DATES), fc.constantFrom(...META_KEYS)),
  ),
  fc.tuple(
    fc.string({ minLength: 1, maxLength: 10 }).filter((n) => /^[a-z][\w:-]*$/i.test(n)),
    fc.string({ maxLength: 20 }),
  ),
  fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 })),
);

function attrsHtml(attrs: ReadonlyArray<readonly [string, string]>, raw: boolean): string {
  return attrs
    .map(([n, v]) => (raw ? ` ${n}=${v}` : ` ${n.replace(/[\s"'>/=]/g, '')}="${escapeAttr(v)}"`))
    .join('');
}

/** JSON-LD: plausible article nodes with odd values, as JSON text. */
const ldValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown; node: Record<string, unknown> }>(
  (tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...NAMES),
      fc.constantFrom(...URLS),
      fc.constantFrom(...DATES),
      textArb,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('v'), { maxLength: 3 }),
      tie('node'),
    ),
    node: fc.record(
      {
        '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', 42),
        '@type': fc.oneof(
          fc.constantFrom(
            'NewsArticle',
            'Article',
            'BlogPosting',
            'Organization',
            'NewsMediaOrganization',
            'WebPage',
            'CollectionPage',
            'ItemList',
            'Person',
            'Thing',
          ),
          fc.array(fc.constantFrom('NewsArticle', 'WebPage', 7 as unknown as string), {
            maxLength: 3,
          }),
          tie('v'),
        ),
        '@id': tie('v'),
        '@graph': fc.array(tie('node'), { maxLength: 3 }),
        name: tie('v'),
        headline: tie('v'),
        url: tie('v'),
        publisher: tie('v'),
        author: tie('v'),
        isBasedOn: tie('v'),
        isBasedOnUrl: tie('v'),
        sourceOrganization: tie('v'),
        provider: tie('v'),
        creditText: tie('v'),
        copyrightHolder: tie('v'),
        copyrightYear: tie('v'),
        copyrightNotice: tie('v'),
        license: tie('v'),
        datePublished: tie('v'),
        sameAs: tie('v'),
      },
      { requiredKeys: [] },
    ),
  }),
).v;

/** A JSON-LD script: valid, or broken in one of the ways pages break it. */
const ldScriptArb: fc.Arbitrary<string> = fc
  .tuple(ldValue, fc.nat(), fc.constantFrom('ok', 'ok', 'truncate', 'comment', 'junk', 'close'))
  .map(([value, at, how]) => {
    let json = JSON.stringify(value) ?? 'undefined';
    if (how === 'truncate') json = json.slice(0, at % (json.length + 1));
    else if (how === 'comment') json = `<!-- ${json} -->`;
    else if (how === 'junk') json = `${json.slice(0, at % (json.length + 1))},]}{"@type":}`;
    else if (how === 'close') json = `${json.slice(0, at % (json.length + 1))}</script><p>`;
    return `<script type="application/ld+json">${json}</script>`;
  });

const metaArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('name', 'property', 'itemprop'),
      fc.constantFrom(...META_KEYS),
      fc.oneof(textArb, urlArb, fc.constantFrom(...DATES, ...NAMES)),
    )
    .map(([a, k, v]) => `<meta ${a}="${k}" content="${escapeAttr(v)}">`),
  fc
    .tuple(fc.constantFrom('canonical', 'license', 'alternate', 'CANONICAL'), urlArb)
    .map(([rel, href]) => `<link rel="${rel}" href="${escapeAttr(href)}">`),
  textArb.map((t) => `<title>${escapeText(t)}</title>`),
  ldScriptArb,
  fc.constantFrom(
    '<meta charset="x-unknown">',
    '<meta charset="windows-1251">',
    '<base href="javascript:alert(1)//">',
  ),
);

/** An element tree, serialised; sometimes with broken markup. */
const nodeArb: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(textArb, fc.boolean()).map(([t, raw]) => (raw ? t : escapeText(t))),
    tie('element'),
    tie('element'),
  ),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attrArb, { maxLength: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
      raw: fc.constantFrom(false, false, false, true), // unquoted attribute values
      close: fc.constantFrom(true, true, true, true, false),
      ld: ldScriptArb,
    })
    .map(({ tag, attrs, children, raw, close, ld }) => {
      if (tag === 'script') return attrs.length % 2 ? ld : `<script>${children.join('')}</script>`;
      const open = `<${tag}${attrsHtml(attrs, raw)}>`;
      if (VOID.has(tag)) return open;
      return `${open}${children.join('')}${close ? `</${tag}>` : ''}`;
    }),
})).node;

/** A whole random page: doctype or not, a head of metadata, a body of random nodes. */
export const randomPageArb: fc.Arbitrary<string> = fc
  .record({
    doctype: fc.constantFrom('<!doctype html>', '', '<!DOCTYPE html PUBLIC "x">', '\uFEFF'),
    lang: fc.constantFrom('en', 'fr', 'de', 'es', 'it', 'pt', 'ru', '', 'x"y', 'ar'),
    dir: fc.constantFrom('', ' dir="rtl"', ' dir="auto"'),
    head: fc.array(metaArb, { maxLength: 6 }),
    body: fc.array(nodeArb, { maxLength: 8 }),
    shape: fc.constantFrom('full', 'full', 'full', 'fragment', 'no-body'),
  })
  .map(({ doctype, lang, dir, head, body, shape }) => {
    if (shape === 'fragment') return `${head.join('')}${body.join('')}`;
    if (shape === 'no-body')
      return `${doctype}<html lang="${lang}"${dir}>${head.join('')}${body.join('')}`;
    return `${doctype}<html lang="${lang}"${dir}><head>${head.join('')}</head><body>${body.join('')}</body></html>`;
  });

// ---------------------------------------------------------------------------------------------
// Hostile pages

/** A page around a body snippet, with a head snippet. */
export function shell(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>${head}</head><body><article><h1>A story</h1>${body}</article><footer class="site-footer"><p>© 2024 Host Example</p></footer></body></html>`;
}

/** Long-text fillers: each repeats a unit the detectors' patterns start with or pump. */
export const FILLERS: Record<string, string> = {
  words: 'the council met again on Tuesday and ',
  letters: 'a',
  spaces: ' ',
  tabs: '\t \n',
  'a.': 'a.',
  dots: '.',
  '. ': '. ',
  commas: ',',
  bangs: '!',
  slashes: '/',
  pipes: '| ',
  dashes: '–',
  parens: '(',
  quotes: '"',
  copyright: 'Copyright © ',
  '(c) 2020': '(c) 2020 ',
  years: '2020-',
  reserved: 'All rights reserved ',
  'originally published': 'This article was originally published ',
  'first appeared': 'This story first appeared on ',
  'the post': 'The post ',
  'authored by': 'Authored by ',
  'reporting by': 'Reporting by ',
  source: 'Source: ',
  via: 'via ',
  dates: '21 January 2020 ',
  'iso dates': '2020-01-21',
  'numeric dates': '21.01.',
  'wire dateline': 'LONDON (Reuters ',
  'creative commons': 'Creative Commons ',
  'cc by': 'CC BY-',
  permission: 'grants permission to ',
  'may not': 'may not be ',
  'reprinted with permission': 'Reprinted with permission ',
  'статья впервые': 'Статья впервые опубликована ',
  'zuerst erschienen': 'Dieser Beitrag erschien zuerst ',
  email: 'a@b.',
  pixel: '/pixel.php?',
  bidi: '\u202e\u2066\u200f',
  controls: '\u0000\u0001\u007f\u0085',
  surrogates: '\ud800\udfff\udc00',
  mojibake: 'Ã©â€™',
};

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, Math.max(1, chars));
}

export interface HostileSpec {
  kind:
    | 'nest'
    | 'big-text'
    | 'many-blocks'
    | 'many-links'
    | 'ld-huge-string'
    | 'ld-array'
    | 'ld-deep-object'
    | 'ld-deep-array'
    | 'ld-deep-name'
    | 'meta-huge'
    | 'attr-huge'
    | 'odd-encoding'
    | 'many-sources'
    | 'many-credits'
    | 'many-holders'
    | 'many-meta'
    | 'links-and-source';
  /** Nesting depth, element count, or characters, by kind. */
  size: number;
  tags: string[];
  filler: string;
  /** A credit word or phrase placed inside the hostile structure. */
  credit: string;
}

const escapeJson = (s: string) => JSON.stringify(s);

/** The HTML of a hostile page. */
export function hostilePage(s: HostileSpec): string {
  const unit = FILLERS[s.filler] ?? s.filler;
  const credit = escapeText(s.credit);
  const tags = s.tags.length ? s.tags : ['div'];
  switch (s.kind) {
    case 'nest': {
      const open: string[] = [];
      const close: string[] = [];
      for (let i = 0; i < s.size; i++) {
        const t = tags[i % tags.length]!;
        open.push(`<${t}>`);
        close.push(`</${t}>`);
      }
      return shell(
        `${open.join('')}${credit} South Front 21 January 2020${close.reverse().join('')}`,
      );
    }
    case 'big-text':
      return shell(`<p>${credit} ${escapeText(repeatTo(unit, s.size))}z</p>`);
    case 'many-blocks': {
      const t = tags[0]!;
      const piece = `<${t}>${credit} ${escapeText(unit)}</${t}>`;
      return shell(piece.repeat(Math.max(1, Math.floor(s.size / piece.length))));
    }
    case 'many-links': {
      const a = `<a href="https://southfront.org/${'x'.repeat(s.size % 7)}">${credit}</a> `;
      return shell(`<p>Source: ${a.repeat(Math.max(1, Math.floor(s.size / a.length)))}</p>`);
    }
    case 'ld-huge-string': {
      const v = escapeJson(`${repeatTo(unit, s.size)}z`);
      return shell(
        '<p>Body text.</p>',
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":${v},"publisher":{"name":${v}},"copyrightNotice":${v},"creditText":${v},"isBasedOn":${v},"license":${v},"datePublished":${v}}</script>`,
      );
    }
    case 'ld-array': {
      const item = '{"@type":"NewsArticle","isBasedOn":"https://southfront.org/x"}';
      const n = Math.max(1, Math.floor(s.size / (item.length + 1)));
      return shell(
        '<p>Body text.</p>',
        `<script type="application/ld+json">{"@graph":[${Array(n).fill(item).join(',')}],"@type":"NewsArticle","author":[${Array(n).fill('"x"').join(',')}]}</script>`,
      );
    }
    case 'ld-deep-object': {
      const depth = s.size;
      return shell(
        '<p>Body text.</p>',
        `<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":${'{"isBasedOn":'.repeat(depth)}"x"${'}'.repeat(depth)}}</script>`,
      );
    }
    case 'ld-deep-array': {
      const depth = s.size;
      const deep = `${'['.repeat(depth)}"South Front"${']'.repeat(depth)}`;
      return shell(
        '<p>Body text.</p>',
        `<script type="application/ld+json">{"@type":"NewsArticle","publisher":${deep},"author":${deep},"isBasedOn":${deep},"copyrightHolder":${deep},"license":${deep}}</script>`,
      );
    }
    case 'ld-deep-name': {
      const depth = s.size;
      const deep = `${'{"name":'.repeat(depth)}"South Front"${'}'.repeat(depth)}`;
      return shell(
        '<p>Body text.</p>',
        `<script type="application/ld+json">{"@type":"NewsArticle","publisher":${deep},"author":${deep},"isBasedOn":${deep},"copyrightHolder":${deep},"sourceOrganization":${deep},"provider":${deep}}</script>`,
      );
    }
    case 'meta-huge': {
      const v = escapeAttr(`${s.credit} ${repeatTo(unit, s.size)}z`);
      return shell(
        '<p>Body text.</p>',
        META_KEYS.map((k) => `<meta name="${k}" content="${v}">`).join('') +
          `<link rel="canonical" href="https://x.example/${escapeAttr(repeatTo(unit, s.size))}">`,
      );
    }
    case 'attr-huge': {
      const v = escapeAttr(repeatTo(unit, s.size));
      return shell(
        `<div class="${v}" id="${v}" role="${v}"><p>${credit} South Front</p><a href="${v}">${credit}</a><img src="${v}"></div>`,
      );
    }
    case 'many-sources': {
      // Distinct publishers, one labelled line each: every line is a finding and an organisation.
      const lines: string[] = [];
      for (let i = 0, n = 0; n < s.size; i++) {
        const line = `<p>Source: <a href="https://pub${i}.example/x">Publisher ${i}</a></p>`;
        lines.push(line);
        n += line.length;
      }
      return shell(lines.join(''));
    }
    case 'many-credits': {
      const lines: string[] = [];
      for (let i = 0, n = 0; n < s.size; i++) {
        const line = `<p>This article first appeared on Publisher ${i} News. ${credit} Outlet ${i}.</p>`;
        lines.push(line);
        n += line.length;
      }
      return shell(lines.join(''));
    }
    case 'many-holders': {
      // One copyright line naming a crowd of holders, in the footer and in the article.
      const names: string[] = [];
      for (let i = 0, n = 0; n < s.size / 2; i++) {
        names.push(`Holder ${i}`);
        n += 10;
      }
      const line = `© 2020 ${names.join(', ')}. All rights reserved.`;
      return `<!doctype html><html><head><title>t</title></head><body><article><p>Reprinted with permission.</p><p>${line}</p></article><footer class="site-footer"><p>${line}</p></footer></body></html>`;
    }
    case 'many-meta': {
      const tags: string[] = [];
      for (let i = 0, n = 0; n < s.size; i++) {
        const tag = `<meta name="syndication-source" content="https://pub${i}.example/x"><meta name="dc.source" content="Publisher ${i}">`;
        tags.push(tag);
        n += tag.length;
      }
      return shell('<p>Body text.</p>', tags.join(''));
    }
    case 'links-and-source': {
      // Named sources without a domain, and a crowd of links whose domains might spell them.
      const links: string[] = [];
      for (let i = 0, n = 0; n < s.size; i++) {
        const a = `<a href="https://site${i}.example/p">s${i}</a> `;
        links.push(a);
        n += a.length;
      }
      const sources = Array.from({ length: 30 }, (_, i) => `<p>Source: Named Outlet ${i}</p>`);
      return shell(`${sources.join('')}<p>${links.join('')}</p>`);
    }
    case 'odd-encoding': {
      const text = repeatTo(ODD.join('') + unit, s.size);
      return `\uFEFF<!doctype html><html lang="${escapeAttr(text.slice(0, 50))}"><head><meta charset="x-mac-klingon"><title>${escapeText(text.slice(0, 200))}</title></head><body dir="rtl"><p>${credit}\u202e ${escapeText(text)}</p><p>\u0000${credit}\u0000South\u200bFront</p></body></html>`;
    }
  }
}

export interface Limits {
  /** Largest nesting depth. */
  depth: number;
  /** Most characters of text. */
  chars: number;
}

/**
 * A size from 1 to `max`, spread evenly over orders of magnitude (as many cases of 10 to 100
 * as of 100,000 to 1,000,000), and now and then `max` itself.
 */
export const sizeArb = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    {
      weight: 19,
      arbitrary: fc
        .double({ min: 0, max: Math.log(max), noNaN: true })
        .map((x) => Math.max(1, Math.min(max, Math.round(Math.exp(x))))),
    },
    { weight: 1, arbitrary: fc.constant(max) },
  );

export const hostileArb = (limits: Limits): fc.Arbitrary<HostileSpec> =>
  fc
    .record({
      kind: fc.constantFrom<HostileSpec['kind']>(
        'nest',
        'nest',
        'big-text',
        'big-text',
        'many-blocks',
        'many-links',
        'ld-huge-string',
        'ld-array',
        'ld-deep-object',
        'ld-deep-array',
        'ld-deep-name',
        'meta-huge',
        'attr-huge',
        'odd-encoding',
        'many-sources',
        'many-credits',
        'many-holders',
        'many-meta',
        'links-and-source',
      ),
      depth: sizeArb(limits.depth),
      chars: sizeArb(limits.chars),
      tags: fc.array(
        fc.constantFrom(
          'div',
          'span',
          'a',
          'b',
          'p',
          'li',
          'ul',
          'blockquote',
          'section',
          'table',
          'td',
          'font',
          'aside',
          'figure',
          'x-y',
        ),
        { minLength: 1, maxLength: 3 },
      ),
      filler: fc.constantFrom(...Object.keys(FILLERS)),
      credit: fc.constantFrom(...CREDIT_WORDS),
    })
    .map(({ kind, depth, chars, tags, filler, credit }) => ({
      kind,
      size: kind === 'nest' || kind.startsWith('ld-deep') ? depth : chars,
      tags,
      filler,
      credit,
    }));

// ---------------------------------------------------------------------------------------------
// Real pages and their mutations

export interface Source {
  name: string;
  html: string;
  url: string | null;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** The fixture pages, when present. */
export function fixturePages(): Source[] {
  const dir = resolve(ROOT, 'tests/fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((s) => existsSync(resolve(dir, s, 'source.html')))
    .sort()
    .map((s) => {
      const url = resolve(dir, s, 'url');
      return {
        name: `fixture ${s}`,
        html: readFileSync(resolve(dir, s, 'source.html'), 'utf8'),
        url: existsSync(url) ? readFileSync(url, 'utf8').trim() : null,
      };
    });
}

/** Readability's test pages beside the project, when present: `count` of them, spread evenly, at most `maxBytes` each. */
export function corpusPages(count: number, maxBytes = Number.POSITIVE_INFINITY): Source[] {
  const dir = resolve(ROOT, '../shared/corpus/readability-test-pages');
  if (!existsSync(dir) || count <= 0) return [];
  const all = readdirSync(dir)
    .filter((s) => {
      const f = resolve(dir, s, 'source.html');
      return existsSync(f) && statSync(f).size <= maxBytes;
    })
    .sort();
  const step = Math.max(1, all.length / count);
  const picked: string[] = [];
  for (let i = 0; i < all.length && picked.length < count; i += step)
    picked.push(all[Math.floor(i)]!);
  return picked.map((s) => ({
    name: `corpus ${s}`,
    html: readFileSync(resolve(dir, s, 'source.html'), 'utf8'),
    url: 'http://fakehost/test/page.html',
  }));
}

/** Pages to mutate when neither the fixtures nor the corpus are there. */
export function fallbackPages(): Source[] {
  return [
    'This article first appeared on <a href="https://www.truthdig.com/articles/x/">Truthdig</a>.',
    'Source: <a href="https://www.rt.com/news/1234-story/">RT</a>',
    'Copyright © <a href="#">South Front</a>, 2020. All rights reserved.',
    'LONDON (Reuters) - British inflation rose unexpectedly in March, official figures showed on Wednesday.',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","isBasedOn":{"url":"https://www.propublica.org/article/x"}}</script>',
  ].map((snippet, i) => ({
    name: `example ${i}`,
    html: examplePage(snippet),
    url: 'https://host.example/news/story.html',
  }));
}

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'nest'; at: number; depth: number; tags: string[] }
  | { op: 'attr'; at: number; name: string; value: string }
  | { op: 'text'; at: number; text: string; repeat: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'ld'; script: string };

export const mutationArb = (limits: Limits): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('duplicate' as const),
      at: fc.nat(),
      times: fc.integer({ min: 1, max: 20 }),
    }),
    fc.record({
      op: fc.constant('nest' as const),
      at: fc.nat(),
      depth: sizeArb(limits.depth),
      tags: fc.array(
        fc.constantFrom('div', 'span', 'a', 'b', 'section', 'li', 'blockquote', 'td'),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    }),
    fc.record({
      op: fc.constant('attr' as const),
      at: fc.nat(),
      name: fc.oneof(
        fc.constantFrom(
          'class',
          'id',
          'role',
          'href',
          'src',
          'rel',
          'hidden',
          'aria-hidden',
          'lang',
        ),
        fc.string({ minLength: 1, maxLength: 8 }),
      ),
      value: fc.oneof(
        fc.constantFrom(...CLASS_WORDS, ...URLS, 'main', 'article', 'license', 'true'),
        textArb,
      ),
    }),
    fc.record({
      op: fc.constant('text' as const),
      at: fc.nat(),
      text: textArb,
      repeat: fc.oneof(
        { weight: 4, arbitrary: fc.constant(1) },
        {
          weight: 1,
          arbitrary: sizeArb(Math.max(1, Math.floor(limits.chars / 40))),
        },
      ),
    }),
    fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('ld' as const), script: ldScriptArb }),
  );

/** Apply mutations to a page and serialise it again. */
export function mutate(html: string, mutations: readonly Mutation[]): string {
  const { document } = parseHTML(html);
  for (const m of mutations) {
    const all = document.querySelectorAll('*');
    if (!all.length) break;
    const el = 'at' in m ? all[m.at % all.length]! : all[0]!;
    const parent = el.parentNode;
    try {
      switch (m.op) {
        case 'delete':
          if (el !== document.documentElement) el.remove();
          break;
        case 'duplicate':
          if (parent && el !== document.documentElement)
            for (let i = 0; i < m.times; i++)
              parent.insertBefore(el.cloneNode(true), el.nextSibling);
          break;
        case 'nest': {
          if (!parent || el === document.documentElement) break;
          const outer = document.createElement(m.tags[0]!);
          let inner = outer;
          for (let i = 1; i < m.depth; i++) {
            const next = document.createElement(m.tags[i % m.tags.length]!);
            inner.appendChild(next);
            inner = next;
          }
          parent.insertBefore(outer, el);
          inner.appendChild(el);
          break;
        }
        case 'attr':
          el.setAttribute(m.name, m.value);
          break;
        case 'text':
          el.appendChild(document.createTextNode(m.text.repeat(m.repeat)));
          break;
        case 'move': {
          const target = all[m.to % all.length]!;
          if (target !== el && !el.contains(target) && el !== document.documentElement)
            target.appendChild(el);
          break;
        }
        case 'ld': {
          const holder = document.createElement('div');
          holder.innerHTML = m.script;
          (document.head ?? document.documentElement).appendChild(holder.firstChild ?? holder);
          break;
        }
      }
    } catch {
      // An attribute name the DOM refuses, a node that cannot move there: the page stays as it was.
    }
  }
  return document.toString();
}
