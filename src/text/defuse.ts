/** A javascript:, data: or vbscript: address at the start of a text. */
const UNSAFE = /^\s*(?:javascript|data|vbscript):/i;

/**
 * The report quotes the page (names, titles, evidence): a quote that begins like an unsafe
 * address ("javascript:alert(1)" as a site name) is put in quotation marks, so that no text in
 * the report can be taken for an address.
 */
export function defused<T>(value: T): T {
  if (typeof value === 'string') return (UNSAFE.test(value) ? `“${value.trim()}”` : value) as T;
  if (Array.isArray(value)) return value.map(defused) as T;
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = defused(v);
  return value;
}
