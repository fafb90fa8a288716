import { agencyTag } from '../chain/agencies';
import type { Block } from '../extract/blocks';
import { first, ldArticle, ldName } from '../extract/metadata';
import type { CopyrightNotice } from '../report';
import { clean, nameKeySafe, truncate } from '../text/normalize';
import { sentences } from './credit-lines';
import type { Context, Detector, Finding } from './types';

/**
 * Copyright notices: ©, (c), "Copyright", "All rights reserved" and its six translations;
 * years and ranges; several holders split and each named once. Each notice is placed: the
 * article's, the site footer's, or a photo credit's.
 */

const MARK =
  /©|&copy;|\(c\)|\bcopyright\b(?!ed)|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\btodos os direitos reservados\b|все права защищены|\bcopyleft\b/i;
const RESERVED =
  /\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b|все права защищены/gi;
const YEAR = /\b((?:19|20)\d\d)(?:\s*[-–—/]\s*((?:19|20)?\d\d))?\b/g;
const MEDIA_WORDS =
  /^(?:photo|photos|photograph|image|images|picture|foto|fotos|bild|illustration|graphic|video|cover|header|featured\s+image|фото|изображение)\b|\b(?:getty\s+images|shutterstock|istock|alamy|via\s+getty|ap\s+photo|afp\s+photo|reuters\/|\/reuters)\b/i;
const CORP_SUFFIX =
  /^(?:inc|llc|ltd|plc|gmbh|ag|sa|s\.a|srl|s\.l|co|corp|limited|oy|ab|bv|nv|ооо|ао)\.?$/i;

/**
 * An agency's name run into the next words where markup joined text nodes without a space:
 * "Reuters2008All rights reserved", "AFPLifestyle-US-tourism FEATURE". Only a known agency is
 * cut out, so "ProPublica" or "McClatchy" stay whole.
 */
function unglued(raw: string): string {
  const m = /^\s*([\p{L}][\p{L}-]{1,30}?)(?=\d|\p{Lu}\p{Ll})/u.exec(raw);
  if (!m) return raw;
  const head = m[1]!;
  // "dpa-infocom, dpa:230428-99-…": the agency's own service name and its story number.
  return agencyTag(head) && /\p{Ll}|^[\p{Lu}]{2,}$/u.test(head) ? head : raw;
}

/** Split "South Front, South Front" / "Jane Doe and The Guardian" into distinct holders. */
export function splitHolders(raw: string): string[] {
  const parts = unglued(raw)
    .split(/\s*(?:,|;|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*/i)
    .map((p) =>
      p
        .replace(
          /^(?:by|par|von|por|di|de|courtesy\s+of|mit\s+freundlicher\s+genehmigung\s+von)\s+/i,
          '',
        )
        .replace(/^[\s"'“”«».:-]+|(?<![\s"'“”«».:-])[\s"'“”«».:-]+$/g, ''),
    );
  const out: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    if (CORP_SUFFIX.test(p) && out.length) {
      out[out.length - 1] += `, ${p}`;
      continue;
    }
    // A notice names a few holders; each is compared with every other (a crowd is a hostile page).
    if (out.length >= 10) break;
    if ((!/^[\p{Lu}\p{N}]/u.test(p) && !agencyTag(p)) || /^\d+$/.test(p) || p.length > 80) continue;
    if (p.split(/\s+/).length > 8) continue;
    const key = nameKeySafe(p);
    if (key && !out.some((h) => nameKeySafe(h) === key)) out.push(p);
  }
  return out;
}

/** Read one notice out of a sentence that contains a copyright mark. */
export function parseNotice(sentence: string): CopyrightNotice | null {
  const m = MARK.exec(sentence);
  if (!m) return null;
  // The notice runs from its mark (or the holder just before "All rights reserved") to the sentence end.
  const text = clean(
    sentence.slice(
      Math.max(
        0,
        m.index -
          (/reserved|vorbehalten|réservés|reservados|riservati|защищены/i.test(m[0]) ? 80 : 0),
      ),
    ),
  );
  let year: number | null = null;
  // Footer links follow a separator: "© 2023 Policy Reader · Privacy · Contact".
  // Markup that joined text nodes without a space: "Reuters2008All rights reserved".
  let rest = text
    .split(/\s[·•|]\s/)[0]!
    .replace(/(\p{L})((?:19|20)\d\d)(?=\P{N}|$)/gu, '$1 $2 ')
    .replace(RESERVED, ' ');
  rest = rest.replace(YEAR, (_all, from: string, to?: string) => {
    const last = to ? (to.length === 2 ? Number(from.slice(0, 2) + to) : Number(to)) : Number(from);
    if (last >= 1900 && last <= 2100) year = Math.max(year ?? 0, last);
    return ' ';
  });
  rest = rest
    .replace(/©|&copy;|\(c\)|\bcopyright\b|\bcopyleft\b|\bthe\s+copyright\s+(?:of|holder)\b/gi, ' ')
    .replace(/\b(?:text|article|content|story|texte|artikel|texto|testo)\s*[:]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.\s])[.\s]+$/, '');
  const holders = splitHolders(rest);
  if (!holders.length && year === null) return null;
  return { text: truncate(text, 300), holders, year };
}

/**
 * A photo credit written like a notice: "© Reuters / David Mercado", "© Kärnten Werbung / Franz
 * Gerdl", "© AP Photo/Jane Doe": a holder, a slash, then a person's name.
 */
const PHOTO_CREDIT =
  /©\s*(?:\d{4}\s+)?[^/]{2,60}?\s*\/\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s*\.?$/u;

function scopeOf(block: Block, sentence: string): CopyrightNotice['scope'] {
  if (block.region === 'media' || MEDIA_WORDS.test(sentence) || PHOTO_CREDIT.test(sentence.trim()))
    return 'media';
  if (block.region === 'site-footer' || block.region === 'nav' || block.region === 'related')
    return 'site';
  return 'article';
}

export const copyright: Detector = {
  id: 'copyright',
  description:
    'Copyright notices with years and holders, told apart by where they stand (article, site footer, photo credit).',
  detect(ctx: Context) {
    const out: Finding[] = [];
    for (const block of ctx.page.blocks) {
      if (block.region === 'comments' || block.region === 'quote' || !MARK.test(block.text))
        continue;
      let n = 0;
      for (const { s } of sentences(block.text)) {
        if (n >= 3 || !MARK.test(s)) continue;
        const notice = parseNotice(s);
        if (!notice) continue;
        n++;
        notice.scope = scopeOf(block, s);
        out.push({
          kind: 'copyright',
          source: 'text',
          text: notice.text,
          strength: 'strong',
          block,
          copyright: notice,
        });
      }
    }
    // Declared in metadata: JSON-LD copyrightHolder/Year/Notice, meta copyright, DC.rights.
    const article = ldArticle(ctx.meta.ld);
    const holder = article ? ldName(article.copyrightHolder) : null;
    const notice =
      article && typeof article.copyrightNotice === 'string' ? article.copyrightNotice : null;
    const yearValue = article ? Number(article.copyrightYear) : Number.NaN;
    const metaLine = first(ctx.meta.meta, 'copyright', 'dc.rights', 'dcterms.rights');
    const parsed = notice ? parseNotice(notice.includes('©') ? notice : `© ${notice}`) : null;
    if (holder || parsed) {
      const holders = splitHolders([holder, ...(parsed?.holders ?? [])].filter(Boolean).join(', '));
      const year =
        Number.isFinite(yearValue) && yearValue > 1900 ? yearValue : (parsed?.year ?? null);
      const text = clean(notice ?? `© ${year ?? ''} ${holders.join(', ')}`);
      out.push({
        kind: 'copyright',
        source: 'json-ld',
        text,
        strength: 'strong',
        copyright: { text, holders, year, scope: 'meta' },
      });
    } else if (
      metaLine &&
      MARK.test(`© ${metaLine}`) &&
      !/creativecommons|^https?:/i.test(metaLine)
    ) {
      const p = parseNotice(MARK.test(metaLine) ? metaLine : `© ${metaLine}`);
      if (p)
        out.push({
          kind: 'copyright',
          source: 'meta',
          text: p.text,
          strength: 'strong',
          copyright: { ...p, scope: 'meta' },
        });
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: 'Copyright © <a href="#">South Front</a>, <a href="#">South Front</a>, 2020',
        expect: { holders: ['South Front'], year: 2020 },
      },
      {
        html: 'Copyright 2024 The Associated Press. All rights reserved.',
        expect: { holders: ['The Associated Press'], year: 2024 },
      },
      {
        html: '© 2005–2020 GlobalResearch.ca',
        expect: { holders: ['GlobalResearch.ca'], year: 2020 },
      },
      {
        html: '(c) 2023 Jane Doe and The Guardian',
        expect: { holders: ['Jane Doe', 'The Guardian'], year: 2023 },
      },
      {
        html: 'Texte : © Le Monde 2021. Tous droits réservés.',
        expect: { holders: ['Le Monde'], year: 2021 },
      },
      {
        html: '© 2019 Example Media, Inc. All rights reserved.',
        expect: { holders: ['Example Media, Inc'], year: 2019 },
      },
      { html: 'Alle Rechte vorbehalten. © Der Spiegel 2022', expect: { year: 2022 } },
      {
        html: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","copyrightHolder":{"@type":"Organization","name":"ProPublica"},"copyrightYear":2021}</script>',
        expect: { holders: ['ProPublica'], year: 2021 },
      },
    ],
    negative: [
      {
        html: 'If you wish to use copyrighted material for purposes other than fair use you must request permission from the copyright owner.',
      },
      { html: 'The lawsuit claims the company violated copyright law when it trained its models.' },
      { html: '<div class="comments"><p>© 2024 me, lol</p></div>' },
    ],
  },
};
