/**
 * Removes everything in a stylesheet that would load something or run something: `@import`,
 * `url(…)` other than inline images, `image-set`, and the legacy `expression()`/`binding`
 * hooks. A saved page must not call home when it is opened later.
 */
import { isDataImage } from './url-scheme';

const URL_TOKEN = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi;
const DANGEROUS =
  /@import|url\s*\(|image-set\s*\(|expression\s*\(|-moz-binding|behavior\s*:|javascript:/i;

/** The cleaned CSS and whether anything was taken out. */
export function sanitizeCss(css: string): { css: string; changed: boolean } {
  let out = css.replace(/\/\*[\s\S]*?\*\//g, '');
  out = out.replace(/@import[^;]*;?/gi, '');
  out = out.replace(URL_TOKEN, (whole, dq?: string, sq?: string, bare?: string) =>
    isDataImage(dq ?? sq ?? bare ?? '') ? whole : 'none',
  );
  // CSS escapes (`u\72l(`) can spell what the patterns above look for; if decoding them reveals
  // anything still dangerous, the whole block goes rather than guessing at a repair.
  const probe = decodeCssEscapes(out).replace(
    URL_TOKEN,
    (whole, dq?: string, sq?: string, bare?: string) =>
      isDataImage(dq ?? sq ?? bare ?? '') ? '' : whole,
  );
  if (DANGEROUS.test(probe)) return { css: '', changed: true };
  return { css: out, changed: out !== css.replace(/\/\*[\s\S]*?\*\//g, '') };
}

function decodeCssEscapes(s: string): string {
  return s.replace(/\\([0-9a-f]{1,6})\s?|\\([\s\S])/gi, (_m, hex?: string, ch?: string) => {
    if (hex) {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ch === '\n' ? '' : (ch ?? '');
  });
}
