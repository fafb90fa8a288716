import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/cli/inputs';
import { main } from '../../src/cli/run';
import { schemaErrors } from './helpers/schema';

/** Run the CLI in-process and capture what it writes. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: add });
  const out = sink((s) => {
    stdout += s;
  });
  const err = sink((s) => {
    stderr += s;
  });
  const code = await main(argv, out, err);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
const article = `<!doctype html><html lang="en"><head><title>A story</title><meta property="og:site_name" content="Example Daily"></head><body><article><h1>A story</h1>${'<p>The council met on Tuesday to discuss the budget, and members argued for hours about the cost of repairing the old bridge over the river.</p>'.repeat(8)}<p>This article first appeared on <a href="https://www.riverside-news.org/2024/05/bridge">Riverside News</a>.</p></article></body></html>`;
const page = join(dir, 'page.html');
writeFileSync(page, article);
writeFileSync(join(dir, 'notes.txt'), 'just some notes, no markup at all');
writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
const big = join(dir, 'big.html');
writeFileSync(big, '<html>');
truncateSync(big, MAX_INPUT_BYTES + 1);
mkdirSync(join(dir, 'empty'));

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
    } else if (req.url === '/missing') {
      res.writeHead(404).end();
    } else res.writeHead(200, { 'content-type': 'text/html' }).end(article);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('command line: good input', () => {
  test('--help prints usage and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('provenance-lens analyze');
  });

  test('a readable summary by default', async () => {
    const r = await run('analyze', page, '--url', 'https://www.example-daily.com/2024/05/story');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Status: cross-post');
    expect(r.stdout).toContain('Riverside News');
    expect(r.stderr).toBe('');
  });

  test('--json prints exactly one schema-valid report', async () => {
    const r = await run(
      'analyze',
      page,
      '--url',
      'https://www.example-daily.com/2024/05/story',
      '--json',
    );
    const report = JSON.parse(r.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.status).toBe('cross-post');
    expect(report.chain.at(-1).domain).toBe('riverside-news.org');
  });

  test('several inputs give JSON Lines', async () => {
    const r = await run('analyze', page, page, '--json');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(schemaErrors(JSON.parse(l))).toEqual([]);
  });

  test('--quick: the same status, chain and evidence without Readability; the article left out, and said so', async () => {
    const url = 'https://www.example-daily.com/2024/05/story';
    const full = JSON.parse((await run('analyze', page, '--url', url, '--json')).stdout);
    const r = await run('analyze', page, '--url', url, '--json', '--quick');
    expect(r.code).toBe(0);
    const quick = JSON.parse(r.stdout);
    expect(schemaErrors(quick)).toEqual([]);
    expect(quick.status).toBe(full.status);
    expect(quick.chain).toEqual(full.chain);
    expect(quick.evidence).toEqual(full.evidence);
    expect(full.article.title).toBe('A story');
    expect(quick.article).toBeNull();
    expect(quick.warnings.join(' ')).toMatch(/not read with Readability/);
    expect(full.warnings ?? []).not.toContainEqual(expect.stringMatching(/Readability/));
  });

  test('a URL is fetched', async () => {
    const r = await run('analyze', `${base}/story`, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe(`${base}/story`);
  });
});

describe('command line: bad input exits 2 with one clear line', () => {
  test.each([
    ['a missing file', ['analyze', join(dir, 'nope.html')], /no such file/],
    ['a file that is not HTML', ['analyze', join(dir, 'notes.txt')], /not an HTML page/],
    ['a binary file', ['analyze', join(dir, 'binary.html')], /not an HTML page/],
    ['an oversized file', ['analyze', big], /larger than 50 MB/],
    ['a folder without pages', ['analyze', join(dir, 'empty')], /no \.html files/],
    ['a bad URL', ['analyze', 'http://'], /not a valid address/],
    ['a non-http URL', ['analyze', 'ftp://example.com/x.html'], /only http and https/],
    ['a bad --url', ['analyze', page, '--url', 'javascript:alert(1)'], /not an http\(s\) address/],
    ['an unknown option', ['analyze', page, '--jsn'], /unknown option/],
    ['no input', ['analyze'], /nothing to analyse/],
    ['an unknown command', ['inspect', page], /unknown command/],
    ['--quick with --verify', ['analyze', page, '--quick', '--verify'], /do not go together/],
  ])('%s', async (_name, argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a server error and a non-HTML answer', async () => {
    for (const [path, message] of [
      ['/missing', /answered 404/],
      ['/pdf', /not an HTML page/],
    ] as const) {
      const r = await run('analyze', `${base}${path}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  test('an unreachable address', async () => {
    const r = await run('analyze', 'http://127.0.0.1:9/none');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not be fetched/);
  });

  test('one bad input among good ones: the good ones are still analysed', async () => {
    const r = await run('analyze', page, join(dir, 'nope.html'), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});
