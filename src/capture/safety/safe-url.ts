/**
 * The one gate every address passes before it is rendered as a link, in exports and in the
 * popup. Page-derived addresses are attacker-controlled: only absolute http(s) survives.
 */

/**
 * The address, normalised by the URL parser, when it is an absolute http(s) URL without
 * embedded credentials; otherwise null. Tabs, newlines and control characters used to disguise
 * a scheme (`jav\tascript:`) are removed by the URL parser itself before the scheme is read, so
 * a disguised `javascript:` is seen for what it is and refused.
 */
export function safeHttpUrl(u: unknown): string | null {
  if (typeof u !== 'string' || u.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // `https://bank.example@evil.example/` reads as the bank to a person; refuse it.
  if (url.username || url.password) return null;
  if (!url.hostname) return null;
  return url.href;
}
