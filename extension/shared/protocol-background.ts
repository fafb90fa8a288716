/**
 * Messages from extension pages (the popup, the library) to the background: the tab's state,
 * saving and updating captures, fetching the original for a check.
 */
import type { Capture } from '../../src/capture/model/model';
import { validateCapture } from '../../src/capture/model/validate';
import type { VerificationError } from '../../src/report';
import type { StoreErrorCode } from '../storage/store';
import { hasOnlyKeys, isHttpAddress, isIndex, isRecord, isShortString } from './guards';
import type { Guards } from './protocol-envelope';
import type { TabState } from './protocol-page';

/**
 * What became of a save: stored, or the library's reason in plain words. A refused or lost
 * message is the transport's `{ ok: false }` instead, so the two never read alike.
 */
export type SaveOutcome =
  | { saved: true; id: string }
  | { saved: false; code: StoreErrorCode; message: string };

/** What became of a note-and-tags change to a saved capture (`updateCapture`). */
export type UpdateOutcome =
  | { updated: true }
  | { updated: false; code: StoreErrorCode; message: string };

/** The note and tags the popup adds to a capture it has just saved. */
export interface CaptureUpdate {
  id: string;
  note: string;
  tags: string[];
}

/** The longest note, the most tags and the longest tag a capture update may carry. */
export const NOTE_MAX = 20_000;
export const TAGS_MAX = 100;
export const TAG_MAX = 200;

/**
 * What came back. `refused`: the address is on the reader's own network (loopback or private)
 * while the page being read is not; nothing is recorded for such a check.
 */
export type FetchedOriginal =
  | { ok: true; html: string; url: string; finalUrl: string }
  | {
      ok: false;
      error: VerificationError | 'refused';
      url: string;
      finalUrl: string | null;
    };

/** Extension pages (the popup) → background. */
export type PageToBackground = {
  getTabState: { params: { tabId: number }; result: TabState | null };
  /** Writes a capture to the library; in the background, so closing the popup cannot stop it. */
  saveCapture: { params: { capture: Capture }; result: SaveOutcome };
  /** Sets the note and tags of a saved capture (the popup saves first, note and tags after). */
  updateCapture: { params: CaptureUpdate; result: UpdateOutcome };
  /**
   * "Check against the original": fetches `url` (http(s), no cookies, 10 s, 5 MB, HTML only).
   * `pageUrl` is the tab's own address, which decides whether an address on the reader's own
   * network may be fetched (see background/fetch-original.ts).
   */
  fetchOriginal: { params: OriginalRequest; result: FetchedOriginal };
};

export interface OriginalRequest {
  url: string;
  pageUrl: string | null;
}

/** The capture is checked whole (`validateCapture`): it is about to be stored as it is. */
function isSaveRequest(p: unknown): p is { capture: Capture } {
  return isRecord(p) && hasOnlyKeys(p, ['capture']) && validateCapture(p.capture).ok;
}

function isOriginalRequest(p: unknown): p is OriginalRequest {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['url', 'pageUrl']) &&
    isHttpAddress(p.url) &&
    (p.pageUrl === null || isHttpAddress(p.pageUrl))
  );
}

/** A capture's id as `validateCapture` allows it. */
const CAPTURE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Exactly an id, a note and a list of tags, each within its bounds. */
export function isCaptureUpdate(p: unknown): p is CaptureUpdate {
  return (
    isRecord(p) &&
    hasOnlyKeys(p, ['id', 'note', 'tags']) &&
    typeof p.id === 'string' &&
    CAPTURE_ID.test(p.id) &&
    isShortString(p.note, NOTE_MAX) &&
    Array.isArray(p.tags) &&
    p.tags.length <= TAGS_MAX &&
    p.tags.every((tag) => isShortString(tag, TAG_MAX))
  );
}

export const pageToBackground: Guards<PageToBackground> = {
  getTabState: (p): p is { tabId: number } =>
    isRecord(p) && hasOnlyKeys(p, ['tabId']) && isIndex(p.tabId),
  saveCapture: isSaveRequest,
  updateCapture: isCaptureUpdate,
  fetchOriginal: isOriginalRequest,
};
