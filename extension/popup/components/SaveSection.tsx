/**
 * "Save to library", folded: the form, and the code that saves, load when the reader opens it,
 * so the popup's first paint does not wait for them.
 */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Browser } from '../../shared/browser';
import { useEnv } from '../context';
import type { SaveFormProps } from './SaveForm';

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
  const [open, setOpen] = useState(false);
  const [Form, setForm] = useState<ComponentType<SaveFormProps> | null>(null);
  const toggle = () => {
    setOpen(!open);
    if (!Form)
      import('./SaveForm').then(
        (m) => setForm(() => m.SaveForm),
        () => setOpen(false),
      );
  };
  const library = () => void api.tabs.create({ url: api.runtime.getURL('library.html') });
  return (
    <section class="section">
      <div class="save-bar">
        <button
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls="save-form"
          onClick={toggle}
        >
          {t('saveHeading')}
        </button>
        <button type="button" class="link-button" onClick={library}>
          {t('openLibrary')}
        </button>
      </div>
      <div id="save-form" hidden={!open}>
        {open && Form && <Form api={api} tabId={tabId} pageUrl={pageUrl} onOpenLibrary={library} />}
      </div>
    </section>
  );
}
