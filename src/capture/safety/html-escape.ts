/**
 * Escaping for HTML written by string templates. Every page-derived string goes through
 * `escapeHtml` before it reaches markup; it is safe in text and in quoted attribute values.
 */
import { safeHttpUrl } from './safe-url';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '`. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text whose line breaks become `<br>`. */
export function escapeMultiline(s: string): string {
  return escapeHtml(s.trim()).replace(/\r?\n/g, '<br>');
}

/**
 * A link when the address is http(s), plain escaped text otherwise: a `javascript:` or `data:`
 * address is shown to the reader but never made clickable.
 */
export function linkOrText(text: string, href: string | null | undefined): string {
  const safe = safeHttpUrl(href);
  if (!safe) return escapeHtml(text);
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>`;
}
