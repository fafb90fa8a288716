/**
 * Reads the scheme of an address the way a browser would after every disguise is peeled off:
 * character references (`jav&#x09;ascript:`, `&colon;`), and whitespace or control characters
 * anywhere in it (the URL parser drops tabs and newlines, and trims controls and spaces).
 */

const NAMED: Record<string, string> = {
  tab: '\t',
  newline: '\n',
  colon: ':',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

// Characters a disguise may hide in: C0 controls, space, DEL, C1 controls, Unicode spaces and
// zero-width characters, the byte order mark, and U+FFFD (what parsers turn a NUL into; a
// browser would not read a scheme through it, but refusing such an address costs nothing).
const INVISIBLE =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufffd]/g;

/** Decodes numeric and a few named character references, with or without the semicolon. */
export function decodeCharRefs(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The text of an address with disguises removed, lower-cased, for checking only. */
export function normaliseForCheck(value: string): string {
  let v = value;
  // References may be layered (`&amp;#x09;`); three rounds undo any realistic nesting.
  for (let i = 0; i < 3; i++) {
    const decoded = decodeCharRefs(v);
    if (decoded === v) break;
    v = decoded;
  }
  return v.replace(INVISIBLE, '').toLowerCase();
}

/** The scheme (`javascript`, `https`…) or null for a relative address. */
export function urlScheme(value: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(normaliseForCheck(value));
  return m ? (m[1] ?? null) : null;
}

/** True for an inline raster or vector image: the only `data:` a capture keeps. */
export function isDataImage(value: string): boolean {
  return /^data:image\/[a-z0-9.+-]+[;,]/.test(normaliseForCheck(value));
}
