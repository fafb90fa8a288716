import { httpUrl } from '../chain/publisher';
import { first, ldArticle, ldUrl } from '../extract/metadata';
import type { License } from '../report';
import { clean, truncate } from '../text/normalize';
import { NOT_CREDIT } from './credit-lines';
import type { Context, Detector, Finding } from './types';

/**
 * Licences: `rel="license"` links, Creative Commons names and addresses, "under a Creative
 * Commons license" sentences, CC0 and public-domain dedications, JSON-LD `license`.
 */

const CC_URL = /creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)(?:\/(\d(?:\.\d)?))?/i;
// The Russian word's ending is bounded: `\S*` rescanned a long word from every "лицензи" in it.
const CC_TEXT =
  /\b(?:creative\s+commons|CC[\s-](?:BY|0|zero)\b|licen[cs]e[dn]?\s+(?:under\s+)?(?:a\s+)?CC[\s-]|public\s+domain\s+dedication|licencia\s+creative|licença\s+creative|licenza\s+creative|licence\s+creative|лицензи\S{0,12}\s+creative)/i;
const PARTS: Record<string, string> = {
  attribution: 'BY',
  noncommercial: 'NC',
  'non-commercial': 'NC',
  noderivatives: 'ND',
  noderivs: 'ND',
  'no-derivatives': 'ND',
  sharealike: 'SA',
  'share-alike': 'SA',
};

/** "CC BY-ND 4.0" from a Creative Commons address. */
export function ccNameFromUrl(url: string): string | null {
  const m = CC_URL.exec(url);
  if (!m) return null;
  if (m[1]!.toLowerCase() === 'publicdomain')
    return m[2] === 'zero' ? `CC0${m[3] ? ` ${m[3]}` : ''}` : 'Public Domain Mark';
  return `CC ${m[2]!.toUpperCase()}${m[3] ? ` ${m[3]}` : ''}`;
}

/** "CC BY-ND 4.0" from words: "Creative Commons Attribution-NoDerivatives 4.0", "CC BY-NC-SA". */
export function ccNameFromText(text: string): string | null {
  const code = /\bCC[\s-]?(BY(?:-(?:NC|ND|SA)){0,2}|0|zero)\b(?:\s*(\d\.\d))?/i.exec(text);
  if (code)
    return code[1]!.toUpperCase() === '0' || /zero/i.test(code[1]!)
      ? 'CC0'
      : `CC ${code[1]!.toUpperCase()}${code[2] ? ` ${code[2]}` : ''}`;
  const words =
    /creative\s+commons\s+((?:(?:attribution|non-?commercial|no-?deriv(?:ative)?s|share-?alike)[\s-]*)+)(?:\s*(\d\.\d))?/i.exec(
      text,
    );
  if (words) {
    const parts = words[1]!
      .toLowerCase()
      .split(/[\s]+|-(?=[a-z]{4})/)
      .map((w) => PARTS[w.replace(/-$/, '')])
      .filter(Boolean);
    if (parts.length) return `CC ${[...new Set(parts)].join('-')}${words[2] ? ` ${words[2]}` : ''}`;
  }
  return /creative\s+commons/i.test(text)
    ? 'Creative Commons'
    : /public\s+domain/i.test(text)
      ? 'Public Domain'
      : null;
}

export const license: Detector = {
  id: 'license',
  description:
    'Creative Commons and other licences: rel=license links, CC addresses and names, JSON-LD license.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    const add = (lic: License, source: Finding['source'], text: string) =>
      out.push({
        kind: 'license',
        source,
        text: truncate(text, 300),
        strength: 'strong',
        license: lic,
      });
    for (const href of ctx.meta.links.get('license') ?? []) {
      const url = httpUrl(href, ctx.url);
      if (url) add({ name: ccNameFromUrl(url), url, text: null }, 'link', url);
    }
    for (const block of ctx.page.blocks) {
      if (NOT_CREDIT.has(block.region) && block.region !== 'media') continue;
      if (block.region === 'media') continue; // a photo's licence is not the article's
      const ccLink = block.links.find((l) => CC_URL.test(l.href));
      if (!ccLink && !CC_TEXT.test(block.text)) continue;
      const url = ccLink ? httpUrl(ccLink.href, ctx.url) : null;
      const name = (url ? ccNameFromUrl(url) : null) ?? ccNameFromText(block.text);
      if (name) add({ name, url, text: truncate(clean(block.text), 300) }, 'text', block.text);
    }
    const article = ldArticle(ctx.meta.ld);
    const ldLicense = article
      ? typeof article.license === 'string'
        ? article.license
        : ldUrl(article.license)
      : null;
    const metaLicense = first(
      ctx.meta.meta,
      'license',
      'dc.rights',
      'dcterms.license',
      'dcterms.rights',
    );
    for (const [value, source] of [
      [ldLicense, 'json-ld'],
      [metaLicense, 'meta'],
    ] as const) {
      if (!value) continue;
      const url = httpUrl(value, ctx.url);
      const name = url ? ccNameFromUrl(url) : ccNameFromText(value);
      if (name) add({ name, url, text: url ? null : value }, source, value);
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: '<a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND 4.0</a>',
        expect: { license: 'CC BY-ND 4.0' },
      },
      {
        html: 'This work is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.',
        expect: { license: 'CC BY-NC-SA 4.0' },
      },
      {
        html: 'This article is republished from The Conversation under a Creative Commons license.',
        expect: { license: 'Creative Commons' },
      },
      { html: 'Published under CC BY 4.0.', expect: { license: 'CC BY 4.0' } },
      {
        html: '<script type="application/ld+json">{"@type":"Article","headline":"x","license":"https://creativecommons.org/publicdomain/zero/1.0/"}</script>',
        expect: { license: 'CC0 1.0' },
      },
    ],
    negative: [
      { html: 'Commons leader Jane Doe said creative solutions were needed.' },
      {
        html: '<figcaption>Photo by Jane Doe, <a href="https://creativecommons.org/licenses/by-sa/2.0/">CC BY-SA 2.0</a></figcaption>',
      },
      { html: 'He has a licence to drive heavy goods vehicles.' },
    ],
  },
};
