import type { Context, Finding } from '../detectors/types';
import { first, ldArticle, ldName, type PageMeta } from '../extract/metadata';
import type { Evidence } from '../report';
import { agencyByDomain, agencyOf } from './agencies';
import { type HostIdentity, isHost } from './build';
import { hostName } from './host-name';
import { tidyName } from './publisher';

/**
 * Who the page says it is: its name (og:site_name, the JSON-LD publisher, other metadata,
 * improved by `hostName` where the declared one is an address or written in lower case), the
 * other names it goes by (including the holders of its footer notices), its domain, and the
 * date its own date line gives.
 */
function foreignAgency(name: string, domain: string | null): boolean {
  const agency = agencyOf(name);
  return !!agency && agency !== agencyByDomain(domain);
}

export function hostIdentity(ctx: Context, meta: PageMeta, findings: Finding[]): HostIdentity {
  const ld = ldArticle(meta.ld);
  const ldPublisher = ld
    ? ldName(ld.publisher)
    : (meta.ld
        .map((n) =>
          n['@type'] === 'Organization' || n['@type'] === 'NewsMediaOrganization'
            ? ldName(n)
            : null,
        )
        .find(Boolean) ?? null);
  const names = [
    first(meta.meta, 'og:site_name'),
    ldPublisher,
    first(
      meta.meta,
      'application-name',
      'dc.publisher',
      'citation_publisher',
      'citation_journal_title',
    ),
  ]
    .filter((n): n is string => !!n)
    .map(tidyName)
    // A news agency named as the JSON-LD publisher of a page on another site is the story's
    // source, not the site: the wire detector reads it as such.
    .filter((n) => !!n && !foreignAgency(n, ctx.hostDomain));
  // The last few footer notices: every alias is compared with every credited party.
  const footerHolders = findings
    .filter((f) => f.copyright?.scope === 'site')
    .slice(-3)
    .flatMap((f) => f.copyright!.holders);
  const evidence: Evidence[] = [];
  if (ctx.url) evidence.push({ kind: 'address', text: ctx.url, source: 'url' });
  const siteName = first(meta.meta, 'og:site_name');
  if (siteName) evidence.push({ kind: 'site-name', text: siteName, source: 'meta' });
  else if (ldPublisher)
    evidence.push({ kind: 'json-ld-publisher', text: ldPublisher, source: 'json-ld' });
  const name = hostName(names, ctx.hostDomain, meta.title);
  const host: HostIdentity = {
    name,
    aliases: [...names.filter((n) => n !== name), ...footerHolders],
    domain: ctx.hostDomain,
    url: ctx.url,
    date: null,
    evidence,
  };
  // "Global Research, January 22, 2020" under the title dates the host when metadata does not.
  if (!host.date) {
    const own = findings.find((f) => f.kind === 'dated-source' && f.party && isHost(host, f.party));
    if (own?.party?.date) host.date = own.party.date;
  }
  if (host.date) evidence.push({ kind: 'published-date', text: host.date, source: 'meta' });
  return host;
}
