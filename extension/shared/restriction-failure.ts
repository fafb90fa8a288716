/**
 * Why an injection failed: what the address says (restricted.ts), else the browser's error.
 * The popup loads this only then; most pages are read at the first try.
 */
import { type Restriction, restrictionOf } from './restricted';

/** Why reading failed, from the address (when known) and the browser's error message. */
export function restrictionFromFailure(url: string | null | undefined, error: string): Restriction {
  const known = restrictionOf(url);
  if (known) return known;
  if (url && /^file:/i.test(url)) return 'file-access';
  if (url && /\.pdf([?#]|$)/i.test(url)) return 'pdf-viewer';
  if (/gallery|webstore|cannot be scripted/i.test(error)) return 'extension-store';
  if (/chrome:\/\/|about:|edge:\/\//i.test(error)) return 'browser-page';
  if (/file:\/\//i.test(error)) return 'file-access';
  if (/pdf/i.test(error)) return 'pdf-viewer';
  // Chromium: "Cannot access contents of the page. Extension manifest must request permission
  // to access the respective host." Firefox: "Missing host permission for the tab". Either way
  // an ordinary page, read once the reader clicks the toolbar button on it.
  if (/host permission|access contents/i.test(error)) return 'no-access';
  return 'other';
}
