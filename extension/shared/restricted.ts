/**
 * Pages no extension may read, and why, so the popup can say so instead of failing. The
 * address decides when the popup can see it; otherwise the error from the injection attempt.
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

/** Why reading failed, from the address (when known) and the browser's error message. */
export function restrictionFromFailure(url: string | null | undefined, error: string): Restriction {
  const known = restrictionOf(url);
  if (known) return known;
  if (url && /^file:/i.test(url)) return 'file-access';
  if (url && /\.pdf([?#]|$)/i.test(url)) return 'pdf-viewer';
  if (/gallery|webstore|cannot be scripted/i.test(error)) return 'extension-store';
  if (/chrome:\/\/|about:|edge:\/\//i.test(error)) return 'browser-page';
  if (/file:\/\//i.test(error)) return 'file-access';
  if (/pdf/i.test(error)) return 'pdf-viewer';
  // Chromium: "Cannot access contents of the page. Extension manifest must request permission
  // to access the respective host." Firefox: "Missing host permission for the tab". Either way
  // an ordinary page, read once the reader clicks the toolbar button on it.
  if (/host permission|access contents/i.test(error)) return 'no-access';
  return 'other';
}
