/** Abbreviations whose period does not end a sentence ("Feb. 8", "Inc.", "U.S.", "Dr."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\d{1,2}|\p{Lu}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|no|nr|inc|ltd|co|corp|jr|sr|vs|etc|approx|gen|gov|sen|rep|prof|z\.b|bzw|ca|dott|sig|sra?|dña?|ud|s\.a|u\.s|u\.k)\.$/iu;

/**
 * The sentences of a block of text, each with its offset. A period ends a sentence only
 * where a space or the end follows (so "southfront.org" stays whole) and not after a
 * common abbreviation or a day number (so "Feb. 8, 2024" and "5. Februar 2024" do).
 */
export function sentences(text: string): Array<{ s: string; at: number }> {
  const out: Array<{ s: string; at: number }> = [];
  const re = /[^.!?]+[.!?]*|[.!?]+/g;
  let pending = '';
  let pendingAt = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!pending) pendingAt = m.index;
    pending += m[0];
    const next = text[re.lastIndex];
    if (next === undefined || (/\s/.test(next) && !ABBREVIATION.test(pending))) {
      out.push({ s: pending.trim(), at: pendingAt });
      pending = '';
    }
  }
  if (pending.trim()) out.push({ s: pending.trim(), at: pendingAt });
  return out;
}
