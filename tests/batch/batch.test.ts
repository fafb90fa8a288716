import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, 'dist/cli/provenance-lens.mjs');
const batch = resolve(root, 'scripts/batch');
const dir = mkdtempSync(join(tmpdir(), 'pl-batch-'));

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** The built command line, as a user runs it. */
function analyze(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'analyze', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Four archives of a crawl, each with other pages, in each of the formats. */
const archives = ['crawl-0.warc.gz', 'crawl-1.warc', 'crawl-2.wacz', 'crawl-3.warc.gz'].map(
  (name) => join(dir, name),
);
const list = join(dir, 'archives.txt');
let reference = '';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  ['0', '7', '14', '21'].forEach((offset, i) => {
    execFileSync(process.execPath, [
      join(batch, 'make-warc.mjs'),
      archives[i]!,
      '--pages',
      '7',
      '--offset',
      offset,
    ]);
  });
  writeFileSync(list, `${archives.join('\n')}\n`);
  const one = analyze(...archives, '--json', '--quiet', '--jobs', '1');
  expect(one.code).toBe(0);
  reference = one.stdout;
  expect(reference.trim().split('\n')).toHaveLength(28);
});

describe('--jobs', () => {
  test('two worker threads write the same bytes as one thread, in input order', () => {
    const two = analyze(...archives, '--json', '--quiet', '--jobs', '2');
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(reference);
    // Not only the same set: the order of the archives and of their records.
    const urls = reference
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).url as string);
    expect(urls.slice(0, 2)).not.toEqual(urls.slice(7, 9));
  });

  test('a failing page is one error line in its place with two threads too', () => {
    const CRLF = '\r\n';
    const record = (uri: string, headers: string[], body: Buffer) => {
      const block = Buffer.concat([
        Buffer.from(['HTTP/1.1 200 OK', ...headers].join(CRLF) + CRLF + CRLF),
        body,
      ]);
      const head = [
        'WARC/1.1',
        'WARC-Type: response',
        `WARC-Target-URI: ${uri}`,
        'Content-Type: application/http; msgtype=response',
        `Content-Length: ${block.length}`,
      ].join(CRLF);
      return Buffer.concat([Buffer.from(head + CRLF + CRLF), block, Buffer.from(CRLF + CRLF)]);
    };
    const page = Buffer.from(
      `<html><head><title>A page</title></head><body><article>${'<p>Words about the council and its budget meeting on Tuesday.</p>'.repeat(5)}</article></body></html>`,
    );
    const file = join(dir, 'one-bad.warc');
    writeFileSync(
      file,
      Buffer.concat([
        record('https://a.example/1', ['Content-Type: text/html'], page),
        record('https://a.example/2', ['Content-Type: text/html', 'Content-Encoding: br'], page),
        record('https://a.example/3', ['Content-Type: text/html'], page),
      ]),
    );
    const r = analyze(file, archives[0]!, '--json', '--quiet', '--jobs', '2');
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3 + 7);
    expect(lines[1]).toMatchObject({ schema: 'provenance-error/1', input: `${file}#2` });
    expect(lines.map((l) => l.url).slice(0, 3)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
    ]);
  });
});

describe('GNU parallel', () => {
  const missing = !has('parallel');
  if (missing)
    console.warn(
      'Skipping the GNU parallel test: `parallel` is not installed (apt-get install -y parallel).',
    );
  test.skipIf(missing)('one job per archive, merged: the same JSON Lines as one process', () => {
    const out = join(dir, 'parallel-out');
    const r = spawnSync(join(batch, 'parallel.sh'), [list, out, '2'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/no output/);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(reference);
  });
});

describe('Slurm job array on a one-node cluster', () => {
  const needs = ['sbatch', 'sinfo', '/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/sbin/munged'];
  const absent = needs.filter((c) => !has(c));
  const notRoot = process.getuid?.() !== 0;
  const skip = absent.length > 0 || notRoot;
  if (skip)
    console.warn(
      `Skipping the Slurm test: ${absent.length ? `${absent.join(', ')} not installed (apt-get install -y slurm-wlm)` : 'it starts the daemons and needs root'}.`,
    );

  const cluster = join(dir, 'slurm');
  const conf = join(cluster, 'slurm.conf');
  const env = { ...process.env, SLURM_CONF: conf };
  const daemons: ChildProcess[] = [];
  let mungePid: number | null = null;

  const slurm = (command: string, args: string[]) =>
    spawnSync(command, args, { env, encoding: 'utf8', cwd: root });

  beforeAll(async () => {
    if (skip) return;
    const host = hostname().split('.')[0]!;
    for (const d of ['state', 'spool']) mkdirSync(join(cluster, d), { recursive: true });
    writeFileSync(
      conf,
      `ClusterName=local
SlurmctldHost=${host}
SlurmUser=root
SlurmdUser=root
StateSaveLocation=${cluster}/state
SlurmdSpoolDir=${cluster}/spool
SlurmctldPidFile=${cluster}/slurmctld.pid
SlurmdPidFile=${cluster}/slurmd.pid
SlurmctldLogFile=${cluster}/ctld.log
SlurmdLogFile=${cluster}/d.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
AuthType=auth/munge
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
NodeName=${host} CPUs=2 State=UNKNOWN
PartitionName=main Nodes=${host} Default=YES MaxTime=INFINITE State=UP
`,
    );
    // munge authenticates the daemons: start it unless one already runs.
    if (spawnSync('sh', ['-c', 'munge -n | unmunge']).status !== 0) {
      mkdirSync('/run/munge', { recursive: true });
      execFileSync('chown', ['munge:munge', '/run/munge']);
      execFileSync('su', ['-s', '/bin/sh', 'munge', '-c', '/usr/sbin/munged']);
      mungePid = Number(readFileSync('/run/munge/munged.pid', 'utf8'));
    }
    daemons.push(
      spawn('/usr/sbin/slurmctld', ['-D', '-i', '-f', conf], { env, stdio: 'ignore' }),
      spawn('/usr/sbin/slurmd', ['-D', '-f', conf], { env, stdio: 'ignore' }),
    );
    for (let i = 0; i < 100; i++) {
      if (/idle/.test(slurm('sinfo', ['-h', '-o', '%t']).stdout)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(
      `the Slurm node did not come up:\n${readFileSync(join(cluster, 'ctld.log'), 'utf8').slice(-2000)}`,
    );
  });

  afterAll(() => {
    for (const d of daemons) if (d.pid) d.kill('SIGTERM');
    if (mungePid) process.kill(mungePid, 'SIGTERM');
  });

  test.skipIf(skip)(
    'one array task per archive, merged in order; a failed task run again alone',
    () => {
      const out = join(dir, 'slurm-out');
      // The third archive is not there when the array runs: its task fails and leaves no output.
      const third = archives[2]!;
      renameSync(third, `${third}.away`);
      const submit = (array: string) =>
        slurm('sbatch', [
          '--wait',
          `--array=${array}`,
          `--output=${cluster}/task-%a.log`,
          join(batch, 'slurm-array.sh'),
          list,
          out,
        ]);
      const first = submit('0-3');
      expect(first.status).not.toBe(0);
      const merged = spawnSync(join(batch, 'merge.sh'), [list, out], { encoding: 'utf8' });
      expect(merged.status).toBe(1);
      expect(merged.stdout).toBe('');
      expect(merged.stderr).toMatch(/1 of 4 tasks have no output: 2\b/);
      expect(merged.stderr).toContain('--array=2');

      renameSync(`${third}.away`, third);
      const again = submit('2');
      expect(again.status, readFileSync(join(cluster, 'task-2.log'), 'utf8')).toBe(0);
      const whole = spawnSync(join(batch, 'merge.sh'), [list, out], { encoding: 'utf8' });
      expect(whole.status).toBe(0);
      expect(whole.stdout).toBe(reference);
    },
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
