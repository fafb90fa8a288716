/**
 * "Save to library", under the headline: one click saves the page, and what happened is said
 * right below the button; a note and tags can then be added to the saved capture, in view.
 * The saving code loads on the first click, so the popup's first paint does not wait for it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Browser } from '../../shared/browser';
import { toContent } from '../../shared/tab-content';
import { useEnv } from '../context';
import type { SaveState } from '../save';
import type { SaveDetailsProps } from './SaveDetails';

export function SaveSection({
  api,
  tabId,
  pageUrl = null,
}: {
  api: Browser;
  tabId: number;
  pageUrl?: string | null;
}) {
  const { t } = useEnv();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [Details, setDetails] = useState<ComponentType<SaveDetailsProps> | null>(null);
  // The reader's own comments on the page, saved with it.
  const [own, setOwn] = useState(0);
  useEffect(() => {
    toContent(api, tabId, 'annotations', {}).then((r) => setOwn(r.ok ? r.value.length : 0));
  }, [api, tabId]);

  const saving = state.kind === 'saving';
  const save = async () => {
    if (saving) return;
    setState({ kind: 'saving' });
    try {
      const code = await import('./SaveDetails');
      setDetails(() => code.SaveDetails);
      setState(await code.saveCapture(api, tabId, { note: '', tags: '', pageUrl }, t));
    } catch (e) {
      setState({ kind: 'failed', text: t('saveFailed', [e instanceof Error ? e.message : '']) });
    }
  };
  const library = () => void api.tabs.create({ url: api.runtime.getURL('library.html') });
  return (
    <section class="save" aria-label={t('saveHeading')}>
      <div class="save-bar">
        <button type="button" class="button" disabled={saving} onClick={() => void save()}>
          {t(saving ? 'saveSaving' : 'saveHeading')}
        </button>
        <button type="button" class="link-button" onClick={library}>
          {t('openLibrary')}
        </button>
      </div>
      <p class={`said save-said save-said--${state.kind}`} role="status">
        {state.kind === 'saved' && state.text}
        {state.kind === 'failed' && <strong>{state.text}</strong>}
      </p>
      {state.kind === 'idle' && own > 0 && (
        <p class="muted">{t(own === 1 ? 'saveOwnNote' : 'saveOwnNotes', [String(own)])}</p>
      )}
      {state.kind === 'saved' && Details && (
        <Details key={state.id} api={api} id={state.id} own={own} />
      )}
    </section>
  );
}
