import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { MARKER } from '../../scripts/new-detector.mjs';
import { readSignals } from '../../src/analyze';
import { DETECTORS } from '../../src/detectors';
import { INFERENCES } from '../../src/inferences';
import { DOMS } from './helpers/dom';

const SRC = resolve(import.meta.dirname, '../../src');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The modules of a folder that must each be one registered unit (helpers and indexes aside). */
function units(folder: string, helpers: string[]): string[] {
  return readdirSync(resolve(SRC, folder))
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', ...helpers].includes(f))
    .map((f) => f.replace(/\.ts$/, ''));
}

test('every detector module is registered in DETECTORS', () => {
  const ids = DETECTORS.map((d) => d.id);
  expect(
    units('detectors', [
      'credit-forms.ts',
      'labels.ts',
      'lexicon.ts',
      'party.ts',
      'wire-marks.ts',
    ]).sort(),
  ).toEqual([...ids].sort());
});

test('every inference module is registered in INFERENCES, with examples', () => {
  expect(units('inferences', []).sort()).toEqual(INFERENCES.map((i) => i.id).sort());
  for (const i of INFERENCES) {
    expect(i.examples.positive.length, i.id).toBeGreaterThan(0);
    expect(i.examples.negative.length, i.id).toBeGreaterThan(0);
  }
});

test('every detector and inference is exercised by at least one fixture', () => {
  const seen = new Set<string>();
  for (const slug of readdirSync(FIXTURES)) {
    const dir = resolve(FIXTURES, slug);
    if (!existsSync(resolve(dir, 'source.html'))) continue;
    const url = readFileSync(resolve(dir, 'url'), 'utf8').trim();
    const doc = DOMS.linkedom(readFileSync(resolve(dir, 'source.html'), 'utf8'));
    for (const f of readSignals(doc, url, DETECTORS).findings) if (f.by) seen.add(f.by);
  }
  const ids = [...DETECTORS.map((d) => d.id), ...INFERENCES.map((i) => i.id)];
  expect(ids.filter((id) => !seen.has(id))).toEqual([]);
});

test('no draft left by `npm run new:detector` in the detectors or the fixtures', () => {
  const drafts: string[] = [];
  const scan = (dir: string, files: string[]) => {
    for (const f of files)
      if (readFileSync(resolve(dir, f), 'utf8').includes(MARKER)) drafts.push(resolve(dir, f));
  };
  const detectors = resolve(SRC, 'detectors');
  scan(detectors, readdirSync(detectors));
  for (const slug of readdirSync(FIXTURES)) {
    const dir = resolve(FIXTURES, slug);
    if (statSync(dir).isDirectory()) scan(dir, readdirSync(dir));
  }
  expect(drafts.map((d) => d.replace(`${resolve(SRC, '..')}/`, ''))).toEqual([]);
});
