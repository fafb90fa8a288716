import { parseHTML } from 'linkedom';
import { version as VERSION } from '../../package.json';
import { analyze } from '../analyze';
import { adoptStrayNodes } from '../extract/repair';
import { FETCH_LIMITS, type FetchLimits } from './fetch-original';
import { formatSummary } from './format';
import { InputError, resolveArg } from './inputs';
import { checkChain } from './verify';

const HELP = `provenance-lens — where did this article come from?

Usage:
  provenance-lens analyze <file.html | folder | http(s) URL | -> ... [--url ADDRESS] [--json]
                          [--verify [--original URL]]

  <file.html>   a saved page (a fixture's source.html takes its address from the url file beside it)
  <folder>      every .html file below it
  <URL>         fetched (15 s timeout, 50 MB at most)
  -             read from standard input

Options:
  --url ADDRESS  the address the page was loaded from (a saved file has none of its own)
  --json         one JSON report per input (JSON Lines for several), nothing else on stdout
  --verify       fetch the original the chain names and compare its text with this copy's
                 (10 s, 5 MB, 5 redirects at most; a failed fetch is reported, not an error)
  --original URL the original's address, instead of the chain's (with --verify)
  --help         this text
  --version      the version

Exit status: 0 when the analysis ran, 2 for bad arguments or an input that cannot be read.`;

interface Args {
  inputs: string[];
  url: string | null;
  json: boolean;
  verify: boolean;
  original: string | null;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = { inputs: [], url: null, json: false, verify: false, original: null };
  const rest = [...argv];
  if (!rest.length || rest.includes('--help') || rest.includes('-h')) return 'help';
  if (rest.includes('--version')) return 'version';
  const command = rest.shift();
  if (command !== 'analyze') throw new InputError(`unknown command "${command}" (try --help)`);
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--json') args.json = true;
    else if (a === '--verify') args.verify = true;
    else if (a === '--original' || a.startsWith('--original=')) {
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

/** Run the command line; returns the exit status. */
/** Where the command line writes: process.stdout and process.stderr, or a test's sinks. */
export interface Sink {
  write(text: string): unknown;
}

export async function main(
  argv: string[],
  out: Sink = process.stdout,
  err: Sink = process.stderr,
  limits: FetchLimits = FETCH_LIMITS,
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
  let status = 0;
  let first = true;
  for (const arg of args.inputs) {
    let loaders: Awaited<ReturnType<typeof resolveArg>>;
    try {
      loaders = await resolveArg(arg, args.url);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err.write(`provenance-lens: ${e.message}\n`);
      status = 2;
      continue;
    }
    for (const load of loaders) {
      try {
        const input = await load();
        const document = adoptStrayNodes(parseHTML(input.html).document as unknown as Document);
        const report = analyze(document, { url: input.url, includeContent: args.verify });
        report.verification = args.verify ? await checkChain(report, args.original, limits) : null;
        if (args.json) out.write(`${JSON.stringify(report)}\n`);
        else out.write(`${first ? '' : '\n'}${formatSummary(report, input.label)}\n`);
        first = false;
      } catch (e) {
        const message =
          e instanceof InputError
            ? e.message
            : `${arg}: the analysis failed (${(e as Error).message})`;
        err.write(`provenance-lens: ${message}\n`);
        status = 2;
      }
    }
  }
  return status;
}
