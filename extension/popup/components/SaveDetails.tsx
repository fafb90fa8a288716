/**
 * What the popup shows once a capture is saved: a note and tags for it, in view under "Save to
 * library", sent to the background as a change to that capture (the library stores it).
 * Loaded with the saving code on the first click, so the popup's first paint does not wait.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from '../../shared/browser';
import { NOTE_MAX } from '../../shared/protocol';
import { useEnv } from '../context';
import { type DetailsState, saveDetails } from '../save';

export { saveCapture } from '../save';

export interface SaveDetailsProps {
  api: Browser;
  /** The capture just saved. */
  id: string;
  /** The reader's own comments saved with it (the hint on annotating shows when there are none). */
  own: number;
}

export function SaveDetails({ api, id, own }: SaveDetailsProps) {
  const { t } = useEnv();
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [state, setState] = useState<DetailsState>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  // Under the button just clicked: brought into view, should the popup have been scrolled.
  useEffect(() => form.current?.scrollIntoView?.({ block: 'nearest' }), []);

  const busy = state.kind === 'saving';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setState({ kind: 'saving' });
    setState(await saveDetails(api, id, { note, tags }, t));
  };
  return (
    <form ref={form} class="save-form" onSubmit={(e) => void submit(e)}>
      <label for="save-note">{t('saveNote')}</label>
      <textarea
        id="save-note"
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <label for="save-tags">{t('saveTags')}</label>
      <input
        id="save-tags"
        type="text"
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <div class="save-bar">
        <button type="submit" class="button button--quiet" disabled={busy}>
          {t(busy ? 'saveSaving' : 'librarySaveNote')}
        </button>
        <p class={`said details-said details-said--${state.kind}`} role="status">
          {state.kind === 'done' && state.text}
          {state.kind === 'failed' && <strong>{state.text}</strong>}
        </p>
      </div>
      {own === 0 && <p class="muted">{t('saveAnnotateHint')}</p>}
    </form>
  );
}
