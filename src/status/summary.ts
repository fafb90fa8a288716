import type { Report } from '../report';
import { daysBetween } from '../text/days';

/** How long after the original this copy appeared; nothing when unknown or out of order. */
function when(days: number | null): string {
  if (days === null || days < 0) return '';
  if (days === 0) return ', the same day as the original';
  return days === 1 ? ', one day after the original' : `, ${days} days after the original`;
}

/** One plain English sentence for the report's status (the popup has its own, translated). */
export function summarize(report: Report, why: string | null): string {
  const host = report.chain[0];
  const who = (h: { publisher: string | null; domain: string | null } | undefined) =>
    h?.publisher ?? h?.domain ?? 'an unnamed publisher';
  switch (report.status) {
    case 'cross-post': {
      const original = report.chain[report.chain.length - 1];
      const next = report.chain[1];
      const lag = when(daysBetween(original?.date ?? null, host?.date ?? null));
      if (report.chain.length > 2)
        return `Republished from ${who(next)}; first published by ${who(original)}${lag}.`;
      return `Republished from ${who(original)}${lag}.`;
    }
    case 'original':
      return `An original article${host?.publisher || host?.domain ? ` by ${who(host)}` : ''}: nothing on the page credits another publisher.`;
    case 'unknown':
      return `An article whose source the page does not settle${why ? `: ${why}` : ''}.`;
    default:
      return `Not an article: ${why ?? 'no article was found'}.`;
  }
}
