/**
 * "Save to library", loaded on the first click: the content script builds the capture, the
 * popup adds the screenshot, the note, the tags and the checks made of the page against its
 * original, and the background stores it (so closing the popup cannot interrupt the write).
 * The note and tags the reader adds after are a change the background makes to that capture.
 * Every outcome becomes one sentence.
 */

import { base64ToBytes } from '../../src/capture/bytes';
import { normaliseTags, type Screenshot, withChecks } from '../../src/capture/model/model';
import { validateCapture } from '../../src/capture/model/validate';
import type { Browser } from '../shared/browser';
import type { MessageKey, Translate } from '../shared/i18n';
import { type PageToBackground, request, TAG_MAX, TAGS_MAX } from '../shared/protocol';
import { ensureContent, toContent } from '../shared/tab-content';
import { loadChecks } from './checks';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string; text: string }
  | { kind: 'failed'; text: string };

export interface SaveInput {
  note: string;
  /** As typed: comma-separated. */
  tags: string;
  /** The tab's address, under which the page's checks are kept (checks.ts); null if unknown. */
  pageUrl?: string | null;
}

/** Saves the tab's page to the library; always resolves, to what the popup should say. */
export async function saveCapture(
  api: Browser,
  tabId: number,
  input: SaveInput,
  t: Translate,
): Promise<SaveState> {
  const failed = (text: string): SaveState => ({ kind: 'failed', text });
  const ready = await ensureContent(api, tabId);
  const draft = ready.ok ? await toContent(api, tabId, 'capture', {}) : ready;
  if (!draft.ok) return failed(t('saveUnreadable', [draft.error]));
  const shot = await screenshot(api, tabId);
  // Every check made of this page so far, each with its date: saving again after another check
  // saves the earlier ones too, and the report's `verification` is the latest.
  const checks = input.pageUrl ? await loadChecks(api, tabId, input.pageUrl) : [];
  const capture = withChecks(
    {
      ...draft.value,
      screenshot: shot.ok ? shot.value : null,
      note: input.note.trim(),
      tags: normaliseTags(input.tags.split(',')),
    },
    checks,
  );
  // The background checks it too (its guard); checked here, the reason can be given.
  const valid = validateCapture(capture);
  if (!valid.ok) return failed(t('saveInvalid', [valid.error]));
  const sent = await request<PageToBackground, 'saveCapture'>(
    (m) => api.runtime.sendMessage(m),
    'saveCapture',
    { capture },
  );
  if (!sent.ok) {
    // 'rejected' is the guard's refusal; anything else means no answer came back: the worker
    // stopped (or was stopped) with the message in hand.
    return failed(sent.error === 'rejected' ? t('saveInvalid', [sent.error]) : t('saveStopped'));
  }
  const outcome = sent.value;
  if (!outcome.saved) {
    return failed(
      /^not saved\b/i.test(outcome.message) ? outcome.message : t('saveFailed', [outcome.message]),
    );
  }
  const text = shot.ok ? t('saveDone') : t('saveDoneNoScreenshot', [t(shot.why)]);
  return { kind: 'saved', id: outcome.id, text };
}

export type DetailsState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'done'; text: string }
  | { kind: 'failed'; text: string };

/** Sets the note and tags of the capture `id`; always resolves, to what the popup should say. */
export async function saveDetails(
  api: Browser,
  id: string,
  input: { note: string; tags: string },
  t: Translate,
): Promise<DetailsState> {
  const tags = normaliseTags(input.tags.split(','))
    .slice(0, TAGS_MAX)
    .map((tag) => tag.slice(0, TAG_MAX));
  const sent = await request<PageToBackground, 'updateCapture'>(
    (m) => api.runtime.sendMessage(m),
    'updateCapture',
    { id, note: input.note.trim(), tags },
  );
  if (!sent.ok) {
    return {
      kind: 'failed',
      text: t(sent.error === 'rejected' ? 'saveDetailsRefused' : 'saveDetailsStopped'),
    };
  }
  return sent.value.updated
    ? { kind: 'done', text: t('libraryNoteSaved') }
    : { kind: 'failed', text: sent.value.message };
}

type Shot = { ok: true; value: Screenshot } | { ok: false; why: MessageKey };

/**
 * A PNG of the tab's visible part. `captureVisibleTab` shows whichever tab is in view in the
 * window, so a tab that is not (the popup opened as a tab beside it) gets none.
 */
export async function screenshot(api: Browser, tabId: number): Promise<Shot> {
  try {
    const tab = await api.tabs.get(tabId);
    if (!tab.active) return { ok: false, why: 'screenshotNotInView' };
    const dataUrl = await api.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    const size = pngSize(dataUrl);
    return size
      ? { ok: true, value: { dataUrl, ...size } }
      : { ok: false, why: 'screenshotRefused' };
  } catch {
    return { ok: false, why: 'screenshotRefused' };
  }
}

/** Width and height from a PNG data URL's IHDR chunk; null when it is not a PNG. */
export function pngSize(dataUrl: string): { width: number; height: number } | null {
  // 8 bytes of signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]{32})/.exec(dataUrl);
  if (!m) return null;
  const b = base64ToBytes(m[1] as string);
  const view = new DataView(b.buffer);
  if (String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}
