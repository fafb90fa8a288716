/** The save form: a note, tags, and "Save capture"; what happened is said below it. */
import { useEffect, useState } from 'preact/hooks';
import type { Browser } from '../../shared/browser';
import { toContent } from '../../shared/tab-content';
import { useEnv } from '../context';
import { type SaveState, saveCapture } from '../save';

export interface SaveFormProps {
  api: Browser;
  tabId: number;
  /** The tab's address: the checks made of the page are kept under it and saved with it. */
  pageUrl?: string | null;
  onOpenLibrary(): void;
}

export function SaveForm({ api, tabId, pageUrl = null, onOpenLibrary }: SaveFormProps) {
  const { t } = useEnv();
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [own, setOwn] = useState(0);
  useEffect(() => {
    toContent(api, tabId, 'annotations', {}).then((r) => setOwn(r.ok ? r.value.length : 0));
  }, [api, tabId]);

  const saving = state.kind === 'saving';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    setState({ kind: 'saving' });
    setState(await saveCapture(api, tabId, { note, tags, pageUrl }, t));
  };

  return (
    <form class="save-form" onSubmit={(e) => void submit(e)}>
      <label for="save-note">{t('saveNote')}</label>
      <textarea
        id="save-note"
        rows={3}
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
      <p class="muted">
        {own === 0
          ? t('saveAnnotateHint')
          : own === 1
            ? t('saveOwnNote')
            : t('saveOwnNotes', [String(own)])}
      </p>
      <div class="save-bar">
        <button type="submit" class="button" disabled={saving}>
          {t(saving ? 'saveSaving' : 'saveButton')}
        </button>
        <p class={`said save-said save-said--${state.kind}`} role="status">
          {state.kind === 'saved' && state.text}
          {state.kind === 'failed' && <strong>{state.text}</strong>}
          {state.kind === 'saved' && (
            <>
              {' '}
              <button type="button" class="link-button" onClick={onOpenLibrary}>
                {t('openLibrary')}
              </button>
            </>
          )}
        </p>
      </div>
    </form>
  );
}
