import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { MARKER } from '../../scripts/new-detector.mjs';
import type { Detector } from '../../src/detectors';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = resolve(ROOT, 'scripts/new-detector.mjs');
// A checkout of the detectors alone: the scaffold writes there, never into this one.
const copy = mkdtempSync(resolve(tmpdir(), 'new-detector-'));
cpSync(resolve(ROOT, 'src/detectors'), resolve(copy, 'src/detectors'), { recursive: true });
mkdirSync(resolve(copy, 'tests/fixtures'), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args, '--root', copy], { encoding: 'utf8' });

test('writes a registered detector and a fixture folder, each marked as a draft', async () => {
  const { status, stdout } = run('press-release');
  expect(status, stdout).toBe(0);
  const index = readFileSync(resolve(copy, 'src/detectors/index.ts'), 'utf8');
  expect(index).toContain("import { pressRelease } from './press-release';");
  expect(index).toMatch(/DETECTORS: readonly Detector\[\] = \[[^\]]*\bpressRelease,\n\];/);
  for (const f of ['source.html', 'url', 'expected.json'])
    expect(existsSync(resolve(copy, 'tests/fixtures/press-release', f)), f).toBe(true);
  expect(readFileSync(resolve(copy, 'tests/fixtures/press-release/source.html'), 'utf8')).toContain(
    MARKER,
  );

  const { pressRelease } = (await import(resolve(copy, 'src/detectors/press-release.ts'))) as {
    pressRelease: Detector;
  };
  expect(pressRelease.id).toBe('press-release');
  expect(pressRelease.examples.positive[0]?.html).toContain(MARKER);
  expect(pressRelease.examples.negative[0]?.html).toContain(MARKER);
});

test('refuses a name that exists, and a name that is not lower-case words', () => {
  expect(run('press-release').status).toBe(2);
  expect(run('copyright').stderr).toMatch(/exists already/);
  const bad = run('Press_Release');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/usage/);
});
