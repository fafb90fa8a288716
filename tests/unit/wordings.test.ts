import { expect, test } from 'vitest';
import { analyze } from '../../src/analyze';
import { DOMS } from './helpers/dom';

function page(
  body: string,
  head = '<meta property="og:site_name" content="Valley Herald"><meta property="og:type" content="article">',
  lang = 'en',
) {
  const story = Array.from(
    { length: 7 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the council debated the river crossing for a third night, and residents who packed the hall said the plan would split the old town in two and cost far more than promised.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="${lang}"><head><title>Story</title>${head}</head><body><nav class="menu"><a href="/">Home</a></nav><main><article><h1>Story</h1><p class="byline">By Ann Writer</p>${story}${body}</article></main><footer class="site-footer"><p>© 2024 Valley Herald | Terms | Privacy</p></footer></body></html>`;
}
const CASES: Array<[string, string, string]> = [
  [
    'cross',
    'Syndicated from <a href="https://www.civilbeat.org/2024/05/x/">Honolulu Civil Beat</a>.',
    'Honolulu Civil Beat',
  ],
  ['cross', '<p><em>Cross-posted with permission from Daily Kos.</em></p>', 'Daily Kos'],
  [
    'cross',
    "<p>Editor's note: this story originally ran at CalMatters and appears here through a content-sharing agreement.</p>",
    'CalMatters',
  ],
  ['cross', '<p>This piece was first published in The Baffler on 4 March 2024.</p>', 'The Baffler'],
  [
    'cross',
    '<p>Originally published at <a href="https://example-original.org/2024/03/story">https://example-original.org/2024/03/story</a></p>',
    'example-original.org',
  ],
  ['cross', '<p>via example-original.org</p>', 'example-original.org'],
  ['cross', '<p>This column also appeared in the Tampa Bay Times.</p>', 'The Tampa Bay Times'],
  ['cross', '<p>© Agence France-Presse</p>', 'AFP'],
  [
    'cross',
    '<p class="byline">By JANE DOE Associated Press</p><p>Copyright 2024 The Associated Press. All rights reserved.</p>',
    'The Associated Press',
  ],
  [
    'cross',
    '<footer class="entry-footer"><p>This article originally appeared on <a href="https://www.hcn.org/articles/x">High Country News</a>.</p></footer>',
    'High Country News',
  ],
  ['cross', "<p>Publié avec l'aimable autorisation de Mediapart.</p>", 'Mediapart'],
  ['cross', '<p>Dieser Text ist zuerst im Freitag erschienen.</p>', 'Freitag'],
  [
    'cross',
    '<p>Artículo publicado originalmente por El Confidencial el 3 de marzo.</p>',
    'El Confidencial',
  ],
  ['cross', '<p>Questo articolo è apparso per la prima volta su Il Manifesto.</p>', 'Il Manifesto'],
  ['cross', '<p>Texto publicado originalmente no site Outras Palavras.</p>', 'Outras Palavras'],
  [
    'cross',
    '<p>Материал впервые опубликован на сайте «Новая газета Европа».</p>',
    'Новая газета Европа',
  ],
  ['cross', '<p>Перепечатано с разрешения редакции «Коммерсантъ».</p>', 'Коммерсантъ'],
  [
    'cross',
    '<p><i>Este artículo fue publicado originalmente en <a href="https://theconversation.com/es/x-123">The Conversation</a>. Lea el original.</i></p>',
    'The Conversation',
  ],
  [
    'cross',
    '<p>Cet article est republié à partir de The Conversation sous licence Creative Commons. Lire l’article original.</p>',
    'The Conversation',
  ],
  ['orig', '<p>This article first appeared in our print edition.</p>', ''],
  ['orig', '<p>First published in 1851, the newspaper is the oldest in the state.</p>', ''],
  [
    'orig',
    '<p>The original article, published by the Guardian in 2019, claimed the opposite.</p>',
    '',
  ],
  [
    'orig',
    '<p>Selon l’AFP, le ministre a démissionné. Le rapport a d’abord été publié en 2019.</p>',
    '',
  ],
  [
    'orig',
    '<p>Wie die Deutsche Presse-Agentur berichtete, wurde der Bericht zuerst 2019 veröffentlicht.</p>',
    '',
  ],
  [
    'orig',
    '<p>The deal was first reported by The Wall Street Journal last week, and the company confirmed it on Monday.</p>',
    '',
  ],
  ['orig', '<p class="bio">Ann Writer writes a column for The Atlantic.</p>', ''],
  ['orig', '<p>Sources: Office for National Statistics; Ministry of Health; Eurostat.</p>', ''],
  ['orig', '<blockquote class="twitter-tweet"><p>Big news via @Reuters</p></blockquote>', ''],
  ['orig', '<p>(Photo: Reuters)</p>', ''],
  ['orig', '<p>Source: company press release</p>', ''],
  ['orig', '<p>This article was updated on 3 May 2024 to correct a figure.</p>', ''],
  [
    'orig',
    '<p>A version of this article appeared in print on May 3, 2024, Section A, Page 1.</p>',
    '',
  ],
];
/**
 * Whole pages, one credit wording each, checked end to end: the status, and for a cross-post
 * the original's name or domain. Wordings the detector examples do not spell out.
 */
test.each(CASES)('%s: %s', (want, body, pub) => {
  const r = analyze(DOMS.linkedom(page(body)), {
    url: 'https://www.valleyherald.com/news/2024/05/story',
  });
  if (want === 'orig') {
    expect(r.status).toBe('original');
    return;
  }
  expect(r.status).toBe('cross-post');
  const last = r.chain.at(-1)!;
  expect([last.publisher, last.domain]).toContain(pub);
});
