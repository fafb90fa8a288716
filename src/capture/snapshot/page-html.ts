/**
 * The HTML that stands for the page in an export: the snapshot, or, when none was taken, a
 * plain page with the article so an archive never shows an empty document as "the page".
 */
import { shownDateTime } from '../../text/shown-dates';
import type { Capture } from '../model/model';
import { escapeHtml } from '../safety/html-escape';

/** The snapshot's HTML, or a stand-in page built from the article. */
export function pageHtml(capture: Capture): string {
  if (capture.snapshot.html.trim()) return capture.snapshot.html;
  const title = escapeHtml(capture.title);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title}</title></head>
<body><p><em>No snapshot of the whole page was saved; this is the article text only.</em></p>
<h1>${title}</h1>
${capture.articleHtml}
</body></html>`;
}

/**
 * "1 May 2024, 12:34 UTC": a saved time for people, from an ISO date-time, in the one date
 * format (src/text/shown-dates.ts) and the English of the export.
 */
export function readableTime(iso: string, locale = 'en-GB'): string {
  const shown = shownDateTime(iso, locale, 'UTC');
  return shown === iso ? iso : `${shown} UTC`;
}
