/**
 * The annotate window (annotate.html?tab=<id>&pending=<id>), opened by the background's
 * "Annotate selection": the reader's comment on the words they selected is typed here, in a
 * window of the extension's own, because a page's scripts hear every key pressed in the page's
 * document, in a closed shadow root or not. The page only keeps the selection, pending, until
 * Save adds the comment to it or Cancel drops it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from '../shared/browser';
import { isIndex } from '../shared/guards';
import type { Translate } from '../shared/i18n';
import { COMMENT_MAX, isPendingId } from '../shared/protocol';
import { toContent } from '../shared/tab-content';

export interface AnnotateProps {
  api: Browser;
  t: Translate;
  /** The page's `location.search`. */
  search: string;
  /** Closes the window (`window.close()`). */
  close(): void;
}

/** The tab and its pending annotation, from the window's address; null when malformed. */
export function parseAddress(search: string): { tabId: number; pending: string | null } | null {
  const query = new URLSearchParams(search);
  const tab = query.get('tab') ?? '';
  const tabId = /^\d{1,10}$/.test(tab) ? Number(tab) : -1;
  const pending = query.get('pending');
  if (!isIndex(tabId) || (pending !== null && !isPendingId(pending))) return null;
  return { tabId, pending };
}

/** loading: asking the page; none: nothing was selected; gone: the page no longer has it. */
type Phase = 'loading' | 'none' | 'ready' | 'saving' | 'gone';

export function App({ api, t, search, close }: AnnotateProps) {
  const [address] = useState(() => parseAddress(search));
  const tabId = address?.tabId ?? -1;
  const pending = address?.pending ?? null;
  const [phase, setPhase] = useState<Phase>(!address ? 'gone' : pending ? 'loading' : 'none');
  const [quote, setQuote] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Saved or cancelled: closing the window then has nothing left to drop.
  const finished = useRef(false);

  useEffect(() => {
    if (!pending) return;
    void toContent(api, tabId, 'pendingAnnotation', { pending }).then((r) => {
      if (r.ok && r.value) setQuote(r.value.quote);
      setPhase(r.ok && r.value ? 'ready' : 'gone');
    });
  }, [api, tabId, pending]);

  useEffect(() => {
    if (phase === 'ready') field.current?.focus();
    else if (phase !== 'loading' && phase !== 'saving') closeButton.current?.focus();
  }, [phase]);

  const finish = () => {
    finished.current = true;
    close();
  };

  const cancel = async () => {
    if (phase === 'saving') return;
    if (pending && phase !== 'gone') await toContent(api, tabId, 'dropAnnotation', { pending });
    finish();
  };

  const save = async () => {
    if (phase !== 'ready' || !pending) return;
    const comment = (field.current?.value ?? '').trim();
    if (!comment) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    setPhase('saving');
    const added = await toContent(api, tabId, 'addAnnotation', { pending, comment });
    if (added.ok) finish();
    else setPhase('gone');
  };

  // Keys anywhere in the window: Esc cancels, Ctrl+Enter (⌘+Enter) saves.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        void cancel();
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void save();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Closed by the window's own button: nothing should stay pending (and highlighted) in the page.
  useEffect(() => {
    const onHide = () => {
      if (pending && !finished.current) void toContent(api, tabId, 'dropAnnotation', { pending });
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [api, tabId, pending]);

  return (
    <main aria-busy={phase === 'loading' ? 'true' : 'false'}>
      <h1 id="title">{t('annotateTitle')}</h1>
      {phase === 'loading' && <p class="muted">{t('annotateLoading')}</p>}
      {phase === 'none' && <p>{t('annotateNoSelection')}</p>}
      {phase === 'gone' && (
        <p class="said" role="alert">
          {t('annotateGone')}
        </p>
      )}
      {quote !== null ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <figure>
            <figcaption class="muted">{t('annotateQuoteLabel')}</figcaption>
            <blockquote class="quote">{quote}</blockquote>
          </figure>
          <textarea
            ref={field}
            aria-labelledby="title"
            aria-describedby={invalid ? 'empty keys' : 'keys'}
            aria-invalid={invalid ? 'true' : 'false'}
            maxLength={COMMENT_MAX}
            readOnly={phase !== 'ready'}
            onInput={() => setInvalid(false)}
          />
          {invalid && (
            <p id="empty" class="said" role="alert">
              {t('annotateEmpty')}
            </p>
          )}
          <p id="keys" class="muted">
            {t('annotateKeys')}
          </p>
          <div class="row">
            {phase !== 'gone' && (
              <button type="submit" class="primary" disabled={phase === 'saving'}>
                {t('annotateSave')}
              </button>
            )}
            <button type="button" ref={closeButton} onClick={() => void cancel()}>
              {t(phase === 'gone' ? 'annotateClose' : 'annotateCancel')}
            </button>
          </div>
        </form>
      ) : (
        phase !== 'loading' && (
          <div class="row">
            <button type="button" class="primary" ref={closeButton} onClick={finish}>
              {t('annotateClose')}
            </button>
          </div>
        )
      )}
    </main>
  );
}
