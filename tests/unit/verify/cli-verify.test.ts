import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FETCH_LIMITS } from '../../../src/cli/fetch-original';
import { main } from '../../../src/cli/run';
import type { Report } from '../../../src/report';
import { schemaErrors } from '../helpers/schema';
import { BRIDGE } from './stories';

/** Checks stop after this long here, not after 10 s. */
const LIMITS = { ...FETCH_LIMITS, timeoutMs: 400 };

/** Run the CLI in-process, as tests/unit/cli.test.ts does, and capture what it writes. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { write: (s: string) => (stdout += s) },
    { write: (s: string) => (stderr += s) },
    LIMITS,
  );
  return { code, stdout, stderr };
}

/** The report of a --json run, checked against the schema. */
async function report(...argv: string[]): Promise<Report> {
  const r = await run('analyze', ...argv, '--json');
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const parsed = JSON.parse(r.stdout) as Report;
  expect(schemaErrors(parsed)).toEqual([]);
  return parsed;
}

const page = (paragraphs: string[], date: string, site: string, extra = '') =>
  `<!doctype html><html lang="en"><head><title>Council approves bridge repairs</title>
<meta property="og:site_name" content="${site}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${date}"></head><body>
<article><h1>Council approves bridge repairs</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}${extra}</article></body></html>`;

const original = page(BRIDGE, '2024-05-14T18:30:00-04:00', 'Harlow Gazette');
const frontPage = `<!doctype html><html><head><title>Harlow Gazette</title></head><body>
<h1>Harlow Gazette</h1><ul>${'<li><a href="/a">A story</a></li>'.repeat(20)}</ul></body></html>`;

let server: Server;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'pl-verify-'));
const copyFile = (name: string, html: string) => {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
};
let credited = '';
let same = '';
let excerpt = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    const redirect = (status: number, to: string) => res.writeHead(status, { location: to }).end();
    switch (req.url) {
      case '/2024/05/bridge':
        return html(original);
      case '/':
        return html(frontPage);
      case '/pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      case '/huge': {
        // No content-length: the cap has to hold while the body streams in.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        for (let i = 0; i < 6; i++) res.write(chunk);
        return res.end();
      }
      case '/hang':
        return; // never answers
      case '/r1':
        return redirect(302, '/r2');
      case '/r2':
        return redirect(301, `${base}/r3`);
      case '/r3':
        return redirect(307, '/2024/05/bridge');
      case '/loop':
        return redirect(302, '/loop');
      case '/to-file':
        return redirect(302, 'file:///etc/passwd');
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const credit = `<p>This article first appeared in the <a href="${base}/2024/05/bridge">Harlow Gazette</a>.</p>`;
  credited = copyFile('credited.html', page(BRIDGE, '2024-05-20', 'Valley Courier', credit));
  same = copyFile('same.html', page(BRIDGE, '2024-05-15', 'Valley Courier'));
  excerpt = copyFile('excerpt.html', page(BRIDGE.slice(0, 4), '2024-05-12', 'Valley Courier'));
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('--verify', () => {
  test("fetches the chain's original and finds the same text", async () => {
    const r = await report(credited, '--url', 'https://courier.example/bridge', '--verify');
    expect(r.chain.at(-1)?.url).toBe(`${base}/2024/05/bridge`);
    expect(r.article).not.toHaveProperty('content');
    expect(r.verification).toMatchObject({
      url: `${base}/2024/05/bridge`,
      finalUrl: `${base}/2024/05/bridge`,
      status: 'same-text',
      original: {
        title: 'Council approves bridge repairs',
        publisher: 'Harlow Gazette',
        publishedTime: '2024-05-14T18:30:00-04:00',
      },
      dateOrder: 'original-first',
      error: null,
    });
    expect(r.verification!.containment).toBeGreaterThan(0.95);
    expect(r.verification!.coverage).toBe(1);
  });

  test('--original gives the address; a day apart across midnight is the same day', async () => {
    const r = await report(same, '--verify', '--original', `${base}/2024/05/bridge`);
    expect(r.verification).toMatchObject({ status: 'same-text', dateOrder: 'same-day' });
    expect(r.verification!.unmatched).toEqual([]);
  });

  test('an excerpt dated before its original', async () => {
    const r = await report(excerpt, '--verify', `--original=${base}/2024/05/bridge`);
    expect(r.verification).toMatchObject({ status: 'excerpt', dateOrder: 'copy-first' });
  });

  test('redirects are followed and the last address reported', async () => {
    const r = await report(same, '--verify', '--original', `${base}/r1`);
    expect(r.verification).toMatchObject({
      url: `${base}/r1`,
      finalUrl: `${base}/2024/05/bridge`,
      status: 'same-text',
    });
  });

  test('a page with no article', async () => {
    const r = await report(same, '--verify', '--original', `${base}/`);
    expect(r.verification).toMatchObject({ status: 'not-article', containment: null });
  });

  test.each([
    ['/missing', 'http-404'],
    ['/pdf', 'not-html'],
    ['/huge', 'too-large'],
    ['/hang', 'timeout'],
    ['/loop', 'http-302'],
    ['/to-file', 'blocked-scheme'],
  ])('%s is unreachable: %s', async (path, error) => {
    const r = await report(same, '--verify', '--original', `${base}${path}`);
    expect(r.verification).toMatchObject({ status: 'unreachable', error, containment: null });
  });

  test('a closed port is unreachable: network', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r));
    const r = await report(same, '--verify', '--original', `http://127.0.0.1:${port}/x`);
    expect(r.verification).toMatchObject({
      status: 'unreachable',
      error: 'network',
      finalUrl: null,
    });
  });

  test('several inputs: each is verified', async () => {
    const r = await run(
      'analyze',
      same,
      excerpt,
      '--verify',
      '--original',
      `${base}/2024/05/bridge`,
      '--json',
    );
    const statuses = r.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as Report).verification?.status);
    expect(statuses).toEqual(['same-text', 'excerpt']);
  });

  test('nothing to fetch: no verification, and a warning says why', async () => {
    const r = await report(same, '--verify');
    expect(r.verification).toBeNull();
    expect(r.warnings?.join(' ')).toMatch(/--original/);
  });

  test('the summary says what the check found', async () => {
    const r = await run('analyze', same, '--verify', '--original', `${base}/r1`);
    expect(r.stdout).toContain(`Verification: same-text, ${base}/r1 -> ${base}/2024/05/bridge`);
    expect(r.stdout).toMatch(/100% of the original's is in this copy/);
  });

  test('without --verify, verification is null', async () => {
    const r = await report(same);
    expect(r.verification).toBeNull();
  });
});

describe('--verify: bad arguments exit 2 with one line', () => {
  test.each([
    [
      ['--verify', '--original', 'javascript:alert(1)'],
      /--original javascript:alert\(1\): not an http\(s\) address/,
    ],
    [['--verify', '--original', 'file:///etc/passwd'], /not an http\(s\) address/],
    [['--verify', '--original'], /--original needs an address/],
    [['--original', 'https://example.org/a'], /--original needs --verify/],
  ])('%j', async (args, message) => {
    const r = await run('analyze', same, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
