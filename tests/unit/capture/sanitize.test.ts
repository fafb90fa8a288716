import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/capture';
import { sanitizeCss } from '../../../src/capture/safety/css';
import { urlScheme } from '../../../src/capture/safety/url-scheme';
import { DOMS, type DomName } from '../helpers/dom';

const doms = Object.keys(DOMS) as DomName[];
const parse = (name: DomName) => (h: string) => DOMS[name](h);

// [what, input fragment, must not contain (case-insensitive), removed entry]
const DANGEROUS: Array<[string, string, RegExp, string]> = [
  ['a script', '<p>a</p><script>alert(1)</script>', /<script|alert/, 'script elements (1)'],
  ['an SVG script', '<svg><script>alert(1)</script></svg>', /<script|alert/, 'script elements (1)'],
  [
    'an event handler',
    '<img src="data:image/png;base64,AAAA" onerror="alert(1)">',
    /onerror/,
    'event-handler attributes (1)',
  ],
  [
    'an upper-case handler',
    '<p ONMOUSEOVER="alert(1)">x</p>',
    /onmouseover/,
    'event-handler attributes (1)',
  ],
  [
    'a javascript: link',
    '<a href="javascript:alert(1)">x</a>',
    /javascript/,
    'unsafe addresses (1)',
  ],
  [
    'a tab-disguised scheme',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    /href/,
    'unsafe addresses (1)',
  ],
  [
    'a newline-disguised scheme',
    '<a href="java&#10;script:alert(1)">x</a>',
    /href/,
    'unsafe addresses (1)',
  ],
  [
    'a NUL-disguised scheme',
    '<a href="java&#0;script:alert(1)">x</a>',
    /href/,
    'unsafe addresses (1)',
  ],
  [
    'leading control characters',
    '<a href="&#x01;&#x20;javascript:alert(1)">x</a>',
    /href/,
    'unsafe addresses (1)',
  ],
  ['an entity colon', '<a href="javascript&colon;alert(1)">x</a>', /href/, 'unsafe addresses (1)'],
  [
    'a double-encoded tab',
    '<a href="jav&amp;#x09;ascript:alert(1)">x</a>',
    /href/,
    'unsafe addresses (1)',
  ],
  ['mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', /href/, 'unsafe addresses (1)'],
  ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript/, 'unsafe addresses (1)'],
  [
    'a data:text/html link',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    /href|script/,
    'unsafe addresses (1)',
  ],
  [
    'a data:text/html image',
    '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    /src=/,
    'unsafe addresses (1)',
  ],
  [
    'a form action',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    /action/,
    'unsafe addresses (1)',
  ],
  [
    'a button formaction',
    '<button formaction="javascript:alert(1)">go</button>',
    /formaction/,
    'unsafe addresses (1)',
  ],
  [
    'an SVG xlink:href',
    '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>',
    /javascript/,
    'unsafe addresses (1)',
  ],
  [
    'an SVG href animation',
    '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>t</text></a></svg>',
    /animate|javascript/,
    'SVG link animations (1)',
  ],
  ['an iframe', '<iframe src="https://ads.example/"></iframe>', /iframe/, 'embedded frames (1)'],
  [
    'a srcdoc iframe',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    /iframe|srcdoc/,
    'embedded frames (1)',
  ],
  ['an object', '<object data="x.swf"></object>', /object/, 'embedded objects (1)'],
  ['an embed', '<embed src="x.swf">', /embed/, 'embedded objects (1)'],
  [
    'a base element',
    '<base href="https://evil.example/"><a href="/x">x</a>',
    /<base/,
    'base element (1)',
  ],
  [
    'a meta refresh',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>x</p>',
    /refresh/,
    'meta refresh (1)',
  ],
  [
    'a remote stylesheet',
    '<link rel="stylesheet" href="https://cdn.example/s.css"><p>x</p>',
    /<link/,
    'remote stylesheets (1)',
  ],
  [
    'a preload',
    '<link rel="preload" href="https://cdn.example/f.woff"><p>x</p>',
    /<link/,
    'preload and icon links (1)',
  ],
  [
    'a remote image',
    '<img src="https://tracker.example/p.gif" alt="Photo">',
    /src=/,
    'remote image and media sources (1)',
  ],
  [
    'a relative image',
    '<img src="/p.gif" alt="Photo">',
    /src=/,
    'remote image and media sources (1)',
  ],
  [
    'a srcset',
    '<img srcset="https://cdn.example/a.jpg 1x" alt="Photo">',
    /srcset/,
    'remote image and media sources (1)',
  ],
  [
    'a video poster',
    '<video poster="https://cdn.example/p.jpg"></video>',
    /poster/,
    'remote image and media sources (1)',
  ],
  [
    'a link ping',
    '<a href="https://ok.example/" ping="https://tracker.example/">x</a>',
    /ping/,
    'remote image and media sources (1)',
  ],
  [
    'an SVG use of a remote file',
    '<svg><use href="https://cdn.example/i.svg#a"></use></svg>',
    /cdn\.example/,
    'remote image and media sources (1)',
  ],
  [
    'a CSS import',
    '<style>@import url(https://cdn.example/s.css); p{color:red}</style>',
    /@import|cdn/,
    'remote loads in stylesheets (1)',
  ],
  [
    'a CSS background',
    '<p style="background: url(https://tracker.example/p.gif)">x</p>',
    /tracker/,
    'remote loads in styles (1)',
  ],
  [
    'a CSS javascript url',
    '<p style="background:url(&quot;javascript:alert(1)&quot;)">x</p>',
    /javascript/,
    'remote loads in styles (1)',
  ],
  [
    'a CSS-escaped url',
    '<style>p{background:u\\72l(https://tracker.example/p.gif)}</style>',
    /tracker/,
    'remote loads in stylesheets (1)',
  ],
  [
    'a noscript',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    /onerror|noscript/,
    'noscript elements (1)',
  ],
  [
    'a template',
    '<template><script>alert(1)</script></template>',
    /template|script/,
    'template elements (1)',
  ],
];

describe.each(doms)('sanitizeHtml under %s', (dom) => {
  it.each(DANGEROUS)('removes %s', (_what, input, forbidden, removed) => {
    const out = sanitizeHtml(input, parse(dom));
    expect(out.html.toLowerCase()).not.toMatch(forbidden);
    expect(out.removed).toContain(removed);
  });

  // Things that look alarming but are only words, or safe.
  it.each([
    [
      'prose mentioning javascript:',
      '<p>Type javascript:alert(1) in the address bar to see it fail.</p>',
    ],
    ['a code sample', '<pre><code>&lt;script&gt;alert("x")&lt;/script&gt;</code></pre>'],
    ['an https link', '<a href="https://southfront.org/article">South Front</a>'],
    ['a relative link', '<a href="/world/2020/article">Story</a>'],
    ['a fragment link', '<a href="#comments">Comments</a>'],
    ['a mailto link', '<a href="mailto:publications@globalresearch.ca">Mail</a>'],
    ['an inline image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">'],
    ['a fragment use', '<svg><use href="#icon"></use></svg>'],
    ['plain inline style', '<p style="color: red">Red</p>'],
    ['a data attribute', '<p data-id="javascript:1">x</p>'],
    ['a title attribute with markup', '<p title="&lt;img src=x onerror=alert(1)&gt;">x</p>'],
    ['a canonical link', '<link rel="canonical" href="https://southfront.org/a"><p>x</p>'],
  ])('keeps %s untouched', (_what, input) => {
    const out = sanitizeHtml(input, parse(dom));
    expect(out.removed).toEqual([]);
    expect(out.html).toBe(
      DOMS[dom](`<!DOCTYPE html><html><head></head><body>${input}</body></html>`).body.innerHTML,
    );
  });

  it('keeps the text and alt of a stripped image', () => {
    const out = sanitizeHtml(
      '<figure><img src="https://x.example/a.jpg" alt="Troops"><figcaption>Idlib</figcaption></figure>',
      parse(dom),
    );
    expect(out.html).toContain('alt="Troops"');
    expect(out.html).toContain('Idlib');
  });

  it('returns a whole document for a whole document, with a doctype', () => {
    const out = sanitizeHtml(
      '<!doctype html><html lang="en"><head><title>T</title><script>1</script></head><body><p>Hi</p></body></html>',
      parse(dom),
    );
    expect(out.html).toMatch(
      /^<!DOCTYPE html>\n<html lang="en"><head><title>T<\/title><\/head><body><p>Hi<\/p><\/body><\/html>$/,
    );
  });

  it('counts repeated removals once per kind', () => {
    const out = sanitizeHtml(
      '<script>1</script><script>2</script><p onclick="a" onload="b">x</p>',
      parse(dom),
    );
    expect(out.removed).toEqual(['script elements (2)', 'event-handler attributes (2)']);
  });
});

describe('urlScheme', () => {
  it.each([
    ['https://x.example/', 'https'],
    ['  JAVASCRIPT:alert(1)', 'javascript'],
    ['jav\tascript:alert(1)', 'javascript'],
    ['jav&#x09;ascript:alert(1)', 'javascript'],
    ['jav&#9ascript:alert(1)', 'javascript'],
    ['\u0000javascript:1', 'javascript'],
    ['java\u200bscript:1', 'javascript'],
    ['/relative/path', null],
    ['page?x=a:b', null],
    ['#frag', null],
  ])('%j -> %j', (input, scheme) => {
    expect(urlScheme(input)).toBe(scheme);
  });
});

describe('sanitizeCss', () => {
  it.each([
    ['p{color:red}', 'p{color:red}', false],
    [
      'p{background:url("data:image/png;base64,AA==")}',
      'p{background:url("data:image/png;base64,AA==")}',
      false,
    ],
    ['p{background:url(x.png) no-repeat}', 'p{background:none no-repeat}', true],
    ["@import 'https://x/s.css'; p{}", ' p{}', true],
    ['p{width:expression(alert(1))}', '', true],
    ['p{background:image-set("a.png" 1x)}', '', true],
  ])('%j -> %j', (input, css, changed) => {
    expect(sanitizeCss(input)).toEqual({ css, changed });
  });
});
