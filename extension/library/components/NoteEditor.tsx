/** The researcher's note and tags for one capture, saved together. */
import { useState } from 'preact/hooks';
import type { Capture } from '../../../src/capture';
import { useEnv } from '../context';

interface Props {
  capture: Capture;
  onSave(change: { note: string; tags: string[] }): Promise<Capture | null>;
}

export function NoteEditor({ capture, onSave }: Props) {
  const { t } = useEnv();
  const [note, setNote] = useState(capture.note);
  const [tags, setTags] = useState(capture.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const saved = await onSave({ note, tags: tags.split(',') });
    setBusy(false);
    // Shown as stored: tags trimmed, each once.
    if (saved) setTags(saved.tags.join(', '));
  };
  return (
    <form class="note-editor" onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span>{t('libraryNoteLabel')}</span>
        <textarea rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('libraryTagsLabel')}</span>
        <input
          type="text"
          value={tags}
          aria-describedby="tags-hint"
          onInput={(e) => setTags(e.currentTarget.value)}
        />
        <span id="tags-hint" class="muted">
          {t('libraryTagsHint')}
        </span>
      </label>
      <button type="submit" class="button" disabled={busy}>
        {t('librarySaveNote')}
      </button>
    </form>
  );
}
