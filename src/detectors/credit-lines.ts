import type { Block } from '../extract/blocks';
import { clean, truncate } from '../text/normalize';
import { sentences } from '../text/sentences';

export { sentences };

import { ANONYMOUS, FORMS } from './credit-forms';
import { NOTE_LABEL } from './labels';
import { AND_REPUBLISHED } from './lexicon';
import { partyFrom } from './party';
import type { Context, Detector, Finding } from './types';

/**
 * Republication credits in running text: "This article first appeared on X", "Originally
 * published at X", "The original source of this article is X", "Reprinted with permission
 * from X", "The post T appeared first on X", "Authored by A via X" — and the same in
 * French, German, Spanish, Italian, Portuguese and Russian. Each pattern is anchored at a
 * sentence start, so prose that merely mentions an "original source" does not match.
 */

/** Regions whose words are never a credit for the article. */
export const NOT_CREDIT = new Set(['comments', 'nav', 'related', 'media', 'quote']);

/** Cheap test before the patterns: does the block contain any credit word at all? */
const TRIGGER =
  /more\s+(?:stories\s+|news\s+|articles\s+|coverage\s+)?(?:from|by)\b|distribu|diffus|vertrieb|verbreit|original|first|publi|pubbli|appear|republi|reprint|reproduc|repost|cross-?post|syndicat|shared|via\b|permission|courtesy|concessione|genehmigung|erschien|zuerst|ursprüngl|erstmals|parue?\b|repris|autoris|permis|опублик|впервые|перепечат|вышл|вышел|появил|разрешени|источник|übernommen|ristampat|riprodott|reproduzid|reimpres|paru|apareci|apparso|uscit/i;

function fromBlock(block: Block, ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const { s } of sentences(block.text)) {
    const sentence = s.replace(/^[\s*_"“'‘([–—-]+/, '').replace(NOTE_LABEL, '');
    for (const form of FORMS) {
      const m = form.re.exec(sentence);
      if (!m?.groups?.x || (form.needs && !form.needs(m))) continue;
      let words = m.groups.x;
      let via = m.groups.v ? partyFrom(m.groups.v, block, ctx.url) : null;
      const two = AND_REPUBLISHED.exec(words);
      if (two && !via) {
        via = partyFrom(two[1]!, block, ctx.url);
        words = words.slice(0, two.index);
      }
      const party = partyFrom(words, block, ctx.url);
      if (!party) continue;
      out.push({
        kind: form.kind,
        source: 'text',
        text: truncate(clean(s), 300),
        strength: 'strong',
        block,
        party,
        depth: form.depth,
        ...(via ? { via } : {}),
      });
      break;
    }
    // "Reprinted with permission." names no one: the analyser looks to the copyright line.
    if (!out.length && ANONYMOUS.test(sentence)) {
      out.push({
        kind: 'republished-from',
        source: 'text',
        text: truncate(clean(s), 300),
        strength: 'weak',
        block,
        depth: 'immediate',
      });
    }
  }
  return out;
}

export const creditLines: Detector = {
  id: 'credit-lines',
  description:
    'Original-source and republication lines in seven languages ("first appeared on", "reprinted with permission from"…).',
  detect(ctx) {
    const out: Finding[] = [];
    for (const block of ctx.page.blocks) {
      if (NOT_CREDIT.has(block.region) || block.text.length > 1200 || !TRIGGER.test(block.text))
        continue;
      out.push(...fromBlock(block, ctx));
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: 'The original source of this article is <a href="https://southfront.org/">South Front</a>',
        expect: { name: 'South Front', domain: 'southfront.org' },
      },
      {
        html: 'Original source: <a href="https://www.mintpressnews.com/story/123/">MintPress News</a>',
        expect: { name: 'MintPress News', domain: 'mintpressnews.com' },
      },
      {
        html: '<em>This article first appeared on <a href="https://www.truthdig.com/articles/x/">Truthdig</a>.</em>',
        expect: { name: 'Truthdig', domain: 'truthdig.com' },
      },
      {
        html: 'Originally published at <a href="https://example-news.org/2021/03/a-story">Example News</a> on March 3, 2021.',
        expect: { name: 'Example News', date: '2021-03-03' },
      },
      {
        html: 'This story was originally published by Grist. Sign up for their newsletter.',
        expect: { name: 'Grist' },
      },
      {
        html: 'This article is republished from <a href="https://theconversation.com/x-1">The Conversation</a> under a Creative Commons license. Read the original article.',
        expect: { name: 'The Conversation', domain: 'theconversation.com' },
      },
      {
        html: 'Reprinted with permission from Foreign Policy Journal.',
        expect: { name: 'Foreign Policy Journal' },
      },
      {
        html: 'The post Ten things about soil appeared first on Modern Farmer.',
        expect: { name: 'Modern Farmer' },
      },
      { html: 'Authored by Jane Roe via The Epoch Times,', expect: { name: 'The Epoch Times' } },
      {
        html: 'A version of this piece ran first in the Boston Review.',
        expect: { name: 'The Boston Review' },
      },
      {
        html: 'This article was originally published by Inside Climate News and republished by Yale E360.',
        expect: { name: 'Inside Climate News', via: 'Yale E360' },
      },
      {
        html: 'Cet article a été publié initialement sur <a href="https://www.mediapart.fr/x">Mediapart</a>.',
        expect: { name: 'Mediapart', domain: 'mediapart.fr' },
      },
      {
        html: 'Article paru d’abord dans Le Monde diplomatique.',
        expect: { name: 'Le Monde diplomatique' },
      },
      {
        html: 'Dieser Beitrag erschien zuerst bei Netzpolitik.org.',
        expect: { domain: 'netzpolitik.org' },
      },
      {
        html: 'Der Text wurde ursprünglich auf Telepolis veröffentlicht.',
        expect: { name: 'Telepolis' },
      },
      {
        html: 'Este artículo fue publicado originalmente en El Salto.',
        expect: { name: 'El Salto' },
      },
      {
        html: 'Publicado originalmente en <a href="https://elpais.com/x">El País</a> el 3 de marzo de 2024.',
        expect: { name: 'El País', date: '2024-03-03' },
      },
      {
        html: 'Questo articolo è stato pubblicato originariamente su Valigia Blu.',
        expect: { name: 'Valigia Blu' },
      },
      {
        html: 'Este artigo foi publicado originalmente no Nexo Jornal.',
        expect: { name: 'Nexo Jornal' },
      },
      {
        html: 'Статья впервые опубликована на сайте «Новая газета».',
        expect: { name: 'Новая газета' },
      },
      { html: 'Mit freundlicher Genehmigung von Der Freitag.', expect: { name: 'Der Freitag' } },
      {
        html: 'Ripubblicato per gentile concessione di Internazionale.',
        expect: { name: 'Internazionale' },
      },
      {
        html: '<strong>Editor\'s note:</strong> This essay was first published by <a href="https://aeon.co/essays/x">Aeon</a>.',
        expect: { name: 'Aeon', domain: 'aeon.co' },
      },
      { html: 'Used with permission of The Texas Tribune.', expect: { name: 'The Texas Tribune' } },
      {
        html: 'It originally ran in the Seattle Times on 4 May 2022.',
        expect: { name: 'The Seattle Times', date: '2022-05-04' },
      },
      {
        html: 'Este texto se publicó originalmente en Agenda Pública.',
        expect: { name: 'Agenda Pública' },
      },
      { html: 'L’articolo originale è stato pubblicato su Il Post.', expect: { name: 'Il Post' } },
      { html: 'Cet article a d’abord été publié sur Reporterre.', expect: { name: 'Reporterre' } },
      { html: 'Der Beitrag ist zuerst bei Übermedien erschienen.', expect: { name: 'Übermedien' } },
      { html: 'Grist first published this story on 3 June 2024.', expect: { name: 'Grist' } },
      {
        html: 'This report was produced by KFF Health News and is republished here with permission.',
        expect: { name: 'KFF Health News' },
      },
      {
        html: 'Перепечатано с разрешения редакции «Коммерсантъ».',
        expect: { name: 'Коммерсантъ' },
      },
      {
        html: '<em>This post was originally written for <a href="https://themarkup.org/">The Markup</a>.</em>',
        expect: { name: 'The Markup', domain: 'themarkup.org' },
      },
      {
        html: '<p><strong>Civil Eats via Grist</strong> — When the lunch line opens at the county school, the burgers come from a ranch twenty miles away.</p>',
        expect: { name: 'Civil Eats', via: 'Grist' },
      },
      {
        html: 'This article is distributed by Tribune Content Agency.',
        expect: { name: 'Tribune Content Agency' },
      },
      {
        html: 'Click here for more from <a href="https://nypost.com/">the New York Post</a>.',
        expect: { name: 'The New York Post', domain: 'nypost.com' },
      },
      {
        html: 'Artículo publicado originalmente por El Confidencial el 3 de marzo.',
        expect: { name: 'El Confidencial' },
      },
      { html: 'Материал впервые опубликован изданием «Медуза».', expect: { name: 'Медуза' } },
    ],
    negative: [
      { html: 'The original source of the leaked documents was never identified, officials said.' },
      {
        html: 'It originally aired on <a href="https://en.wikipedia.org/wiki/Cable_television">cable television</a> as part of an anthology series.',
      },
      {
        html: 'This essay first appeared in <a href="https://example.org/archive/1999">the printed quarterly</a> in 1999.',
      },
      { html: 'The report, first published in 2019, found that emissions rose.' },
      {
        html: 'Researchers first published their findings in Nature last year and have since expanded the study.',
      },
      { html: 'According to Reuters, the talks were first held in Geneva.' },
      { html: 'She said the photographs were originally posted by an anonymous account.' },
      { html: 'Die Studie wurde zuerst im Jahr 2019 veröffentlicht und seither oft zitiert.' },
      { html: 'It was published by Elsevier after two years of review.' },
      { html: 'She was arrested with permission from Judge Anne Smith.' },
      { html: 'The deal was first reported by The Wall Street Journal last week.' },
      { html: 'Read more: Ten ways the council could still save the bridge' },
      { html: 'The leaflets were distributed by volunteers across the district.' },
      { html: 'The speech was originally written for a much larger audience.' },
      { html: 'Police first published the photos of the suspect on Tuesday.' },
      { html: 'This article was updated on 3 May 2024 to correct a figure.' },
      { html: 'Le rapport a d’abord été publié en 2019, puis corrigé.' },
      { html: '<blockquote>This article first appeared on Foreign Affairs.</blockquote>' },
      {
        html: '<div class="comments"><p>This article first appeared on SomeOtherSite, do your research</p></div>',
      },
      {
        html: '<aside class="related"><p>Originally published at Partner Site: Ten tips for gardens</p></aside>',
      },
    ],
  },
};
