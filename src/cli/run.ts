import { statSync } from 'node:fs';
import { version as VERSION } from '../../package.json';
import { type ArchiveTally, archivePages, type Failure, newTally } from './archive';
import { type Args, HELP, parseArgs } from './args';
import { FETCH_LIMITS, type FetchLimits } from './fetch-original';
import { ARCHIVE_NAME, type Input, InputError, resolveArg, type Source } from './inputs';
import { analyzePage, type Done, type PageOptions } from './page';
import { Pool } from './pool';

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
    quick: args.quick,
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
