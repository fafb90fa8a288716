/**
 * The page's one message line: what just happened (imported, exported, deleted with Undo) or
 * what went wrong. The live regions are always in the page, so screen readers hear changes.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useEnv } from '../context';

export interface NoticeState {
  text: string;
  error?: boolean;
  /** Shown as an "Undo" button while set. */
  undo?: () => void;
}

export function Notice({ notice }: { notice: NoticeState | null }) {
  const { t } = useEnv();
  const info = notice && !notice.error ? notice : null;
  const undo = useRef<HTMLButtonElement>(null);
  // The row or the page the deleted capture was on is gone: the way back is the next stop.
  useEffect(() => {
    if (info?.undo) undo.current?.focus();
  }, [info?.undo]);
  return (
    <div class="notices">
      <div class="notice" role="status">
        {info && <span>{info.text}</span>}
        {info?.undo && (
          <button
            type="button"
            class="button button--quiet"
            id="undo"
            ref={undo}
            onClick={info.undo}
          >
            {t('libraryUndo')}
          </button>
        )}
      </div>
      <div class="notice notice--error" role="alert">
        {notice?.error && notice.text}
      </div>
    </div>
  );
}
