/**
 * Receiving side of the protocol: who sent a message decides which allow-list it is checked
 * against. A content script runs inside pages we do not control, so it may only reach the
 * methods of its own tier; extension pages (the popup) reach theirs.
 */
import { err, type Guards, isMessage, type MethodMap, ok, type Result } from './protocol';

/** The parts of `runtime.MessageSender` that trust is decided from. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Trust = 'extension-page' | 'content-script' | 'none';

/** Who this extension is: its id and the origin of its pages (`runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * Classifies a sender. Only this extension's own contexts count (`sender.id`); among them an
 * extension page is recognised by its address, and a content script by having a tab and a web
 * address. The popup opened as a tab also has `sender.tab`, so the address decides first.
 */
export function senderTrust(sender: SenderInfo, self: Self): Trust {
  if (sender.id !== self.id || typeof sender.url !== 'string') return 'none';
  if (sender.url.startsWith(self.origin)) return 'extension-page';
  if (sender.tab && /^https?:\/\//i.test(sender.url)) return 'content-script';
  return 'none';
}

/** Handlers for every method of a map; `C` is what the receiver knows about the sender. */
export type Handlers<M extends MethodMap, C> = {
  [K in keyof M]: (params: M[K]['params'], ctx: C) => Promise<M[K]['result']> | M[K]['result'];
};

/** What one kind of sender may ask: the guards it is checked against and their handlers. */
export interface Tier<M extends MethodMap, C> {
  guards: Guards<M>;
  handlers: Handlers<M, C>;
}

/**
 * Checks `msg` against the tier's allow-list and runs its handler. Always resolves to a
 * Result: a rejected message or a failing handler becomes `{ ok: false }`.
 */
export async function dispatch<M extends MethodMap, C>(
  tier: Tier<M, C>,
  msg: unknown,
  ctx: C,
): Promise<Result<unknown>> {
  if (!isMessage(msg, tier.guards)) return err('rejected');
  try {
    const handler = tier.handlers[msg.method] as (p: unknown, c: C) => unknown;
    return ok(await handler(msg.params, ctx));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}
