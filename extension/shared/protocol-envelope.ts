/**
 * The envelope every message travels in: a channel name, a method, its parameters, and a
 * Result back (`{ ok, value } | { ok: false, error }`) instead of a thrown error, which does not
 * survive structured cloning across contexts.
 */
import { hasOnlyKeys, isRecord } from './guards';

export const CHANNEL = 'provenance-lens';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** A method map: method name → its parameter and result types. */
export type MethodMap = Record<string, { params: unknown; result: unknown }>;

export interface Message<M extends MethodMap, K extends keyof M = keyof M> {
  channel: typeof CHANNEL;
  method: K;
  params: M[K]['params'];
}

/** One parameter guard per method: the allow-list a receiver dispatches from. */
export type Guards<M extends MethodMap> = { [K in keyof M]: (p: unknown) => p is M[K]['params'] };

export type Empty = Record<string, never>;

export const isEmpty = (p: unknown): p is Empty => isRecord(p) && Object.keys(p).length === 0;

/** True when `x` is a well-formed message for one of the methods in `guards`. */
export function isMessage<M extends MethodMap>(x: unknown, guards: Guards<M>): x is Message<M> {
  if (!isRecord(x) || x.channel !== CHANNEL || typeof x.method !== 'string') return false;
  // An envelope with keys the protocol does not know comes from something that does not know it.
  if (!hasOnlyKeys(x, ['channel', 'method', 'params'])) return false;
  if (!Object.hasOwn(guards, x.method)) return false;
  return guards[x.method as keyof M](x.params);
}

/** True for anything on this extension's channel, well-formed or not. */
export function isOurs(x: unknown): boolean {
  return isRecord(x) && x.channel === CHANNEL;
}

/** Builds a message. */
export function message<M extends MethodMap, K extends keyof M & string>(
  method: K,
  params: M[K]['params'],
): Message<M, K> {
  return { channel: CHANNEL, method, params };
}

/** True when `x` has the shape of a Result (what every receiver answers). */
export function isResult(x: unknown): x is Result<unknown> {
  if (!isRecord(x)) return false;
  return x.ok === true ? 'value' in x : x.ok === false && typeof x.error === 'string';
}

/**
 * Sends `method` through `send` (runtime.sendMessage or a tabs.sendMessage bound to a tab) and
 * always resolves: a missing receiver or a malformed answer becomes `{ ok: false }`.
 */
export async function request<M extends MethodMap, K extends keyof M & string>(
  send: (msg: Message<M, K>) => Promise<unknown>,
  method: K,
  params: M[K]['params'],
): Promise<Result<M[K]['result']>> {
  try {
    const answer = await send(message<M, K>(method, params));
    return isResult(answer) ? (answer as Result<M[K]['result']>) : err('no-answer');
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}
