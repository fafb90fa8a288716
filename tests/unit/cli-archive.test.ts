import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/run';
import { schemaErrors } from './helpers/schema';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pl-warc-'));

/** Run the CLI in-process and capture what it writes. */
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      write: (s: string) => {
        stdout += s;
      },
    },
    {
      write: (s: string) => {
        stderr += s;
      },
    },
  );
  return { code, stdout, stderr, lines: stdout.trim() ? stdout.trim().split('\n') : [] };
}

/** An archive written by scripts/batch/make-warc.mjs; its counts as the script prints them. */
function makeArchive(name: string, ...args: string[]) {
  const file = join(dir, name);
  const printed = execFileSync(process.execPath, [
    resolve(root, 'scripts/batch/make-warc.mjs'),
    file,
    ...args,
  ]);
  return { file, counts: JSON.parse(String(printed)) as Record<string, number> };
}

/** The fixture addresses the generator takes, in its order: what the reports must follow. */
function fixtureAddresses(): string[] {
  const base = resolve(root, 'tests/fixtures');
  return readdirSync(base)
    .sort()
    .filter((d) => existsSync(join(base, d, 'source.html')) && existsSync(join(base, d, 'url')))
    .map((d) => readFileSync(join(base, d, 'url'), 'utf8').trim())
    .filter((u) => /^https?:\/\//.test(u));
}

const CRLF = '\r\n';
function record(type: string, uri: string, contentType: string, block: Buffer): Buffer {
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(block.length).padStart(12, '0')}>`,
    'WARC-Date: 2024-05-01T00:00:00Z',
    `WARC-Target-URI: ${uri}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head + CRLF + CRLF), block, Buffer.from(CRLF + CRLF)]);
}
const response = (uri: string, headers: string[], body: Buffer) =>
  record(
    'response',
    uri,
    'application/http; msgtype=response',
    Buffer.concat([Buffer.from(['HTTP/1.1 200 OK', ...headers].join(CRLF) + CRLF + CRLF), body]),
  );
const page = (title: string) =>
  Buffer.from(
    `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${'<p>The council met on Tuesday to discuss the budget and the cost of repairing the bridge.</p>'.repeat(6)}</article></body></html>`,
  );

describe('web archives as input', () => {
  const pages = 14;
  const warc = makeArchive('mixed.warc', '--pages', String(pages));

  test('one report per HTML 200 response, in order, with the record address', async () => {
    const r = await run('analyze', warc.file, '--json');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(pages);
    const reports = r.lines.map((l) => JSON.parse(l));
    for (const report of reports) expect(schemaErrors(report)).toEqual([]);
    expect(reports.map((x) => x.url)).toEqual(fixtureAddresses().slice(0, pages));
  });

  test('requests, revisits, metadata, other statuses and images are skipped and counted', async () => {
    const r = await run('analyze', warc.file, '--json');
    const skipped = /skipped: (.*)/.exec(r.stderr)?.[1] ?? '';
    const count = (reason: string) => Number(new RegExp(`(\\d+) ${reason}`).exec(skipped)?.[1]);
    expect(count('request')).toBe(warc.counts.request);
    expect(count('revisit')).toBe(warc.counts.revisit);
    expect(count('metadata record')).toBe(warc.counts.metadata);
    expect(count('status 404')).toBeGreaterThan(0);
    expect(count('status 301')).toBe(count('status 404'));
    expect(count('not HTML')).toBeGreaterThanOrEqual(pages);
    expect(count('not an HTTP response')).toBe(1); // the dns: record
    expect(r.stderr).toMatch(new RegExp(`${pages} pages analysed, 0 failed`));
    expect(r.stderr).toMatch(/records read: \d+/);
    expect(r.stderr).toMatch(/statuses: .*cross-post/);
    expect(r.stderr).toMatch(/top original publishers: \d+ \S/);
  });

  test('.warc, .warc.gz, .wacz and a folder of them give the same reports', async () => {
    const plain = await run('analyze', warc.file, '--json', '--quiet');
    const gz = makeArchive('mixed.warc.gz', '--pages', String(pages));
    const wacz = makeArchive('mixed.wacz', '--pages', String(pages));
    expect((await run('analyze', gz.file, '--json', '--quiet')).stdout).toBe(plain.stdout);
    expect((await run('analyze', wacz.file, '--json', '--quiet')).stdout).toBe(plain.stdout);
    const folder = mkdtempSync(join(dir, 'folder-'));
    makeArchive('folder-a.warc.gz', '--pages', '3').file;
    execFileSync('mv', [join(dir, 'folder-a.warc.gz'), join(folder, 'a.warc.gz')]);
    execFileSync('cp', [wacz.file, join(folder, 'b.wacz')]);
    const both = await run('analyze', folder, '--json', '--quiet');
    expect(both.lines).toHaveLength(3 + pages);
    expect(both.lines.slice(3).join('\n')).toBe(plain.stdout.trim());
  });

  test('a page that cannot be decoded is one error line in its place; the run goes on', async () => {
    const file = join(dir, 'bad-body.warc');
    writeFileSync(
      file,
      Buffer.concat([
        response('https://one.example/a', ['Content-Type: text/html'], page('First')),
        response(
          'https://two.example/b',
          ['Content-Type: text/html', 'Content-Encoding: gzip'],
          Buffer.from('this is not gzip at all'),
        ),
        response('https://three.example/c', ['Content-Type: text/html'], page('Third')),
      ]),
    );
    const r = await run('analyze', file, '--json', '--quiet');
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(3);
    const [a, b, c] = r.lines.map((l) => JSON.parse(l));
    expect(a.url).toBe('https://one.example/a');
    expect(b).toMatchObject({
      schema: 'provenance-error/1',
      input: `${file}#2`,
      url: 'https://two.example/b',
    });
    expect(b.error).toMatch(/could not be decoded/);
    expect(c.url).toBe('https://three.example/c');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/#2: the page could not/)]);
  });

  test('a truncated archive: the pages before the break, then one error line', async () => {
    const whole = Buffer.concat([
      response('https://one.example/a', ['Content-Type: text/html'], page('First')),
      response('https://two.example/b', ['Content-Type: text/html'], page('Second')),
    ]);
    for (const [name, bytes] of [
      ['truncated.warc', whole.subarray(0, whole.length - 300)],
      // cut inside the second record's WARC header
      ['truncated-header.warc', whole.subarray(0, whole.indexOf('WARC/1.1', 10) + 60)],
      ['truncated.warc.gz', gzipSync(whole).subarray(0, gzipSync(whole).length - 30)],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = await run('analyze', file, '--json', '--quiet');
      expect(r.code).toBe(2);
      expect(r.lines).toHaveLength(2);
      expect(JSON.parse(r.lines[0]!).url).toBe('https://one.example/a');
      const last = JSON.parse(r.lines[1]!);
      expect(last).toMatchObject({ schema: 'provenance-error/1', input: `${file}#2` });
      expect(last.error).toMatch(/cannot be read past record 1/);
    }
  });

  test('a file named .wacz that is no zip is a clear error, not a crash', async () => {
    const file = join(dir, 'fake.wacz');
    writeFileSync(file, 'not a zip');
    const r = await run('analyze', file, '--json', '--quiet');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatch(/not a readable WACZ/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--jobs takes a whole number from 1', async () => {
    for (const bad of ['0', 'two', '-1']) {
      const r = await run('analyze', warc.file, '--jobs', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs .*whole number/);
    }
  });
});
