import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Inputs larger than this are refused rather than read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

/** The names the command line reads as web archives. */
export const ARCHIVE_NAME = /\.(?:warc|warc\.gz|wacz)$/i;

/** One page to analyse: its HTML and the address it came from. */
export interface Input {
  label: string;
  html: string;
  url: string | null;
}

/** A bad input: a clear one-line message, never a stack trace. */
export class InputError extends Error {}

export function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|script)\b/i.test(
    text.slice(0, 64 * 1024),
  );
}

function checked(label: string, bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_INPUT_BYTES)
    throw new InputError(`${label}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, not analysed`);
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!looksLikeHtml(text)) throw new InputError(`${label}: not an HTML page`);
  return text;
}

/** A fixture folder keeps its page's address in a `url` file beside `source.html`. */
async function siblingUrl(file: string): Promise<string | null> {
  if (basename(file) !== 'source.html') return null;
  try {
    return (await readFile(join(dirname(file), 'url'), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

async function readFileInput(path: string, url: string | null): Promise<Input> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (info.size > MAX_INPUT_BYTES)
    throw new InputError(`${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, not analysed`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(
      `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return { label: path, html: checked(path, bytes), url: url ?? (await siblingUrl(path)) };
}

/** Every HTML file and web archive below a folder, in a stable order. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (e.isFile() && (/\.html?$/i.test(e.name) || ARCHIVE_NAME.test(e.name)))
      out.push(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  }
  return out.sort();
}

async function fetchInput(address: string, url: string | null): Promise<Input> {
  let res: Response;
  try {
    res = await fetch(address, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (e) {
    const why =
      (e as Error).name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : 'could not be fetched';
    throw new InputError(`${address}: ${why}`);
  }
  if (!res.ok) throw new InputError(`${address}: the server answered ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type))
    throw new InputError(`${address}: not an HTML page (${type.split(';')[0]})`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_INPUT_BYTES)
    throw new InputError(
      `${address}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, not analysed`,
    );
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { label: address, html: checked(address, bytes), url: url ?? res.url ?? address };
}

async function readStdin(url: string | null): Promise<Input> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES)
      throw new InputError(
        `standard input: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, not analysed`,
      );
    chunks.push(chunk as Buffer);
  }
  return { label: 'standard input', html: checked('standard input', Buffer.concat(chunks)), url };
}

/** One thing an argument names: a page to read, or a web archive to read pages from. */
export type Source = (() => Promise<Input>) | { archive: string };

const fileSource = (path: string, url: string | null): Source =>
  ARCHIVE_NAME.test(path) ? { archive: path } : () => readFileInput(path, url);

/** Expand one argument into the inputs it names (a folder names many). */
export async function resolveArg(arg: string, url: string | null): Promise<Source[]> {
  if (arg === '-') return [() => readStdin(url)];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    let parsed: URL;
    try {
      parsed = new URL(arg);
    } catch {
      throw new InputError(`${arg}: not a valid address`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new InputError(`${arg}: only http and https addresses can be fetched`);
    return [() => fetchInput(parsed.href, url)];
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(arg);
  } catch {
    throw new InputError(`${arg}: no such file or folder`);
  }
  if (info.isDirectory()) {
    const files = await htmlFiles(arg);
    if (!files.length)
      throw new InputError(`${arg}: no .html files or web archives in this folder`);
    return files.map((f) => fileSource(f, url));
  }
  return [fileSource(arg, url)];
}
