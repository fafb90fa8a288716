/**
 * Receiving side of the protocol: who sent a message decides which allow-list it is checked
 * against. A content script runs inside pages we do not control, so it may only reach the
 * methods of its own tier; extension pages (the popup) reach theirs.
 */
import type { SenderInfo } from './browser';
import { err, type Guards, isMessage, type MethodMap, ok, type Result } from './protocol';

export type { SenderInfo };

export type Trust = 'extension-page' | 'content-script' | 'none';

/** Who this extension is: its id and the origin of its pages (`runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

/**
 * The scheme and host of an address ("https://news.example", "moz-extension://<uuid>"), or null
 * when it has no host (data:, blob:, about:). URL's own `origin` is "null" for extension schemes.
 */
function originOf(url: string | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/**
 * Classifies a sender. Only this extension's own contexts count (`sender.id`); among them an
 * extension page is recognised by its origin, and a content script by having a tab and a web
 * origin. The origin is `sender.origin` where the browser gives it: the browser process sets it,
 * whereas `sender.url` comes from the renderer, which a compromised page process could forge
 * (Firefox gives no `origin`, so there the address's origin is used). The popup opened as a tab
 * also has `sender.tab`, so the origin decides first.
 */
export function senderTrust(sender: SenderInfo, self: Self): Trust {
  if (sender.id !== self.id) return 'none';
  const origin = typeof sender.origin === 'string' ? sender.origin : originOf(sender.url);
  if (!origin || origin === 'null') return 'none';
  if (`${origin}/` === self.origin || origin === self.origin) return 'extension-page';
  if (sender.tab && /^https?:\/\//i.test(origin)) return 'content-script';
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
