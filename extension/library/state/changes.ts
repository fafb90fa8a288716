/**
 * What the reader changes in the library, each through the store and said in the notice:
 * deleting a capture (with Undo), its note and tags, its annotations (deleting one with Undo),
 * importing a file of captures.
 */
import { type Annotation, type Capture, fromJson } from '../../../src/capture';
import type { Translate } from '../../shared/i18n';
import type { NoticeHandle } from './use-notice';
import type { StoreHandle } from './use-store';

export interface ChangesOptions {
  t: Translate;
  withStore: StoreHandle['withStore'];
  notice: NoticeHandle;
  /** The capture a delete took away was open: close it. */
  closeIfOpen(id: string): void;
  /** An undone annotation delete: the opened capture reads its annotations again. */
  reopen(): void;
}

/** Plain functions over the store and the notice (no hook: made again on each render). */
export function libraryChanges({ t, withStore, notice, closeIfOpen, reopen }: ChangesOptions) {
  const remove = (id: string) =>
    withStore(async (l) => {
      const removed: Capture = await l.remove(id);
      closeIfOpen(id);
      notice.offerUndo(
        t('libraryDeleted', [removed.title]),
        () =>
          void withStore(async (l2) => {
            await l2.restore(removed);
            notice.say(t('libraryRestored', [removed.title]));
          }),
        // The row or the page the capture was on is gone: the list's heading is the way on.
        (hadFocus) => hadFocus && document.getElementById('list-heading')?.focus(),
      );
    });

  const update = (id: string, change: { note: string; tags: string[] }) =>
    withStore(async (l) => {
      const saved = await l.update(id, change);
      notice.say(t('libraryNoteSaved'));
      return saved;
    });

  const editAnnotations = (id: string, next: Annotation[], deleted?: Annotation) =>
    withStore(async (l) => {
      const before = (await l.get(id))?.annotations.filter((a) => !a.evidence) ?? [];
      const saved = await l.update(id, { annotations: next });
      if (!deleted) {
        notice.say(t('libraryAnnotationSaved'));
        return saved;
      }
      notice.offerUndo(
        t('libraryAnnotationDeleted', [deleted.target.selector[0].exact]),
        () =>
          void withStore(async (l2) => {
            await l2.update(id, { annotations: before });
            reopen();
            notice.say(t('libraryAnnotationRestored'));
          }),
      );
      return saved;
    });

  const importFile = async (file: File) => {
    // A file that cannot be read (moved meanwhile, no permission) has nothing to import.
    const parsed = fromJson(await file.text().catch(() => ''));
    if (!parsed.ok) return notice.say(t('libraryImportFailed', [parsed.error]), true);
    await withStore(async (l) => {
      const { added, replaced } = await l.importMany(parsed.value);
      const count = added + replaced;
      const text =
        count === 1 ? t('libraryImportedOne') : t('libraryImportedMany', [String(count)]);
      const more = replaced ? ` ${t('libraryImportedReplaced', [String(replaced)])}` : '';
      notice.say(text + more);
    });
  };

  return { remove, update, editAnnotations, importFile };
}
