// The content script's compact registrable-domain resolver (extension/content/page/registrable-domain.ts)
// against tldts, which the full report uses: its table is tldts's own, and on every address in
// the fixtures it agrees with tldts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as tldts from 'tldts';
import { describe, expect, it } from 'vitest';
import { SECOND_LEVEL, WILDCARD } from '../../extension/content/page/public-suffixes';
import * as compact from '../../extension/content/page/registrable-domain';
import { suffixData } from '../../scripts/suffixes.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe('compact domains', () => {
  it('carry the table scripts/suffixes.mjs reads from tldts (run it after a tldts update)', () => {
    expect({ SECOND_LEVEL, WILDCARD }).toEqual(suffixData());
  });

  it.each([
    ['https://User@WWW.BBC.co.uk:8080/x', 'bbc.co.uk'],
    ['www.theguardian.com.', 'theguardian.com'],
    ['news.example.com.au', 'example.com.au'],
    ['www.stuff.co.nz', 'stuff.co.nz'],
    ['a_b.example.org', 'example.org'],
    ['co.uk', null],
    ['localhost', null],
    ['127.0.0.1', null],
    ['http://[::1]/', null],
    ['-bad.com', null],
    ['a..b.com', null],
    ['www.ck', 'www.ck'],
    ['a.b.ck', 'a.b.ck'],
    ['bücher.de', 'bücher.de'],
  ])('%s → %s, as tldts says', (input, domain) => {
    expect(compact.getDomain(input)).toBe(domain);
    expect(compact.getDomain(input)).toBe(tldts.getDomain(input, { allowPrivateDomains: false }));
  });

  it('agree with tldts on every address in the fixtures', () => {
    const dir = resolve(ROOT, 'tests/fixtures');
    const addresses = new Set<string>();
    for (const slug of readdirSync(dir)) {
      const file = resolve(dir, slug, 'source.html');
      if (!existsSync(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'<>)]+/gi))
        addresses.add(m[0]);
    }
    const differ = [...addresses].filter(
      (a) =>
        compact.getDomain(a) !== tldts.getDomain(a, { allowPrivateDomains: false }) ||
        compact.getDomainWithoutSuffix(a) !== tldts.getDomainWithoutSuffix(a),
    );
    expect(addresses.size).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  });
});
