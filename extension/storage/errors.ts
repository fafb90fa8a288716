/**
 * What goes wrong in the capture library, as StoreError with a sentence a researcher can act on.
 */
export type StoreErrorCode =
  | 'unavailable'
  | 'quota'
  | 'closed'
  | 'invalid'
  | 'not-found'
  | 'failed';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const MESSAGES = {
  unavailable:
    'The capture library cannot open: this browser window does not let extensions store data (a private window, or site data turned off). Open it in a normal window.',
  newer:
    'The capture library was written by a newer version of Provenance Lens. Update the extension to open it; nothing was changed.',
  blocked:
    'The capture library is held open by a Provenance Lens page from before an update. Close the extension’s other pages, then reload this one.',
  quota:
    "Not saved: the browser's storage for extensions is full. Nothing was changed; free some space or delete old captures.",
  closed:
    'The capture library was closed (the extension was updated or restarted). Nothing was changed; reload this page and try again.',
  aborted: 'The browser stopped the change before it finished. Nothing was changed; try again.',
  notFound: 'That capture is no longer in the library; it may have been deleted in another window.',
} as const;

/** The code and sentence for any error met while using the library. */
export function describeStoreError(e: unknown): { code: StoreErrorCode; message: string } {
  if (e instanceof StoreError) return { code: e.code, message: e.message };
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  if (name === 'QuotaExceededError') return { code: 'quota', message: MESSAGES.quota };
  if (name === 'InvalidStateError') return { code: 'closed', message: MESSAGES.closed };
  if (name === 'AbortError') return { code: 'failed', message: MESSAGES.aborted };
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return {
    code: 'failed',
    message: `The capture library could not finish (${detail}). Nothing was changed; try again.`,
  };
}

export function asStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const { code, message } = describeStoreError(e);
  return new StoreError(code, message);
}
