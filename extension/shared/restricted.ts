/**
 * Pages no extension may read, and why, so the popup can say so instead of failing. The
 * address decides when the popup can see it; otherwise the error from the injection attempt
 * (restriction-failure.ts, loaded only when an injection fails).
 */
export type Restriction =
  | 'browser-page'
  | 'extension-store'
  | 'pdf-viewer'
  | 'file-access'
  | 'view-source'
  /** An ordinary page the extension has not been given access to (yet): no click on its button. */
  | 'no-access'
  | 'other';

const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|jar):/i;

const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

/** Why `url` cannot be read, before trying; null when it may be readable (or is unknown). */
export function restrictionOf(url: string | null | undefined): Restriction | null {
  if (!url) return null;
  if (/^view-source:/i.test(url)) return 'view-source';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.some((re) => re.test(url))) return 'extension-store';
  if (/^(data|blob|javascript|filesystem):/i.test(url)) return 'other';
  return null;
}
