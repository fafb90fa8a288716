/**
 * The page's one notice: what just happened, what went wrong, and "Undo" for a little while
 * after a delete (then the notice stays, without the button).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { describeStoreError } from '../../storage/store';
import type { NoticeState } from '../components/Notice';

export interface NoticeHandle {
  notice: NoticeState | null;
  /** Says what happened; `error`: said as an error (an alert). */
  say(text: string, error?: boolean): void;
  /** The store's error, in the reader's words. */
  fail(e: unknown): void;
  /**
   * Says `text` with an "Undo" button for `undoMs`; `undo` runs when it is pressed. `expired`
   * runs when the button goes (with whether it had the focus).
   */
  offerUndo(text: string, undo: () => void, expired?: (hadFocus: boolean) => void): void;
  clear(): void;
}

export function useNotice(undoMs: number): NoticeHandle {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const say = useCallback(
    (text: string, error = false) => setNotice(error ? { text, error } : { text }),
    [],
  );
  const fail = useCallback((e: unknown) => {
    setNotice({ text: describeStoreError(e).message, error: true });
  }, []);
  const clear = useCallback(() => {
    clearTimeout(timer.current);
    setNotice(null);
  }, []);
  const offerUndo = useCallback(
    (text: string, undo: () => void, expired?: (hadFocus: boolean) => void) => {
      clearTimeout(timer.current);
      const press = () => {
        clearTimeout(timer.current);
        setNotice(null);
        undo();
      };
      setNotice({ text, undo: press });
      timer.current = setTimeout(() => {
        const hadFocus = document.activeElement?.id === 'undo';
        setNotice((n) => (n?.undo === press ? { text: n.text } : n));
        expired?.(hadFocus);
      }, undoMs);
    },
    [undoMs],
  );

  return { notice, say, fail, offerUndo, clear };
}
