import { getDomainWithoutSuffix } from 'tldts';
import { isArchive } from '../chain/agencies';
import { asDomain, domainOf, httpUrl, tidyName } from '../chain/publisher';
import { first, type LdNode, ldArticle, ldName, ldUrl } from '../extract/metadata';
import { toIsoDate } from '../text/dates';
import type { Context, Detector, Finding, Party } from './types';

/**
 * Signals the page declares in its metadata: a cross-domain `rel=canonical`, `og:url`,
 * `syndication-source` / `original-source`, Dublin Core `DC.source`, and JSON-LD
 * `isBasedOn`, `sourceOrganization`, `provider`, `creditText`.
 */

function partyOfValue(value: string, base: string | null): Party | null {
  const url = httpUrl(value, base);
  if (url) return { name: null, domain: domainOf(url), url, date: null };
  // Any other scheme (javascript:, data:) is no address and no name.
  if (/^\s*[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  const domain = asDomain(value);
  if (domain) return { name: null, domain, url: null, date: null };
  const name = tidyName(value);
  return name && name.length <= 80 ? { name, domain: null, url: null, date: null } : null;
}

function partyOfLd(value: unknown, base: string | null): Party | null {
  if (!value) return null;
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v === 'string') return partyOfValue(v, base);
  if (!v || typeof v !== 'object') return null;
  const o = v as LdNode;
  const url = httpUrl(ldUrl(o), base);
  // A CreativeWork names its publisher; an Organization is one.
  const org = o.publisher ?? o.sourceOrganization ?? o;
  const name = ldName(org === o ? o : org) ?? null;
  const orgUrl = org !== o ? httpUrl(ldUrl(org), base) : null;
  const date = toIsoDate(typeof o.datePublished === 'string' ? o.datePublished : null);
  const domain = domainOf(url ?? orgUrl);
  if (!name && !domain) return null;
  return { name: name ? tidyName(name) : null, domain, url, date: date ? date.slice(0, 10) : null };
}

/**
 * Is this address on another organisation's site than the page's own? Not when it is the
 * same name under another suffix (telegraph.co.uk and telegraph.com), nor a web archive.
 */
function foreign(ctx: Context, p: Party | null): p is Party {
  if (!p) return false;
  if (!p.domain || !ctx.hostDomain) return true;
  // Web archives keep copies of pages: an address there names no publisher.
  if (p.domain === ctx.hostDomain || isArchive(p.domain)) return false;
  const label = (d: string) => getDomainWithoutSuffix(d) ?? d;
  return label(p.domain) !== label(ctx.hostDomain);
}

export const metaSignals: Detector = {
  id: 'meta-signals',
  description:
    'Syndication metadata: cross-domain canonical and og:url, syndication-source, DC.source, JSON-LD isBasedOn and friends.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    const { meta, links, ld } = ctx.meta;
    const push = (
      kind: Finding['kind'],
      source: Finding['source'],
      text: string,
      party: Party | null,
      strength: 'strong' | 'weak',
    ) => {
      if (foreign(ctx, party) && (party.domain || party.name))
        out.push({ kind, source, text: text.slice(0, 300), strength, party, depth: 'original' });
    };
    // Only a canonical on another registrable domain says "the real one is elsewhere"; an
    // address with no domain (a saved file, 127.0.0.1) takes its identity from it instead.
    if (ctx.hostDomain) {
      const canonical = links.get('canonical')?.[0];
      if (canonical)
        push('canonical', 'link', canonical, partyOfValue(canonical, ctx.url), 'strong');
      const ogUrl = first(meta, 'og:url');
      if (ogUrl && ogUrl !== canonical)
        push('og-url', 'meta', ogUrl, partyOfValue(ogUrl, ctx.url), 'weak');
    }
    for (const key of ['syndication-source', 'original-source']) {
      for (const v of meta.get(key) ?? [])
        push(
          key === 'original-source' ? 'original-source-meta' : 'syndication-source',
          'meta',
          `${key}: ${v}`,
          partyOfValue(v, ctx.url),
          'strong',
        );
    }
    for (const key of ['dc.source', 'dcterms.source']) {
      for (const v of meta.get(key) ?? [])
        push('dc-source', 'meta', `${key}: ${v}`, partyOfValue(v, ctx.url), 'strong');
    }
    // Microdata: a visible partner box marked itemprop="sourceOrganization" (a logo, a name, a link).
    for (const el of ctx.page.sourceOrganizations ?? []) {
      const nameEl = el.querySelector('[itemprop~="name"]');
      const name =
        nameEl?.getAttribute('content') ??
        nameEl?.textContent ??
        el.querySelector('img[alt]')?.getAttribute('alt') ??
        null;
      const urlEl = el.querySelector('[itemprop~="url"]');
      const url = httpUrl(urlEl?.getAttribute('href') ?? urlEl?.getAttribute('content'), ctx.url);
      const party: Party = {
        name: name ? tidyName(name) || null : null,
        domain: domainOf(url),
        url,
        date: null,
      };
      push(
        'microdata-source-organization',
        'text',
        `sourceOrganization: ${party.name ?? url ?? ''}`,
        party,
        party.domain ? 'strong' : 'weak',
      );
    }
    const article = ldArticle(ld) ?? ld[0];
    if (article) {
      for (const key of ['isBasedOn', 'isBasedOnUrl']) {
        if (!article[key]) continue;
        // The evidence quotes what was understood (a name, an http address), never raw page JSON.
        const party = partyOfLd(article[key], ctx.url);
        const said = [party?.name, party?.url ?? party?.domain].filter(Boolean).join(' ');
        push('json-ld-based-on', 'json-ld', `${key}: ${said}`, party, 'strong');
      }
      if (article.sourceOrganization) {
        // An organisation with its own site, other than this one, is a publisher the story came from.
        const party = partyOfLd(article.sourceOrganization, ctx.url);
        push(
          'json-ld-source-organization',
          'json-ld',
          `sourceOrganization: ${ldName(article.sourceOrganization) ?? ''}`,
          party,
          party?.domain ? 'strong' : 'weak',
        );
      }
      if (article.provider)
        push(
          'json-ld-provider',
          'json-ld',
          `provider: ${ldName(article.provider) ?? ''}`,
          partyOfLd(article.provider, ctx.url),
          'weak',
        );
      if (typeof article.creditText === 'string')
        push(
          'json-ld-credit',
          'json-ld',
          `creditText: ${article.creditText}`,
          partyOfValue(article.creditText, ctx.url),
          'weak',
        );
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: '<div itemprop="sourceOrganization" itemscope itemtype="https://schema.org/NewsMediaOrganization"><a itemprop="url" href="https://kffhealthnews.org/"><img src="/logo.png" alt="KFF Health News"></a><meta itemprop="name" content="KFF Health News"></div>',
        expect: { name: 'KFF Health News', domain: 'kffhealthnews.org' },
      },
      {
        html: '<link rel="canonical" href="https://original.example.org/2020/story">',
        expect: { domain: 'example.org' },
      },
      {
        html: '<meta name="syndication-source" content="https://www.nytimes.com/2020/01/01/x.html">',
        expect: { domain: 'nytimes.com' },
      },
      {
        html: '<meta name="original-source" content="https://southfront.org/x/">',
        expect: { domain: 'southfront.org' },
      },
      {
        html: '<meta name="DC.source" content="https://www.theguardian.com/x">',
        expect: { domain: 'theguardian.com' },
      },
      {
        html: '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"x","isBasedOn":{"@type":"NewsArticle","url":"https://www.propublica.org/article/x","datePublished":"2021-05-04","publisher":{"@type":"Organization","name":"ProPublica"}}}]}</script>',
        expect: { name: 'ProPublica', domain: 'propublica.org', date: '2021-05-04' },
      },
    ],
    negative: [
      { html: '<link rel="canonical" href="https://www.host.example/news/story.html">' },
      { html: '<link rel="canonical" href="/news/story.html">' },
      {
        html: '<link rel="canonical" href="https://web.archive.org/web/20150101000000/https://host.example/news/story.html">',
      },
      { html: '<link rel="canonical" href="https://www.host.co.uk/news/story.html">' },
      { html: '<meta name="syndication-source" content="javascript:alert(1)">' },
      {
        html: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","isBasedOn":"javascript:alert(1)"}</script>',
      },
      {
        html: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"name":"Host"}}</script>',
      },
    ],
  },
};
