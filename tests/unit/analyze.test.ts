import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze';
import type { Report } from '../../src/report';
import { DOMS } from './helpers/dom';
import { schemaErrors } from './helpers/schema';

/** A page with real chrome around an article body; `parts` fill its slots. */
function page(parts: {
  head?: string;
  top?: string;
  body?: string;
  after?: string;
  aside?: string;
  comments?: string;
  footer?: string;
  lang?: string;
}): string {
  const story = Array.from(
    { length: 7 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the council debated the river crossing for a third night, and residents who packed the hall said the plan would split the old town in two and cost far more than promised.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="${parts.lang ?? 'en'}"><head><meta charset="utf-8"><title>Bridge vote delayed again</title>${parts.head ?? ''}</head><body>
<header class="site-header"><nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>Bridge vote delayed again</h1>${parts.top ?? '<p class="byline">By Ann Writer</p>'}
${story}${parts.body ?? ''}</article>${parts.after ?? ''}
<aside class="sidebar related-posts"><h3>Related</h3><ul><li><a href="/x">Budget row deepens</a></li></ul>${parts.aside ?? ''}</aside>
<section id="comments" class="comments-area">${parts.comments ?? ''}</section></main>
<footer class="site-footer">${parts.footer ?? '<p>© 2024 Riverside Courier. All rights reserved.</p>'}</footer></body></html>`;
}

const URL = 'https://www.riversidecourier.com/news/2024/05/bridge-vote-delayed';
const OG =
  '<meta property="og:site_name" content="Riverside Courier"><meta property="og:type" content="article">';

function run(html: string, url = URL): Report {
  const report = analyze(DOMS.linkedom(html), { url });
  expect(schemaErrors(report)).toEqual([]);
  return report;
}

describe('status on pages that must stay original', () => {
  test.each([
    ['only the site footer copyright', page({ head: OG })],
    [
      'prose about the original source of a leak',
      page({
        head: OG,
        body: '<p>The original source of the leaked memo has never been identified, and the council refused to say who sent it.</p>',
      }),
    ],
    [
      'in-story citations',
      page({
        head: OG,
        body: '<p>According to Reuters, the contractor had warned of delays. The mayor told the Associated Press that the vote would go ahead.</p>',
      }),
    ],
    [
      'commenters citing sources',
      page({
        head: OG,
        comments:
          '<div class="comment"><p>Source: my cousin at city hall</p></div><div class="comment"><p>Originally published at TruthFeed, wake up people.</p></div>',
      }),
    ],
    [
      'a related-articles teaser',
      page({
        head: OG,
        aside: '<p>This article first appeared on Partner Weekly: Ten bridges we lost</p>',
      }),
    ],
    [
      'a photo credit',
      page({
        head: OG,
        body: '<figure><img src="/a.jpg"><figcaption>The old bridge at dusk. Photo: © AFP</figcaption></figure>',
      }),
    ],
    [
      'the site naming itself',
      page({
        head: OG,
        body: '<p><em>This article first appeared on <a href="https://www.riversidecourier.com/">Riverside Courier</a>.</em></p>',
      }),
    ],
    [
      'a quoted credit line',
      page({
        head: OG,
        body: '<blockquote><p>This article was originally published by the Harbour Gazette.</p></blockquote>',
      }),
    ],
  ])('%s', (_name, html) => {
    const r = run(html);
    expect(r.status).toBe('original');
    expect(r.chain).toHaveLength(1);
    expect(r.chain[0]).toMatchObject({
      role: 'host',
      publisher: 'Riverside Courier',
      domain: 'riversidecourier.com',
    });
    expect(r.attribution).toBeNull();
  });
});

describe('cross-posts', () => {
  test('a two-hop sentence gives host → intermediate → original', () => {
    const r = run(
      page({
        head: OG,
        body: '<p><em>This story was originally published by <a href="https://insideclimatenews.org/news/2024/05/x">Inside Climate News</a> and republished by <a href="https://e360.yale.edu/digest/x">Yale E360</a>.</em></p>',
      }),
    );
    expect(r.status).toBe('cross-post');
    expect(r.chain.map((h) => [h.role, h.publisher, h.domain])).toEqual([
      ['host', 'Riverside Courier', 'riversidecourier.com'],
      ['intermediate', 'Yale E360', 'yale.edu'],
      ['original', 'Inside Climate News', 'insideclimatenews.org'],
    ]);
    expect(r.attribution).toMatchObject({ sourceNamed: true, originalLinked: true });
  });

  test('a source line names the copy taken from; the body names the first publisher', () => {
    const r = run(
      page({
        head: OG,
        top: '<p class="source">Source: <a href="https://www.valleypost.net/2024/05/bridge">Valley Post</a></p>',
        body: '<p>First published by the Harbour Gazette on 2 May 2024.</p>',
      }),
    );
    expect(r.chain.map((h) => h.publisher)).toEqual([
      'Riverside Courier',
      'Valley Post',
      'The Harbour Gazette',
    ]);
    expect(r.chain[2]!.date).toBe('2024-05-02');
  });

  test('signals only in metadata: a cross-domain canonical', () => {
    const r = run(
      page({
        head: `${OG}<link rel="canonical" href="https://www.harbourgazette.co.uk/news/bridge-vote-12345">`,
      }),
    );
    expect(r.status).toBe('cross-post');
    expect(r.chain[1]).toMatchObject({
      role: 'original',
      domain: 'harbourgazette.co.uk',
      url: 'https://www.harbourgazette.co.uk/news/bridge-vote-12345',
    });
  });

  test('a wire story on a local site, and the same story on the agency site', () => {
    const body =
      '<p>LONDON (Reuters) - The council of a riverside town delayed a vote on a new bridge for the third time on Tuesday, officials said.</p><p>Reporting by Ann Writer; Editing by Bob Desk</p>';
    const local = run(page({ head: OG, top: '', body }));
    expect(local.status).toBe('cross-post');
    expect(local.chain[1]).toMatchObject({ publisher: 'Reuters', domain: 'reuters.com' });
    const own = run(
      page({ head: '<meta property="og:site_name" content="Reuters">', top: '', body }),
      'https://www.reuters.com/world/uk/bridge-vote-2024-05-02/',
    );
    expect(own.status).toBe('original');
  });

  test('"Reprinted with permission." takes its source from the copyright line', () => {
    const named = run(
      page({
        head: OG,
        body: '<p><em>Reprinted with permission.</em> © 2024 Harbour Gazette Ltd.</p>',
      }),
    );
    expect(named.status).toBe('cross-post');
    expect(named.chain[1]!.publisher).toBe('Harbour Gazette Ltd');
    const unnamed = run(page({ head: OG, body: '<p><em>Reprinted with permission.</em></p>' }));
    expect(unnamed.status).toBe('unknown');
  });

  test('a hostile credit: javascript: link, markup and bidi characters in the name', () => {
    const r = run(
      page({
        head: OG,
        body: '<p>This article first appeared on <a href="jav&#x09;ascript:alert(1)">Evil\u202E Times &lt;img src=x onerror=alert(1)&gt;</a>.</p>',
      }),
    );
    expect(r.status).toBe('cross-post');
    expect(r.chain[1]!.url).toBeNull();
    expect(r.chain[1]!.publisher).not.toMatch(/\u202E/);
    expect(JSON.stringify(r)).not.toMatch(/javascript:/i);
  });
});

describe('not articles', () => {
  test('a front page full of teasers', () => {
    const teasers = Array.from(
      { length: 20 },
      (_, i) =>
        `<article class="teaser"><h2><a href="/news/story-${i}">Story number ${i} about the town</a></h2><p>A short summary of story ${i}.</p></article>`,
    ).join('');
    const r = run(
      `<!doctype html><html lang="en"><head><title>Riverside Courier</title>${OG}</head><body><nav class="nav"><a href="/">Home</a></nav><main>${teasers}</main></body></html>`,
      'https://www.riversidecourier.com/',
    );
    expect(r.status).toBe('not-article');
    expect(r.article).toBeNull();
  });

  test('a search page', () => {
    const results = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><h3><a href="/news/${i}">Bridge result ${i}</a></h3><p>The council debated the river crossing again, and residents said the plan would split the old town in two (${i}).</p></li>`,
    ).join('');
    const html = `<!doctype html><html lang="en"><head><title>Search: bridge</title><meta property="og:site_name" content="Riverside Courier"></head><body><main><h1>Results for “bridge”</h1><ol class="results">${results}</ol></main></body></html>`;
    const r = run(html, 'https://www.riversidecourier.com/search?q=bridge');
    expect(r.status).toBe('not-article');
  });
});

test('the analysis never modifies the page', () => {
  const doc = DOMS.linkedom(
    page({ head: OG, body: '<p>Originally published at the Harbour Gazette.</p>' }),
  );
  const before = doc.documentElement.outerHTML;
  analyze(doc, { url: URL });
  expect(doc.documentElement.outerHTML).toBe(before);
});
