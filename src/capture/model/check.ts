/**
 * Tiny structural checks for data arriving from files and messages. Each check throws an
 * `Invalid` naming the path ("capture.annotations[2].motivation …") so the first problem found
 * becomes one readable line; the public validators catch it and return `{ ok: false, error }`.
 */

export class Invalid extends Error {}

export type Obj = Record<string, unknown>;

export function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Obj;
}

export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'must be a list');
  return v;
}

export function str(v: unknown, path: string, opts: { nonEmpty?: boolean } = {}): string {
  if (typeof v !== 'string') fail(path, 'must be a string');
  if (opts.nonEmpty && !v.trim()) fail(path, 'must not be empty');
  return v;
}

export function strOrNull(v: unknown, path: string): string | null {
  return v === null ? null : str(v, path);
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'must be true or false');
  return v;
}

export function int(v: unknown, path: string, min = 0): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    fail(path, `must be a whole number of at least ${min}`);
  }
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    fail(path, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  }
  return v as T;
}

/** Rejects fields this version does not know, so a typo or a foreign object is not taken silently. */
export function onlyKeys(o: Obj, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) fail(path, `has an unknown field ${JSON.stringify(key)}`);
  }
}

export function has(o: Obj, path: string, keys: readonly string[]): void {
  for (const key of keys) {
    if (!(key in o)) fail(path, `is missing ${JSON.stringify(key)}`);
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
// The report schema's date: a day, optionally with a time and zone.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isoDateTime(v: unknown, path: string): string {
  const s = str(v, path);
  if (!ISO_DATE_TIME.test(s) || Number.isNaN(Date.parse(s))) {
    fail(path, 'must be an ISO 8601 date-time such as 2024-05-01T12:00:00Z');
  }
  return s;
}

/** `YYYY-MM-DD`, optionally with a time, as the report allows; or null. */
export function isoDateOrNull(v: unknown, path: string): string | null {
  if (v === null) return null;
  const s = str(v, path);
  if (!ISO_DATE.test(s)) fail(path, 'must be an ISO 8601 date such as 2020-01-22');
  return s;
}

/** Checks every item of a list, naming each by its index in the path. */
export function each(
  v: unknown,
  path: string,
  check: (item: unknown, path: string) => unknown,
): unknown[] {
  const list = arr(v, path);
  for (const [i, item] of list.entries()) check(item, `${path}[${i}]`);
  return list;
}
