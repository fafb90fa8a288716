import { AGENCY_WORDS, agencyOf } from '../chain/agencies';
import { domainOf } from '../chain/publisher';
import { truncate } from '../text/normalize';
import { NOT_CREDIT } from './credit-lines';
import type { Context, Detector, Finding } from './types';

/**
 * Agency copy carried whole: a dateline "LONDON (Reuters) -", "WASHINGTON (AP) —",
 * "Madrid, 3 mar (EFE).-", an agency byline ("By The Associated Press", "Von dpa"), and the
 * agency's sign-off ("Reporting by …; Editing by …"). Republication tracking pixels (The
 * Conversation, ProPublica, the INN republication tool) are supporting evidence.
 * Copyright lines naming an agency are read by the copyright detector and joined in the chain.
 */

const DATELINE = new RegExp(
  `^[^()]{0,80}?\\(\\s*(${AGENCY_WORDS})(?:\\s*/\\s*[\\w ]{1,20})?\\s*\\)\\s*\\.?\\s*[-–—:]`,
  'u',
);
const BYLINE = new RegExp(
  `^(?:by|von|par|por|di|de|от)?\\s*(?:the\\s+)?(${AGENCY_WORDS})(?:\\s+(?:staff|news|wire|writers?|reporters?))?\\s*$`,
  'iu',
);
/** A reporter of the agency: "By JANE DOE Associated Press", "By Jane Doe, Reuters". */
const BYLINE_NAMED = new RegExp(
  `^(?:by|von|par|por|di|de|от)\\s+[\\p{L}.'’ -]{2,60}?[,|]?\\s+(?:the\\s+)?(${AGENCY_WORDS})(?:\\s+(?:staff\\s+)?(?:writers?|reporters?|correspondents?))?\\s*$`,
  'iu',
);
const SIGN_OFF = /^(?:additional\s+)?reporting\s+by\s+[^;]{2,120};\s*(?:writing|editing)\s+by\s+/i;

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

function atTop(index: number, total: number): boolean {
  return index < Math.max(40, total / 2);
}

export const wire: Detector = {
  id: 'wire',
  description: 'Agency datelines, bylines and sign-offs, and republication tracking pixels.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    const { blocks } = ctx.page;
    for (const block of blocks) {
      if (NOT_CREDIT.has(block.region) || block.region === 'site-footer') continue;
      const head = block.text.slice(0, 140);
      const top = atTop(block.index, blocks.length);
      const m =
        (top && block.text.length > 60 ? DATELINE.exec(head) : null) ??
        (top && block.text.length < 60 ? BYLINE.exec(block.text) : null) ??
        (top && block.text.length < 90 ? BYLINE_NAMED.exec(block.text) : null);
      const agency = m ? agencyOf(m[1]) : SIGN_OFF.test(block.text) ? agencyOf('Reuters') : null;
      if (!agency) continue;
      out.push({
        kind: 'wire',
        source: 'text',
        text: truncate(m ? (m.index === 0 ? m[0] : head) : block.text, 200).trim(),
        strength: m ? 'strong' : 'weak',
        block,
        party: { name: agency.name, domain: agency.domain, url: null, date: null },
        depth: 'original',
      });
    }
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
        html: 'LONDON (Reuters) - British inflation rose unexpectedly in March, official figures showed on Wednesday, adding pressure on the central bank.',
        expect: { name: 'Reuters', domain: 'reuters.com' },
      },
      {
        html: 'WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, averting a partial government shutdown for now.',
        expect: { domain: 'apnews.com' },
      },
      {
        html: 'Madrid, 3 mar (EFE).- El Gobierno aprobó este martes la reforma de la ley de vivienda tras meses de negociaciones.',
        expect: { domain: 'efe.com' },
      },
      {
        html: 'Berlin (dpa) - Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich ausweiten.',
        expect: { domain: 'dpa.com' },
      },
      { html: '<p>By The Associated Press</p>', expect: { domain: 'apnews.com' } },
      { html: '<p>By JANE DOE Associated Press</p>', expect: { domain: 'apnews.com' } },
      { html: '<p class="byline">By Jane Doe, Reuters</p>', expect: { domain: 'reuters.com' } },
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
        html: 'The minister told Reuters on Tuesday that the deal was close, and that talks would continue over the weekend in Brussels.',
      },
      {
        html: 'In an interview with AP, the coach said the team (AP poll No. 3) was ready — and hungry.',
      },
      { html: '<figcaption>Protesters in Paris. (AFP) - Photo by Jane Doe</figcaption>' },
      { html: 'By Jane Doe' },
      { html: 'By Jane Doe, special to the Courier' },
    ],
  },
};
