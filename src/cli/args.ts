/** The command line's words: its help text, and its arguments read into options. */
import { availableParallelism } from 'node:os';
import { InputError } from './inputs';

export const HELP = `provenance-lens — where did this article come from?

Usage:
  provenance-lens analyze <file.html | file.warc | file.warc.gz | file.wacz | folder | http(s) URL | -> ...
                          [--url ADDRESS] [--json] [--jobs N] [--quiet] [--quick | --verify [--original URL]]

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
  --quick        the toolbar badge's pass: no Readability, two to three times faster; the
                 status, chain, evidence, copyright, licence and terms as usual, the article's
                 own fields (title, byline, date, excerpt) left out ("article": null)
  --jobs N       analyse on N threads (default: the number of cores); the output is the same,
                 in input order, whatever N
  --quiet        no summary on stderr at the end of a run of several pages
  --help         this text
  --version      the version

A page that cannot be read or analysed is one line on stderr and, with --json, one line
{"schema":"provenance-error/1","input":…,"url":…,"error":…} in its place in the JSON Lines;
the run goes on.

Exit status: 0 when the analysis ran, 2 for bad arguments or an input that cannot be read.`;

export interface Args {
  inputs: string[];
  url: string | null;
  json: boolean;
  verify: boolean;
  original: string | null;
  jobs: number;
  quiet: boolean;
  quick: boolean;
}

export function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const args: Args = {
    inputs: [],
    url: null,
    json: false,
    verify: false,
    original: null,
    jobs: availableParallelism(),
    quiet: false,
    quick: false,
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
    else if (a === '--quick') args.quick = true;
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
  if (args.quick && args.verify)
    throw new InputError(
      "--quick and --verify do not go together: the check needs the article's text",
    );
  if (!args.inputs.length)
    throw new InputError('nothing to analyse: name a file, a folder, a URL or - (try --help)');
  return args;
}
