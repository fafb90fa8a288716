/**
 * Saving a capture from the popup. It runs here, not in the popup, so that closing the popup
 * does not abort it; the library writes a capture and its summary in one transaction, so a
 * worker stopped half-way leaves nothing half-written.
 */
import type { Capture } from '../../src/capture/model/model';
import type { CaptureUpdate, SaveOutcome, UpdateOutcome } from '../shared/protocol';
import { describeStoreError, type Library } from '../storage/store';

/** Opens the library, saves, closes; a failure comes back as the library's own sentence. */
export async function saveToLibrary(
  open: () => Promise<Library>,
  capture: Capture,
): Promise<SaveOutcome> {
  let library: Library | null = null;
  try {
    library = await open();
    await library.save(capture);
    return { saved: true, id: capture.id };
  } catch (e) {
    const { code, message } = describeStoreError(e);
    return { saved: false, code, message };
  } finally {
    library?.close();
  }
}

/**
 * Sets the note and tags of a capture already saved (the library tidies the tags); a capture
 * deleted meanwhile, or any other failure, comes back as the library's own sentence.
 */
export async function updateInLibrary(
  open: () => Promise<Library>,
  { id, note, tags }: CaptureUpdate,
): Promise<UpdateOutcome> {
  let library: Library | null = null;
  try {
    library = await open();
    await library.update(id, { note: note.trim(), tags });
    return { updated: true };
  } catch (e) {
    const { code, message } = describeStoreError(e);
    return { updated: false, code, message };
  } finally {
    library?.close();
  }
}
