/**
 * A compact registrable-domain resolver for the content script's quick pass, standing in for
 * tldts there (the build aliases `tldts` to this module for content.js only): tldts carries
 * the whole public-suffix list, about 47 KB gzipped, more than the rest of the script.
 *
 * It knows the country-code second-level suffixes that registries hand out by category
 * ("co.uk", "com.au", "govt.nz": suffixes.ts, generated from tldts) and the "*.ck" wildcards;
 * anything else counts as a one-label suffix. tldts is exact where this is not (a city name
 * under .jp, a county under .no, a state under .us): the full report, which the popup asks
 * for, runs with tldts. Same signatures as the two tldts functions the analyser calls, with
 * its defaults (ICANN rules only, hostnames validated).
 */
import { SECOND_LEVEL, WILDCARD } from './public-suffixes';

/** "co.uk", "com.au"…: every generic second-level suffix. */
const second = new Set(
  SECOND_LEVEL.split('|').flatMap((group) => {
    const [labels, tlds] = group.split(':') as [string, string];
    return labels.split(' ').flatMap((l) => tlds.split(' ').map((t) => `${l}.${t}`));
  }),
);
const wildcard = new Set(WILDCARD.split(' '));

/** Valid as tldts validates: letters, digits, "-" and "_" (or non-ASCII), labels of 1-63. */
const LABEL =
  /^(?:[a-z0-9_\u0080-\uffff](?:[a-z0-9_\u0080-\uffff-]{0,61}[a-z0-9_\u0080-\uffff])?)$/;

function hostnameOf(input: string): string | null {
  let host = input.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host || host.length > 255 || /^\[|^\d+(?:\.\d+){3}$/.test(host)) return null;
  return host;
}

/** The labels of a registrable domain's public suffix, or 0 when the host is not valid. */
function suffixSize(labels: string[]): number {
  if (!labels.every((l) => LABEL.test(l))) return 0;
  const tld = labels[labels.length - 1]!;
  const sld = labels[labels.length - 2];
  // "!www.ck": the one exception to a wildcard.
  if (wildcard.has(tld)) return sld === 'www' && tld === 'ck' ? 1 : 2;
  return sld !== undefined && second.has(`${sld}.${tld}`) ? 2 : 1;
}

/** The registrable domain of a hostname or address ("news.bbc.co.uk" → "bbc.co.uk"). */
export function getDomain(input: string, _options?: unknown): string | null {
  const host = hostnameOf(input);
  if (!host) return null;
  const labels = host.split('.');
  const size = suffixSize(labels);
  return size && labels.length > size ? labels.slice(-size - 1).join('.') : null;
}

/** The registrable domain without its suffix ("bbc.co.uk" → "bbc"). */
export function getDomainWithoutSuffix(input: string, _options?: unknown): string | null {
  const domain = getDomain(input);
  return domain ? domain.split('.')[0]! : null;
}
