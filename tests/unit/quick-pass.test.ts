// The badge's quick pass (content.js) against the full analysis (the popup's report, the
// command line) on every fixture: the same status, and for a cross-post the same original.
// The quick pass runs as content.js runs it: the compact domain resolver in place of tldts
// (extension/content/page/registrable-domain.ts, swapped in by the build), only the detectors the status rests
// on, no Readability. A cheaper resolver or a trimmed pass cannot silently change an answer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze';
import { quickPass } from '../../src/quick-pass';
import { DOMS } from './helpers/dom';

const resolver = vi.hoisted(() => ({ compact: false }));

vi.mock('tldts', async (importOriginal) => {
  const real = await importOriginal<typeof import('tldts')>();
  const compact = await import('../../extension/content/page/registrable-domain');
  return {
    ...real,
    getDomain: (...a: Parameters<typeof real.getDomain>) =>
      (resolver.compact ? compact.getDomain : real.getDomain)(...a),
    getDomainWithoutSuffix: (...a: Parameters<typeof real.getDomainWithoutSuffix>) =>
      (resolver.compact ? compact.getDomainWithoutSuffix : real.getDomainWithoutSuffix)(...a),
  };
});

const ROOT = resolve(import.meta.dirname, '../fixtures');
const slugs = readdirSync(ROOT)
  .filter((s) => existsSync(resolve(ROOT, s, 'source.html')))
  .sort();

describe.each(slugs)('fixture %s', (slug) => {
  const html = readFileSync(resolve(ROOT, slug, 'source.html'), 'utf8');
  const url = readFileSync(resolve(ROOT, slug, 'url'), 'utf8').trim();

  it('the quick pass gives the full analysis its status and original', () => {
    resolver.compact = false;
    const full = analyze(DOMS.linkedom(html), { url });
    resolver.compact = true;
    const quick = quickPass(DOMS.linkedom(html), url);
    resolver.compact = false;
    const original = full.status === 'cross-post' ? full.chain.at(-1) : undefined;
    expect(quick).toEqual({
      status: full.status,
      source: original ? (original.publisher ?? original.domain) : null,
      date: original?.date ?? null,
    });
  });
});

describe('the compact domain resolver', () => {
  it('is the one the quick pass ran with', async () => {
    const compact = await import('../../extension/content/page/registrable-domain');
    const tldts = await import('tldts');
    resolver.compact = true;
    expect(tldts.getDomain('a.b.sch.uk')).toBe(compact.getDomain('a.b.sch.uk'));
    resolver.compact = false;
    expect(tldts.getDomain('a.b.sch.uk')).toBe('a.b.sch.uk');
  });
});
