/**
 * The native export: every capture, whole, in one JSON file the library page can import again.
 */
import { CAPTURE_FORMAT_VERSION, type Capture, type Result } from '../model/model';
import { validateCapture } from '../model/validate';

/** The `format` tag that marks a Provenance Lens captures file. */
export const CAPTURES_FORMAT = 'provenance-lens-captures' as const;

export interface CapturesFile {
  format: typeof CAPTURES_FORMAT;
  version: typeof CAPTURE_FORMAT_VERSION;
  exportedAt: string;
  captures: Capture[];
}

/** Serialises captures as a captures file (pretty-printed, UTF-8 safe JSON). */
export function toJson(captures: readonly Capture[], options: { now?: Date } = {}): string {
  const file: CapturesFile = {
    format: CAPTURES_FORMAT,
    version: CAPTURE_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    captures: [...captures],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a captures file. A corrupt, foreign, newer or empty file gives one clear line saying
 * what is wrong; every capture is validated, and the first bad one is named by its position.
 */
export function fromJson(text: string): Result<Capture[]> {
  const r = readFile(text);
  return r.ok ? r : { ok: false, error: oneLine(r.error) };
}

function readFile(text: string): Result<Capture[]> {
  if (typeof text !== 'string' || !text.replace(/^\uFEFF/, '').trim()) {
    return { ok: false, error: 'The file is empty.' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${(e as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Not a Provenance Lens captures file: expected a JSON object.' };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== CAPTURES_FORMAT) {
    const found =
      typeof file.format === 'string' ? ` (its format is "${file.format.slice(0, 60)}")` : '';
    return { ok: false, error: `Not a Provenance Lens captures file${found}.` };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'The captures file has no valid version number.' };
  }
  if (version > CAPTURE_FORMAT_VERSION) {
    return {
      ok: false,
      error: `The file was made by a newer Provenance Lens (format version ${version}); this one reads version ${CAPTURE_FORMAT_VERSION}.`,
    };
  }
  if (!Array.isArray(file.captures)) {
    return { ok: false, error: 'The captures file has no list of captures.' };
  }
  return readCaptures(file.captures);
}

function readCaptures(list: unknown[]): Result<Capture[]> {
  const out: Capture[] = [];
  const seen = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const r = validateCapture(item);
    if (!r.ok)
      return { ok: false, error: `Capture ${i + 1} of ${list.length} is invalid: ${r.error}.` };
    const first = seen.get(r.value.id);
    if (first !== undefined) {
      return {
        ok: false,
        error: `Captures ${first + 1} and ${i + 1} have the same id "${r.value.id}".`,
      };
    }
    seen.set(r.value.id, i);
    out.push(r.value);
  }
  return { ok: true, value: out };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
