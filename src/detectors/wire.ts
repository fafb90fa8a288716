import { type Agency, agencyByDomain, agencyMark, agencyOf, agencyTag } from '../chain/agencies';
import { domainOf } from '../chain/publisher';
import type { Block } from '../extract/blocks';
import { first, type LdNode, ldArticle, ldName } from '../extract/metadata';
import { storyBounds } from '../extract/story';
import { truncate } from '../text/normalize';
import { NOT_CREDIT } from './credit-lines';
import type { Context, Detector, Finding, Party } from './types';
import { bylineOrg, CALL_SIGN, closingTag, DATELINE } from './wire-marks';

/**
 * Copy carried whole from an agency or another newspaper, as the page marks it: a dateline
 * "LONDON (Reuters) -", "Hamburg (dpa/lno) –", "Madrid, 3 mar (EFE).-"; an agency byline
 * ("By The Associated Press", "Von dpa 30.04.2024", "AP - 16/05/2020"); a reporter's byline
 * naming the agency or paper ("Jane Doe, The Associated Press", "By Jane Doe New York Times");
 * the agency's tag closing the story ("dpa", "(ANSA).", "(avec AFP)"); the sign-off ("Reporting
 * by …; Editing by …"). Republication tracking pixels (The Conversation, ProPublica, the INN
 * tool) are supporting evidence. Copyright lines naming an agency are read by the copyright
 * detector and joined in the chain.
 *
 * Position matters: a dateline or byline counts only where the story starts, a tag only
 * where it ends, and never in captions, teasers, quotes or comments.
 */

/** Does the page's metadata name a person as the author (a staff story, whatever agency material it used)? */
function staffAuthor(ctx: Context): boolean {
  const ld = ldArticle(ctx.meta.ld);
  const authors = ld ? [ld.author].flat() : [];
  return authors.some((a) => {
    if (!a || typeof a !== 'object') return false;
    const node = a as LdNode;
    const name = ldName(node);
    return [node['@type']].flat().includes('Person') && !!name && !agencyMark(name);
  });
}

/** An agency as the article's author or creator in its metadata ("author": {"name": "dpa"}). */
function metaAgency(
  ctx: Context,
): { org: Agency; text: string; source: 'json-ld' | 'meta' } | null {
  const ld = ldArticle(ctx.meta.ld);
  for (const key of ['author', 'creator', 'publisher'] as const) {
    for (const a of ld ? [ld[key]].flat() : []) {
      const name = ldName(a);
      const org = agencyMark(name);
      if (org) return { org, text: `${key}: ${name}`, source: 'json-ld' };
    }
  }
  for (const key of ['author', 'dc.creator', 'article:author']) {
    const name = first(ctx.meta.meta, key);
    const org = agencyMark(name);
    if (org) return { org, text: `${key}: ${name}`, source: 'meta' };
  }
  return null;
}

function atTop(index: number, total: number): boolean {
  return index < Math.max(40, total / 2);
}

const SIGN_OFF =
  /^\(?(?:additional\s+)?reporting\s+by\s+[^;]{2,120};\s*(?:writing|editing)\s+by\s+/i;

const PIXELS: ReadonlyArray<[RegExp, string | null, string | null]> = [
  [/^https?:\/\/counter\.theconversation\.com\//i, 'The Conversation', 'theconversation.com'],
  [
    /^https?:\/\/(?:pixel\.propublica\.org|(?:www\.)?propublica\.org\/pixel)/i,
    'ProPublica',
    'propublica.org',
  ],
  // The INN republication tracker: served from the original publisher's own WordPress.
  // `.*` rescanned the address from every "/pixel.php?" in it; up to the next one is enough.
  [
    /republication-tracker-tool|[?&]republication-pixel|\/pixel\.php\?(?:(?!\/pixel\.php\?).)*?republication/i,
    null,
    null,
  ],
];

function partyOf(org: Agency): Party {
  return { name: org.name, domain: org.domain, url: null, date: null };
}

/** A call sign the site itself goes by (in its title, name or footer) is the host's own dateline. */
function ownCallSign(ctx: Context, sign: string): boolean {
  const re = new RegExp(`\\b${sign}\\b`);
  return (
    re.test(ctx.meta.title ?? '') ||
    [...ctx.meta.meta.values()].some((vs) => vs.some((v) => re.test(v))) ||
    ctx.page.blocks.some((b) => b.region === 'site-footer' && re.test(b.text)) ||
    (ctx.hostDomain ?? '').includes(sign.toLowerCase())
  );
}

export const wire: Detector = {
  id: 'wire',
  description:
    'Agency and syndication datelines, bylines, closing tags and sign-offs, and republication tracking pixels.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    const { blocks } = ctx.page;
    const { lead, topEnd, end } = storyBounds(blocks);
    const staff = staffAuthor(ctx);
    const push = (block: Block, text: string, party: Party, strength: 'strong' | 'weak') =>
      out.push({
        kind: 'wire',
        source: 'text',
        text: truncate(text, 200).trim(),
        strength,
        block,
        party,
        depth: 'original',
      });
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (NOT_CREDIT.has(block.region) || block.region === 'site-footer') continue;
      const prev = blocks[i - 1];
      const afterMedia = prev?.region === 'media' && block.index === prev.index + 1;
      const top =
        (lead >= 0 && i >= lead - 15 && i <= topEnd) ||
        (lead < 0 && atTop(block.index, blocks.length));
      const head = block.text.slice(0, 160);
      if (top && block.text.length > 60) {
        const m = DATELINE.exec(head);
        const token = m?.[2]?.trim();
        if (m && token) {
          const org = agencyTag(token) ?? agencyOf(token);
          if (org) {
            push(block, m[0], partyOf(org), 'strong');
            continue;
          }
          if (CALL_SIGN.test(token) && !ownCallSign(ctx, token)) {
            push(block, m[0], { name: token, domain: null, url: null, date: null }, 'strong');
            continue;
          }
        }
      }
      if (top && block.text.length <= 120 && !afterMedia) {
        const by = bylineOrg(block.text);
        if (by) {
          push(block, block.text, partyOf(by.org), 'strong');
          continue;
        }
      }
      if (lead >= 0 && i > topEnd && i <= end + 2 && i > end - 6 && !afterMedia) {
        const tag = closingTag(block, i >= end - 1, staff);
        if (tag) {
          push(
            block,
            block.text.length > 80 ? block.text.slice(block.text.lastIndexOf('(')) : block.text,
            partyOf(tag),
            'strong',
          );
          continue;
        }
      }
      // Reuters' own sign-off, as specific as its byline.
      if (SIGN_OFF.test(block.text)) {
        const reuters = agencyOf('Reuters');
        if (reuters) push(block, block.text, partyOf(reuters), 'strong');
      }
    }
    // A staff reporter credited beside the agency wrote the story with agency material.
    const declared = staff ? null : metaAgency(ctx);
    if (declared && declared.org !== agencyByDomain(ctx.hostDomain))
      out.push({
        kind: 'wire',
        source: declared.source,
        text: declared.text,
        strength: 'strong',
        party: partyOf(declared.org),
        depth: 'original',
      });
    for (const src of ctx.page.images) {
      for (const [re, name, domain] of PIXELS) {
        if (!re.test(src)) continue;
        const d = domain ?? domainOf(src);
        if (d)
          out.push({
            kind: 'tracking-pixel',
            source: 'link',
            text: src.slice(0, 200),
            strength: 'weak',
            party: { name, domain: d, url: null, date: null },
            depth: 'original',
          });
      }
    }
    return out;
  },
  examples: {
    positive: [
      {
        at: 'top',
        html: 'LONDON (Reuters) - British inflation rose unexpectedly in March, official figures showed on Wednesday, adding pressure on the central bank.',
        expect: { name: 'Reuters', domain: 'reuters.com' },
      },
      {
        at: 'top',
        html: 'WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, averting a partial government shutdown for now.',
        expect: { domain: 'apnews.com' },
      },
      {
        at: 'top',
        html: 'Madrid, 3 mar (EFE).- El Gobierno aprobó este martes la reforma de la ley de vivienda tras meses de negociaciones.',
        expect: { domain: 'efe.com' },
      },
      {
        at: 'top',
        html: 'Berlin (dpa) - Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich ausweiten.',
        expect: { domain: 'dpa.com' },
      },
      {
        at: 'top',
        html: 'Kiel (dpa/lno) – Der Landtag hat am Donnerstag nach langer Debatte das neue Schulgesetz beschlossen, gegen die Stimmen der Opposition.',
        expect: { domain: 'dpa.com' },
      },
      {
        at: 'top',
        html: 'Lisbon, Mar 4 (efe-epa).- Portugal’s parliament approved the budget on Thursday after a week of talks between the minority government and two smaller parties.',
        expect: { domain: 'efe.com' },
      },
      { at: 'top', html: '<p>By The Associated Press</p>', expect: { domain: 'apnews.com' } },
      { at: 'top', html: '<p>By JANE DOE Associated Press</p>', expect: { domain: 'apnews.com' } },
      {
        at: 'top',
        html: '<p class="byline">By Jane Doe, Reuters</p>',
        expect: { domain: 'reuters.com' },
      },
      {
        at: 'top',
        html: '<p class="byline">Jane Doe, The Associated Press</p>',
        expect: { domain: 'apnews.com' },
      },
      { at: 'top', html: '<p>Von dpa 30.04.2024, 18:58</p>', expect: { domain: 'dpa.com' } },
      { at: 'top', html: '<p>AP - 16/05/2020, 12:36 PM</p>', expect: { domain: 'apnews.com' } },
      {
        at: 'top',
        html: '<p>By JOHN ROE AP National Security Writer</p>',
        expect: { domain: 'apnews.com' },
      },
      {
        html: '<p>A tiny first line.</p><p>The storm moved north overnight, and by morning the river had reached its highest level in forty years, officials said on the radio.</p><p>Residents were told to stay indoors until the water receded later in the week.</p><p>dpa</p>',
        expect: { domain: 'dpa.com' },
      },
      {
        html: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote","publisher":{"@type":"Organization","name":"The Associated Press"}}</script>',
        expect: { domain: 'apnews.com' },
      },
      {
        html: '<img src="https://counter.theconversation.com/content/12345/count.gif?distributor=republish-lightbox-basic" alt="The Conversation">',
        expect: { name: 'The Conversation' },
      },
      {
        html: '<img src="https://www.example-original.org/wp-content/plugins/republication-tracker-tool/includes/pixel.php?post=12">',
        expect: { domain: 'example-original.org' },
      },
    ],
    negative: [
      {
        html: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote","publisher":{"@type":"Organization","name":"The Associated Press"}}</script>',
        url: 'https://apnews.com/article/bridge-vote-1234',
      },
      {
        at: 'top',
        html: 'The minister told Reuters on Tuesday that the deal was close, and that talks would continue over the weekend in Brussels.',
      },
      {
        at: 'top',
        html: 'In an interview with AP, the coach said the team (AP poll No. 3) was ready — and hungry.',
      },
      {
        at: 'top',
        html: '<figcaption>Protesters in Paris. (AFP) - Photo by Jane Doe</figcaption>',
      },
      {
        at: 'top',
        html: '<figure><img src="/a.jpg"><figcaption>Flooded streets</figcaption><span class="credit">EFE</span></figure>',
      },
      { at: 'top', html: 'By Jane Doe' },
      { at: 'top', html: 'By Jane Doe, special to the Courier' },
      { at: 'top', html: 'Jane Doe, Staff Writer | March 3, 2024' },
      {
        at: 'top',
        html: 'AUSTIN (KXAN) — Texas voters approved an amendment on Tuesday that changes how the state funds its water projects over the next decade.',
        url: 'https://www.kxan.com/news/texas/water/',
      },
    ],
  },
};
