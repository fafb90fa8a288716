/**
 * The three runtime calls the content script makes, straight on the browser's own API
 * (`browser` in Firefox, `chrome` in Chromium, both promise-based in Manifest V3), so that
 * content.js does without webextension-polyfill. Replies go through `sendResponse`, which
 * both browsers support for an asynchronous answer.
 */
import type { Browser } from '../../shared/browser';

type Listener = (
  msg: unknown,
  sender: { id?: string; url?: string; tab?: { id?: number } },
) => Promise<unknown> | undefined;

const scope = globalThis as { browser?: Browser; chrome?: Browser };
const native = () => (scope.browser ?? scope.chrome)!.runtime;

export const runtime = {
  get id(): string {
    return native().id;
  },
  getURL: (path: string): string => native().getURL(path),
  sendMessage: (msg: unknown): Promise<unknown> => native().sendMessage(msg),
  /** `listener` returns a promise of the answer, or undefined to leave the message alone. */
  onMessage(listener: Listener): void {
    const { onMessage } = native() as unknown as {
      onMessage: {
        addListener(
          fn: (
            msg: unknown,
            sender: Parameters<Listener>[1],
            reply: (a: unknown) => void,
          ) => boolean,
        ): void;
      };
    };
    onMessage.addListener((msg, sender, reply) => {
      const answer = listener(msg, sender);
      if (!answer) return false;
      void answer.then(reply);
      return true;
    });
  },
};
