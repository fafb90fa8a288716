/**
 * The researcher's own annotations of an opened capture: each quote with its comment, which can
 * be edited (an empty comment leaves a plain highlight) or deleted (the page offers Undo).
 */
import { useState } from 'preact/hooks';
import type { Annotation } from '../../../src/capture';
import { useEnv } from '../context';

interface Props {
  own: Annotation[];
  /** Ids of the annotations highlighted in the snapshot. */
  found: ReadonlySet<string>;
  /** Saves the whole list of the researcher's annotations as it is to be. */
  onChange(next: Annotation[], deleted?: Annotation): Promise<unknown>;
}

export function OwnAnnotations({ own, found, onChange }: Props) {
  const { t } = useEnv();
  const [editing, setEditing] = useState<string | null>(null);
  if (!own.length) return <p class="muted">{t('libraryNoAnnotations')}</p>;
  const save = async (a: Annotation, text: string) => {
    const body = text.trim() || null;
    const next: Annotation = { ...a, body, motivation: body ? 'commenting' : 'highlighting' };
    await onChange(own.map((x) => (x.id === a.id ? next : x)));
    setEditing(null);
  };
  return (
    <ul class="quotes">
      {own.map((a) => (
        <li key={a.id} class="quote quote--own">
          <q>{a.target.selector[0].exact}</q>
          {editing === a.id ? (
            <CommentForm a={a} onSave={(text) => save(a, text)} onCancel={() => setEditing(null)} />
          ) : (
            <>
              {a.body && <span class="quote-label">{a.body}</span>}
              {!found.has(a.id) && <span class="tag">{t('libraryNotInSnapshot')}</span>}
              <span class="quote-actions">
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('libraryAnnotationEditLabel', [a.target.selector[0].exact])}
                  onClick={() => setEditing(a.id)}
                >
                  {t('libraryAnnotationEdit')}
                </button>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('libraryAnnotationDeleteLabel', [a.target.selector[0].exact])}
                  onClick={() =>
                    void onChange(
                      own.filter((x) => x.id !== a.id),
                      a,
                    )
                  }
                >
                  {t('libraryDelete')}
                </button>
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function CommentForm({
  a,
  onSave,
  onCancel,
}: {
  a: Annotation;
  onSave(text: string): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useEnv();
  const [text, setText] = useState(a.body ?? '');
  return (
    <form
      class="comment-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(text);
      }}
      onKeyDown={(e) => {
        // Escape leaves the comment as it was, and does not close the capture.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label class="field">
        <span>{t('libraryAnnotationCommentLabel')}</span>
        {/* biome-ignore lint/a11y/noAutofocus: the field the reader just asked to edit */}
        <textarea rows={3} autoFocus value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">
        {t('libraryAnnotationSave')}
      </button>{' '}
      <button type="button" class="button button--quiet" onClick={onCancel}>
        {t('libraryAnnotationCancel')}
      </button>
    </form>
  );
}
