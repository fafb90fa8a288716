import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { version as VERSION } from '../../package.json';
import { type ArchiveTally, archivePages, type Failure, newTally } from './archive';
import { FETCH_LIMITS, type FetchLimits } from './fetch-original';
import { ARCHIVE_NAME, type Input, InputError, resolveArg, type Source } from './inputs';
import { analyzePage, type Done, type PageOptions } from './page';
import { Pool } from './pool';

const HELP = `provenance-lens — where did this article come from?

Usage:
  provenance-lens analyze <file.html | file.warc | file.warc.gz | file.wacz | folder | http(s) URL | -> ...
                          [--url ADDRESS] [--json] [--jobs N] [--quiet] [--verify [--original URL]]

  <file.html>   a saved page (a fixture's source.html takes its address from the url file beside it)
  <file.warc>   a web archive (.warc, .warc.gz, or a .wacz's archive/*.warc*): every response
                record with status 200 and an HTML payload, its WARC-Target-URI as the address;
                requests, revisits, metadata, other statuses and other types are skipped
  <folder>      every .html file and web archive below it, in name order
  <URL>         fetched (15 s timeout, 50 MB at most)
  -             read from standard input

Options:
  --url ADDRESS  the address the page was loaded from (a saved file has none of its own)
  --json         one JSON report per input (JSON Lines for several), nothing else on stdout
  --verify       fetch the original the chain names and compare its text with this copy's
                 (10 s, 5 MB, 5 redirects at most; a failed fetch is reported, not an error)
  --original URL the original's address, instead of the chain's (with --verify)
  --jobs N       analyse on N threads (default: the number of cores); the output is the same,
                 in input order, whatever N
  --quiet        no summary on stderr at the end of a run of several pages
  --help         this text
  --version      the version

A page that cannot be read or analysed is one line on stderr and, with --json, one line
{"schema":"provenance-error/1","input":…,"url":…,"error":…} in its place in the JSON Lines;
the run goes on.

Exit status: 0 when the analysis ran, 2 for bad arguments or an input that cannot be read.`;

interface Args {
  inputs: string[];
  url: string | null;
  json: boolean;
  verify: boolean;
  original: string | null;
  jobs: number;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = {
    inputs: [],
    url: null,
    json: false,
    verify: false,
    original: null,
    jobs: availableParallelism(),
    quiet: false,
  };
  const rest = [...argv];
  if (!rest.length || rest.includes('--help') || rest.includes('-h')) return 'help';
  if (rest.includes('--version')) return 'version';
  const command = rest.shift();
  if (command !== 'analyze') throw new InputError(`unknown command "${command}" (try --help)`);
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--json') args.json = true;
    else if (a === '--verify') args.verify = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--jobs' || a.startsWith('--jobs=') || a === '-j') {
      const v = a.startsWith('--jobs=') ? a.slice(7) : rest.shift();
      if (!v || !/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256)
        throw new InputError(`--jobs ${v ?? ''}: give a whole number from 1 to 256`);
      args.jobs = Number(v);
    } else if (a === '--original' || a.startsWith('--original=')) {
      const v = a === '--original' ? rest.shift() : a.slice(11);
      if (!v) throw new InputError('--original needs an address');
      if (!/^https?:\/\//i.test(v) || !URL.canParse(v))
        throw new InputError(`--original ${v}: not an http(s) address`);
      args.original = v;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const v = a === '--url' ? rest.shift() : a.slice(6);
      if (!v) throw new InputError('--url needs an address');
      try {
        const u = new URL(v);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
      } catch {
        throw new InputError(`--url ${v}: not an http(s) address`);
      }
      args.url = v;
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a} (try --help)`);
    else args.inputs.push(a);
  }
  if (args.original && !args.verify) throw new InputError('--original needs --verify');
  if (!args.inputs.length)
    throw new InputError('nothing to analyse: name a file, a folder, a URL or - (try --help)');
  return args;
}

/** Where the command line writes: process.stdout and process.stderr, or a test's sinks. */
export interface Sink {
  write(text: string): unknown;
  isTTY?: boolean;
}

type Item = Input | Failure;

/** Every page the arguments name, in order; an argument that cannot be read is reported. */
async function* pagesOf(
  sources: AsyncIterable<Source | InputError>,
  tally: ArchiveTally,
): AsyncGenerator<Item | InputError> {
  for await (const source of sources) {
    if (source instanceof InputError) yield source;
    else if (typeof source !== 'function') yield* archivePages(source.archive, tally);
    else {
      try {
        yield await source();
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        const label = e.message.split(': ')[0] ?? '';
        yield { failed: true, label, url: null, error: e.message.slice(label.length + 2) };
      }
    }
  }
}

async function* sourcesOf(args: Args): AsyncGenerator<Source | InputError> {
  for (const arg of args.inputs) {
    try {
      yield* await resolveArg(arg, args.url);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield e;
    }
  }
}

/** What a run did, for the summary on stderr. */
class Summary {
  pages = 0;
  failed = 0;
  readonly statuses = new Map<string, number>();
  readonly origins = new Map<string, number>();
  private readonly started = performance.now();
  private lastProgress = 0;

  constructor(
    readonly tally: ArchiveTally,
    private readonly jobs: number,
  ) {}

  add(done: Done): void {
    if (!done.ok) {
      this.failed++;
      return;
    }
    this.pages++;
    this.statuses.set(done.status, (this.statuses.get(done.status) ?? 0) + 1);
    if (done.origin) this.origins.set(done.origin, (this.origins.get(done.origin) ?? 0) + 1);
  }

  private rate(): string {
    const seconds = (performance.now() - this.started) / 1000;
    return `${(this.pages / Math.max(seconds, 0.001)).toFixed(1)} pages/s`;
  }

  private skippedCount(): number {
    let n = 0;
    for (const v of this.tally.skipped.values()) n += v;
    return n;
  }

  /** A line rewritten in place, at most five times a second, for a terminal only. */
  progress(err: Sink): void {
    const now = performance.now();
    if (now - this.lastProgress < 200) return;
    this.lastProgress = now;
    err.write(
      `\r\x1b[K${this.pages} pages, ${this.failed} failed, ${this.skippedCount()} records skipped, ${this.rate()}`,
    );
  }

  text(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const list = (m: Map<string, number>, limit = Number.POSITIVE_INFINITY) =>
      [...m]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ') || 'none';
    const lines = [
      `provenance-lens: ${this.pages} pages analysed, ${this.failed} failed, in ${seconds.toFixed(1)} s (${this.rate()}, ${this.jobs} job${this.jobs > 1 ? 's' : ''})`,
    ];
    if (this.tally.archives)
      lines.push(
        `  archives: ${this.tally.archives}, records read: ${this.tally.records}`,
        `  skipped: ${list(this.tally.skipped)}`,
      );
    lines.push(`  statuses: ${list(this.statuses)}`);
    lines.push(`  top original publishers: ${list(this.origins, 10)}`);
    return `${lines.join('\n')}\n`;
  }
}

/**
 * Run the command line; returns the exit status. With `workerScript` (the built command's own
 * file) `--jobs` above 1 analyses in worker threads; without it everything runs in this thread.
 */
export async function main(
  argv: string[],
  out: Sink = process.stdout,
  err: Sink = process.stderr,
  limits: FetchLimits = FETCH_LIMITS,
  workerScript: URL | null = null,
): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err.write(`provenance-lens: ${(e as Error).message}\n`);
    return 2;
  }
  if (args === 'help') {
    out.write(`${HELP}\n`);
    return 0;
  }
  if (args === 'version') {
    out.write(`${VERSION}\n`);
    return 0;
  }
  const options: PageOptions = {
    json: args.json,
    verify: args.verify,
    original: args.original,
    limits,
  };
  // One page needs no threads: they are started for several inputs, a folder or an archive.
  const many =
    args.inputs.length > 1 ||
    args.inputs.some(
      (a) => ARCHIVE_NAME.test(a) || statSync(a, { throwIfNoEntry: false })?.isDirectory(),
    );
  const pool =
    workerScript && args.jobs > 1 && many ? new Pool(args.jobs, workerScript, options) : null;
  const jobs = pool ? args.jobs : 1;
  const tally = newTally();
  const summary = new Summary(tally, jobs);
  const tty = err.isTTY === true && !args.quiet;
  let status = 0;
  let first = true;
  let seen = 0;

  const emit = (done: Done) => {
    summary.add(done);
    if (done.ok) {
      out.write(args.json ? `${done.text}\n` : `${first ? '' : '\n'}${done.text}\n`);
      first = false;
    } else {
      status = 2;
      if (tty) err.write('\r\x1b[K');
      err.write(`provenance-lens: ${done.label}: ${done.error}\n`);
      if (args.json)
        out.write(
          `${JSON.stringify({ schema: 'provenance-error/1', input: done.label, url: done.url, error: done.error })}\n`,
        );
    }
    if (tty) summary.progress(err);
  };

  // Answers are awaited in the order the pages were read: the output is in input order. At most
  // a few pages per job wait in memory, so a whole archive is never held.
  const window = jobs * 4;
  const pending: Promise<Done>[] = [];
  try {
    for await (const item of pagesOf(sourcesOf(args), tally)) {
      if (item instanceof InputError) {
        if (tty) err.write('\r\x1b[K');
        err.write(`provenance-lens: ${item.message}\n`);
        status = 2;
        continue;
      }
      seen++;
      pending.push(
        'failed' in item
          ? Promise.resolve({ ok: false, label: item.label, url: item.url, error: item.error })
          : pool
            ? pool.run(item)
            : analyzePage(item, options),
      );
      while (pending.length >= window) emit(await pending.shift()!);
    }
    while (pending.length) emit(await pending.shift()!);
  } finally {
    await pool?.close();
  }
  if (tty) err.write('\r\x1b[K');
  if (!args.quiet && (seen > 1 || tally.archives > 0)) err.write(summary.text());
  return status;
}
