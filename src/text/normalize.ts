/** Bidi controls, zero-width characters and C0/C1 controls other than whitespace. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Collapse runs of whitespace and drop invisible and control characters. */
export function clean(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Lower-case letters and digits only: "The South-Front" -> "thesouthfront". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Cut a string to at most `max` characters on a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** A name reduced for de-duplication: letters and digits, without a leading article. */
export function nameKeySafe(name: string): string {
  return squash(name.replace(/^(?:the|la|le|les|el|il|der|die|das)\s+/i, ''));
}
