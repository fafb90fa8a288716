/**
 * Small structural checks for data that crosses a message boundary. Messages come from other
 * contexts of this extension, but a content script lives inside pages we do not control, so
 * every message is checked where it is received rather than trusted for its type.
 */

/** A plain object (not null, not an array). */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A string no longer than `max` characters. */
export function isShortString(x: unknown, max = 10_000): x is string {
  return typeof x === 'string' && x.length <= max;
}

/** A string or null. */
export function isNullableString(x: unknown, max = 10_000): x is string | null {
  return x === null || isShortString(x, max);
}

/** A non-negative safe integer (tab ids, text offsets). */
export function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** No keys beyond the listed ones (extra keys mean a sender we do not know). */
export function hasOnlyKeys(x: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(x).every((k) => allowed.includes(k));
}

/** An absolute http(s) address of reasonable length. */
export const isHttpAddress = (x: unknown): x is string =>
  isShortString(x, 8_192) && /^https?:\/\//i.test(x) && URL.canParse(x);
