/**
 * The page as a capture, built where the page is: its snapshot (with the images this script
 * may fetch), its report, the report's evidence and the reader's own annotations anchored in
 * its text. The popup adds the screenshot, the note and the tags.
 */
import { type Annotation, type Capture, makeCapture } from '../../../src/capture/model/model';
import {
  type FetchedImage,
  type FetchStyleSheet,
  snapshotPage,
} from '../../../src/capture/snapshot/snapshot';
import type { Report } from '../../../src/report';
import { type ContentToBackground, request } from '../../shared/protocol';
import { runtime } from '../common/runtime';
import { MARKER } from './highlight';

const FETCH_TIMEOUT_MS = 15_000;

/** Builds the capture of `doc`, as it is now, at `url`. */
export async function captureDraft(
  doc: Document,
  url: string,
  report: Report,
  annotations: Annotation[],
): Promise<Capture> {
  const snapshot = await snapshotPage(doc, { fetchImage, fetchStyleSheet, ownMarker: MARKER });
  const capture = makeCapture(
    { url, report, snapshot, pageText: doc.body?.textContent ?? null, annotations },
    { parse: (html) => new DOMParser().parseFromString(html, 'text/html'), newId: uuid },
  );
  // The snapshot made its links absolute, so the sanitiser's taking out <base> loses nothing.
  const omitted = capture.snapshot.omitted.filter((o) => !/^base element \(\d+\)$/.test(o));
  return { ...capture, snapshot: { ...capture.snapshot, omitted } };
}

/**
 * One image, as the page itself could fetch it: without cookies, and subject to the page's
 * CORS (a cross-origin image without it cannot be read, and is listed as not kept). A body
 * announced as larger than `maxBytes` is not read at all.
 */
export async function fetchImage(url: string, maxBytes: number): Promise<FetchedImage | null> {
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    if (!res.ok) return null;
    const type = res.headers.get('content-type') ?? '';
    const announced = Number(res.headers.get('content-length'));
    if (announced > maxBytes) {
      void res.body?.cancel().catch(() => {});
      return { type, size: announced, bytes: null };
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { type, size: bytes.length, bytes: bytes.length > maxBytes ? null : bytes };
  } catch {
    return null;
  }
}

/**
 * A style sheet the page may not read (another origin's), asked of the background, which
 * fetches it without cookies where the reader gave access to that origin.
 */
export const fetchStyleSheet: FetchStyleSheet = async (url) => {
  const got = await request<ContentToBackground, 'styleSheet'>(
    (m) => runtime.sendMessage(m),
    'styleSheet',
    { url },
  );
  return got.ok ? got.value : { error: 'not readable by the extension' };
};

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts, and a content script on
 * an http: page is not one; `getRandomValues` is available everywhere.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
