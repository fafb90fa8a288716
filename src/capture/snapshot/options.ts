/** What the snapshot may fetch, and how much it keeps. */

export const MB = 1024 * 1024;

/** What a fetcher got for one image. */
export interface FetchedImage {
  /** The Content-Type the server sent (`image/png`, parameters allowed). */
  type: string;
  /** The size in bytes, when known even if the bytes were not read. */
  size: number;
  /** The bytes; null when the fetcher stopped reading because `size` is over its limit. */
  bytes: Uint8Array | null;
}

/** Fetches one image; null when it cannot. It may stop reading past `maxBytes`. */
export type FetchImage = (url: string, maxBytes: number) => Promise<FetchedImage | null>;

/**
 * Fetches a style sheet the page may not read (another origin without CORS, a CDN): its text,
 * or why not, in a few words ("no access to cdn.example", "HTTP 404").
 */
export type FetchStyleSheet = (url: string) => Promise<{ css: string } | { error: string }>;

export interface SnapshotOptions {
  /** Without it images are not embedded, and each is listed as not fetched. */
  fetchImage?: FetchImage;
  /** Without it a style sheet the page may not read is listed as not kept. */
  fetchStyleSheet?: FetchStyleSheet;
  /** Largest image embedded (bytes); default 2 MB. */
  maxImageBytes?: number;
  /** Most bytes of images embedded in all (bytes); default 20 MB. */
  maxTotalBytes?: number;
  /**
   * The attribute that marks the extension's own elements in the page: its highlight wrappers
   * (`<mark>`, unwrapped) and any element or style sheet of its own (removed).
   */
  ownMarker?: string;
}
