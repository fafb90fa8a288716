/**
 * The release packages: a zip's bytes depend on its files alone (not on the order they were
 * read in, the time or the time zone), and the version is package.json's in every manifest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/manifest.mjs';
import { reproducibleZip } from '../../../scripts/zip.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const text = (s: string) => new TextEncoder().encode(s);

describe('reproducible zips', () => {
  const files = { 'b/two.js': text('two'), 'a.json': text('{}'), 'b/a.txt': text('x') };

  it('gives the same bytes for the same files in any order', () => {
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(Buffer.from(reproducibleZip(reversed)).equals(Buffer.from(reproducibleZip(files)))).toBe(
      true,
    );
  });

  it('gives other bytes when one file changes', () => {
    const changed = { ...files, 'b/a.txt': text('y') };
    expect(Buffer.from(reproducibleZip(changed)).equals(Buffer.from(reproducibleZip(files)))).toBe(
      false,
    );
  });

  it('holds every file, in path order', () => {
    const back = unzipSync(reproducibleZip(files));
    expect(Object.keys(back)).toEqual(['a.json', 'b/a.txt', 'b/two.js']);
    expect(new TextDecoder().decode(back['b/two.js'])).toBe('two');
  });
});

describe('one version', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  const base = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));

  it('is written only in package.json', () => {
    expect(base.version).toBeUndefined();
  });

  it.each(['chrome', 'firefox'] as const)('reaches the %s manifest', (browser) => {
    expect(manifestFor(base, browser).version).toBe(pkg.version);
    expect(manifestFor(base, browser, { test: true }).version).toBe(pkg.version);
  });

  it('names the store-facing fields', () => {
    const m = manifestFor(base, 'firefox');
    for (const key of ['name', 'short_name', 'description', 'icons', 'default_locale']) {
      expect(m[key], key).toBeTruthy();
    }
    expect(Object.keys(m.icons as object)).toEqual(['16', '32', '48', '128']);
  });
});
