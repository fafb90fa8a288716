import { agencyOf, knownPublisher } from '../chain/agencies';
import { isDateLike, MEDIA_WORD, passesGate } from '../chain/gate';
import { asDomain } from '../chain/publisher';
import { storyBounds } from '../extract/story';
import { clean, truncate } from '../text/normalize';
import { NOT_CREDIT } from './credit-lines';
import { SOURCE_LABEL } from './labels';
import { partyFrom } from './party';
import type { Context, Detector, Finding, Party } from './types';

/**
 * Short labelled lines that name where a story was taken from: "Source: X", "Quelle: X",
 * "Источник: X", "Via X", "H/T X". Only short lines count: a label inside a paragraph is
 * the story citing its own sources.
 */

const LABEL = new RegExp(`^(?:${SOURCE_LABEL})\\s*[:：]\\s*(?<x>.{2,160})$`, 'iu');
const VIA = /^(?:via|h\/t|hat\s+tip(?:\s+to)?)\s*:?\s+(?<x>.{2,100})$/i;

/** Sources that are data, people or institutions rather than a publisher the story was copied from. */
const NOT_PUBLISHER =
  /\b(?:ministry|department|government|office|bureau|census|survey|statistics|data|study|studies|research|report|institute|university|police|council|agency\s+for|interview|interviews|staff|author|wikipedia|press\s+release|company|official|website|own|ministère|ministerium|ministerio|ministero|ministério|министерство|статистика|données|daten|datos|dati|dados)\b/i;

/** A source label is strong when it points at a publisher: a link, a domain or a news agency. */
function strength(party: Party): 'strong' | 'weak' {
  return party.url || party.domain || agencyOf(party.name) ? 'strong' : 'weak';
}

/** A provider line: a publisher named alone, perhaps with a date, between the title and the story. */
function providerLines(ctx: Context): Finding[] {
  const { blocks } = ctx.page;
  const { lead } = storyBounds(blocks);
  const out: Finding[] = [];
  for (let i = Math.max(0, lead - 12); i < lead; i++) {
    const block = blocks[i]!;
    if (block.region !== 'body' || block.text.length > 60) continue;
    const text = block.text
      .replace(
        /[\s|·•,–—-]+(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}).*$/u,
        '',
      )
      .trim();
    if (!text || isDateLike(text, false)) continue;
    const domain = BARE.test(text) ? asDomain(text) : null;
    const known = domain ? null : (agencyOf(text) ?? knownPublisher(text));
    // An unknown name counts when it is dated and shaped like a publication: "Medical Daily 9/21/2016".
    const dated = text.length < block.text.trim().length;
    // Capitalised words, at most five, no byline ("By Jane Doe CBS News"), no dangling "for".
    const shaped =
      !domain &&
      !known &&
      dated &&
      /^[\p{Lu}\d][^\s]*(?:\s+[\p{Lu}\d&][^\s]*){1,4}$/u.test(text) &&
      !/^(?:by|von|par|por|di|de|от)\s/i.test(text) &&
      MEDIA_WORD.test(text) &&
      passesGate(text, false, false);
    if (!domain && !known && !shaped) continue;
    out.push({
      kind: 'provider-line',
      source: 'text',
      text: truncate(block.text, 120),
      strength: 'strong',
      block,
      party: {
        name: known?.name ?? text,
        domain: domain ?? known?.domain ?? null,
        url: null,
        date: null,
      },
      depth: 'immediate',
    });
  }
  return out;
}

/** "AllBusiness.com", "yaleclimateconnections.org": a site named by its address alone. */
const BARE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export const sourceLabel: Detector = {
  id: 'source-label',
  description:
    'Short labelled source lines: "Source: X", "Via X", and their equivalents in six other languages; a provider line naming a known publisher or an address between the title and the story.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    for (const block of ctx.page.blocks) {
      if (NOT_CREDIT.has(block.region) || block.region === 'site-footer' || block.text.length > 200)
        continue;
      // "(Source: Riivka)" in parentheses credits a picture, not the story.
      if (/^\s*\(.*\)\s*$/.test(block.text)) continue;
      const text = block.text.replace(/^[\s*_([]+|[\s*_)\]]+$/g, '');
      const parts = text.split(/\s+[|·•–—-]\s+/);
      // A byline's line of parts: "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Jane Doe".
      const label =
        LABEL.exec(text) ??
        // "By The New York Times | Source: Reuters" credits a chart's maker and its data.
        (parts.some((p) => /^(?:by|von|par|por|di)\s/i.test(p))
          ? undefined
          : parts
              .slice(1)
              .map((part) => LABEL.exec(part))
              .find(Boolean)) ??
        null;
      const m = label ?? VIA.exec(text);
      // Data, institutions and press releases are where facts came from, not the story.
      if (!m?.groups?.x || NOT_PUBLISHER.test(m.groups.x)) continue;
      const party = partyFrom(m.groups.x, block, ctx.url);
      if (!party) continue;
      out.push({
        kind: label ? 'source-line' : 'via',
        source: 'text',
        text: truncate(clean(block.text), 300),
        strength: strength(party),
        block,
        party,
        depth: 'immediate',
      });
    }
    out.push(...providerLines(ctx));
    return out;
  },
  examples: {
    positive: [
      {
        html: 'Source: <a href="https://www.rt.com/news/1234-story/">RT</a>',
        expect: { name: 'RT', domain: 'rt.com' },
      },
      {
        html: '<p class="source">Source: Reuters</p>',
        expect: { name: 'Reuters', domain: 'reuters.com' },
      },
      {
        html: 'Quelle: <a href="https://www.tagesschau.de/x.html">tagesschau.de</a>',
        expect: { domain: 'tagesschau.de' },
      },
      {
        html: '<p class="meta">22/11/2020 - 04:30 - Fonte: Reuters - Foto: Ana Lima</p>',
        expect: { name: 'Reuters' },
      },
      {
        at: 'top',
        html: '<p class="provider">Harbor Medical Daily 9/21/2016</p>',
        expect: { name: 'Harbor Medical Daily' },
      },
      {
        html: 'Fuente: <a href="https://www.eldiario.es/x">elDiario.es</a>',
        expect: { domain: 'eldiario.es' },
      },
      { html: 'Fonte: ANSA', expect: { domain: 'ansa.it' } },
      {
        html: 'Источник: <a href="https://ria.ru/2024/x.html">РИА Новости</a>',
        expect: { name: 'РИА Новости', domain: 'ria.ru' },
      },
      {
        html: 'Via <a href="https://boingboing.net/2024/x">Boing Boing</a>',
        expect: { name: 'Boing Boing' },
      },
      {
        html: 'Source : <a href="https://www.lemonde.fr/x">Le Monde</a>',
        expect: { name: 'Le Monde' },
      },
    ],
    negative: [
      { html: 'Source: interviews with residents and police records.' },
      { at: 'top', html: '<p class="meta">Staff Report 9/21/2016</p>' },
      { at: 'top', html: '<p class="meta">Jane Doe 9/21/2016</p>' },
      { html: '<p>(Source: <a href="https://www.deviantart.com/x/art/1">Riivka</a>)</p>' },
      { html: '<p class="credit">By The New York Times | Source: Reuters</p>' },
      { at: 'top', html: '<p class="kicker">Nation</p>' },
      { html: 'Sources: Office for National Statistics; Ministry of Health' },
      { html: 'Source: company press release' },
      {
        html: 'Sources close to the minister said the plan would be dropped, and that the cabinet would meet on Monday to discuss it further.',
      },
      { html: '<div class="comment-body"><p>Source: trust me bro</p></div>' },
      { html: '<figcaption>Source: Reuters</figcaption>' },
      { html: 'The river is the source: of water, of food and of conflict.' },
    ],
  },
};
