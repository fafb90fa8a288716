/**
 * Dates as pages write them, in the seven languages the detectors read, turned into
 * ISO 8601 (`YYYY-MM-DD`). Month names are matched by prefix so that inflected forms
 * ("января", "März", "févr.") resolve too.
 */

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'janv', 'januar', 'jän', 'ene', 'enero', 'genn', 'gennaio', 'janeiro', 'январ'],
  [
    'feb',
    'févr',
    'fevr',
    'février',
    'februar',
    'febrero',
    'febbraio',
    'fev',
    'fevereiro',
    'феврал',
  ],
  ['mar', 'march', 'mars', 'märz', 'maerz', 'marzo', 'março', 'март'],
  ['apr', 'avr', 'avril', 'april', 'abr', 'abril', 'aprile', 'апрел'],
  ['may', 'mai', 'mayo', 'magg', 'maggio', 'maio', 'мая', 'май'],
  ['jun', 'juin', 'juni', 'junio', 'giu', 'giugno', 'junho', 'июн', 'июня'],
  ['jul', 'juil', 'juillet', 'juli', 'julio', 'lug', 'luglio', 'julho', 'июл', 'июля'],
  ['aug', 'août', 'aout', 'august', 'ago', 'agosto', 'август'],
  [
    'sep',
    'sept',
    'septembre',
    'september',
    'septiembre',
    'set',
    'settembre',
    'setembro',
    'сентябр',
  ],
  [
    'oct',
    'october',
    'octobre',
    'okt',
    'oktober',
    'octubre',
    'ott',
    'ottobre',
    'out',
    'outubro',
    'октябр',
  ],
  ['nov', 'novembre', 'november', 'noviembre', 'novembro', 'ноябр'],
  [
    'dec',
    'december',
    'decembre',
    'déc',
    'décembre',
    'dez',
    'dezember',
    'dic',
    'diciembre',
    'dicembre',
    'dezembro',
    'декабр',
  ],
];

/** The month names and abbreviations as one alternation, longest first. */
const MONTH_WORD = '[A-Za-zÀ-ÿА-Яа-яё]{3,10}\\.?';

/** Month number (1-12) for a month word, or 0. */
export function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  for (let i = 0; i < MONTHS.length; i++) {
    for (const name of MONTHS[i] as readonly string[]) {
      // Stems of four letters or more take inflections ("января", "märz"); three-letter
      // abbreviations only a dot or one letter more ("sept"), so "decided" is no month.
      const stem = name.length >= 4 ? w.startsWith(name) : w.length <= 4 && w.startsWith(name);
      if (w === name || stem) return i + 1;
    }
  }
  return 0;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string | null]> = [
  // 2020-01-21, 2020/01/21
  [/\b((?:19|20)\d\d)[-/](\d{1,2})[-/](\d{1,2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  // 21 January 2020, 3. März 2024, 3 de marzo de 2024, 21 января 2020 г.
  [
    new RegExp(
      `\\b(\\d{1,2})(?:er|st|nd|rd|th|º)?\\.?\\s+(?:de\\s+)?(${MONTH_WORD})\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)\\b`,
      'u',
    ),
    (m) => iso(+m[3]!, monthOf(m[2]!), +m[1]!),
  ],
  // January 22, 2020 / Jan. 22 2020
  [
    new RegExp(`\\b(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'u'),
    (m) => iso(+m[3]!, monthOf(m[1]!), +m[2]!),
  ],
  // 21.01.2020, 21/01/2020 (day first, as every language here but US English writes it)
  [/\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
];

/** The first date written in `text`, as `YYYY-MM-DD`, or null. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const [re, toIso] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const value = toIso(m);
    if (value && (!best || m.index < best.index))
      best = { iso: value, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * A machine date (meta tag, JSON-LD, `<time datetime>`) as ISO 8601: a date-time keeps its
 * time, a bare date stays a date. Free text falls back to `findDate`.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const full =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      v,
    );
  if (full) {
    const day = iso(+full[1]!, +full[2]!, +full[3]!);
    if (!day) return null;
    if (full[4] === undefined) return day;
    // Keep the page's own clock: "2024-02-27T21:05-05:00" was the 27th where it was published.
    const [, , , , hh, mm, ss, fraction, tz] = full;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')) : '';
    return `${day}T${hh}:${mm}:${ss ?? '00'}${fraction ?? ''}${zone}`;
  }
  const found = findDate(v);
  if (found) return found.iso;
  const parsed = Date.parse(v);
  // Years past 9999 come out as "+012345-01-01…": no ISO date.
  const day = Number.isNaN(parsed) ? '' : new Date(parsed).toISOString().slice(0, 10);
  if (/\d{4}/.test(v) && /^\d{4}-\d\d-\d\d$/.test(day)) return day;
  return null;
}

/** The day part of an ISO date or date-time. */
export function dayOf(isoValue: string | null): string | null {
  return isoValue ? isoValue.slice(0, 10) : null;
}
