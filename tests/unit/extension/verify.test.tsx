// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chainOriginal,
  sitePattern,
  Verify,
  verdict,
} from '../../../extension/popup/components/Verify';
import { Env } from '../../../extension/popup/context';
import type { Browser } from '../../../extension/shared/browser';
import type { FetchedOriginal } from '../../../extension/shared/protocol';
import { analyze } from '../../../src/analyze';
import type { Report, Verification } from '../../../src/report';
import { articleText } from '../../../src/verify/text';
import { fakeBrowser } from './fake-browser';
import { t, translatorFor } from './translate';

const TAB = 4;
const PAGE = 'https://www.globalresearch.ca/copy';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const SEED = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/globalresearch-southfront/source.html'),
  'utf8',
);
const ORIGINAL = readFileSync(
  resolve(import.meta.dirname, '../../e2e/pages/southfront-original.html'),
  'utf8',
);
const seed = analyze(parse(SEED), { url: PAGE, includeContent: true });
const seedText = articleText(seed.article?.content, parse);

interface Options {
  granted?: boolean;
  fetched?: FetchedOriginal;
}

function fakeApi(o: Options = {}) {
  const storage = new Map<string, unknown>();
  const ok = (value: unknown) => ({ ok: true, value });
  const sent: Array<{ method: string; params: unknown }> = [];
  const raw = {
    permissions: { request: vi.fn(async () => o.granted ?? true) },
    runtime: {
      sendMessage: vi.fn(async (m: { method: string; params: unknown }) => {
        sent.push(m);
        const { url } = m.params as { url: string };
        return ok(o.fetched ?? { ok: true, html: ORIGINAL, url, finalUrl: url });
      }),
    },
    tabs: {
      sendMessage: vi.fn(async (_tab: number, m: { method: string; params: unknown }) => {
        sent.push(m);
        if (m.method === 'ping') return ok({ ready: true, full: true });
        if (m.method === 'articleText') return ok({ text: seedText });
        if (m.method === 'analyze') return ok({ report: seed });
        if (m.method === 'highlightPassages')
          return ok({ found: (m.params as { passages: string[] }).passages.length });
        return { ok: false, error: 'rejected' };
      }),
    },
  };
  return { api: fakeBrowser(raw, storage).api, raw, sent, storage };
}

const env = { t, highlight: async () => ({ ok: true as const, value: { found: true } }) };
let root: HTMLElement;

async function show(api: Browser, report: Report = seed) {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <Env.Provider value={env}>
        <Verify api={api} tabId={TAB} pageUrl={PAGE} report={report} />
      </Env.Provider>,
      root,
    );
  });
}

async function checkWith(address: string) {
  const field = root.querySelector<HTMLInputElement>('#verify-address')!;
  await act(async () => {
    field.value = address;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
}

const said = () => root.querySelector('[role="status"]')!.textContent ?? '';

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('check against the original', () => {
  it('asks for the one site, checks, says "Same text" and keeps the check', async () => {
    const fake = fakeApi();
    await show(fake.api);
    expect(root.querySelector('label')!.textContent).toBe("The original's address");
    await checkWith('https://southfront.org/2020/idlib');
    expect(fake.raw.permissions.request).toHaveBeenCalledWith({
      origins: ['https://southfront.org/*'],
    });
    await vi.waitFor(() => expect(root.querySelector('.verify-verdict')).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(said()).toMatch(
      /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
    );
    expect(said()).toMatch(/\d+% of this copy is in the original, \d+% of the original/);
    expect(fake.sent.find((m) => m.method === 'fetchOriginal')?.params).toEqual({
      url: 'https://southfront.org/2020/idlib',
      pageUrl: PAGE,
    });
    const kept = fake.storage.get(`tab:${TAB}:checks`) as { url: string; checks: Verification[] };
    expect(kept.url).toBe(PAGE);
    expect(kept.checks).toMatchObject([
      { status: 'same-text', url: 'https://southfront.org/2020/idlib' },
    ]);

    // "Show differences" quotes the copy's passages that are not in the original.
    const button = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Show differences',
    )!;
    await act(async () => button.click());
    await vi.waitFor(() => expect(said()).toContain('Highlighted on the page'));
    const passages = fake.sent.find((m) => m.method === 'highlightPassages')?.params as {
      passages: string[];
    };
    expect(passages.passages.join(' ')).toContain('Note to readers');
  });

  it('says so when access is refused, and fetches nothing', async () => {
    const fake = fakeApi({ granted: false });
    await show(fake.api);
    await checkWith('https://southfront.org/a');
    await vi.waitFor(() =>
      expect(said()).toBe('Not checked: access to southfront.org was not allowed.'),
    );
    expect(fake.raw.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('refuses an address that is not http(s) without asking for anything', async () => {
    const fake = fakeApi();
    await show(fake.api);
    await checkWith('javascript:alert(1)');
    expect(said()).toBe('Give an address that starts with http:// or https://.');
    expect(fake.raw.permissions.request).not.toHaveBeenCalled();
  });

  it('says "Could not reach the original (404)"', async () => {
    const fake = fakeApi({
      fetched: {
        ok: false,
        error: 'http-404',
        url: 'https://a.example/',
        finalUrl: 'https://a.example/',
      },
    });
    await show(fake.api);
    await checkWith('https://a.example/');
    await vi.waitFor(() => expect(said()).toContain('Could not reach the original (404)'));
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://a.example/');
  });

  it("says when the reader's own network is refused, and records nothing", async () => {
    const fake = fakeApi({
      fetched: { ok: false, error: 'refused', url: 'http://192.168.0.1/', finalUrl: null },
    });
    await show(fake.api);
    await checkWith('http://192.168.0.1/');
    await vi.waitFor(() =>
      expect(said()).toBe('Not checked: 192.168.0.1 is on your own network and this page is not.'),
    );
    expect(fake.storage.size).toBe(0);
  });

  it('shows the latest check made before the popup opened', async () => {
    const fake = fakeApi();
    const check: Verification = {
      url: 'https://a.example/',
      finalUrl: 'https://a.example/',
      checkedAt: '2024-05-01T10:00:00.000Z',
      status: 'excerpt',
      containment: 0.97,
      coverage: 0.3,
      original: { title: 'A <b>title</b>', publisher: 'A', publishedTime: '2020-01-01' },
      dateOrder: 'copy-first',
      error: null,
      unmatched: [],
    };
    fake.storage.set(`tab:${TAB}:checks`, { url: PAGE, checks: [check] });
    await show(fake.api);
    await vi.waitFor(() => expect(said()).toContain('This copy carries 30% of the original'));
    expect(said()).toContain('This copy is dated before the original');
    // The fetched page's title is text, never markup.
    expect(root.querySelector('b')).toBeNull();
    expect(said()).toContain('A <b>title</b>');
  });
});

describe('verdict', () => {
  const base: Verification = {
    url: 'https://southfront.org/a',
    finalUrl: 'https://southfront.org/a',
    checkedAt: '2020-01-23T00:00:00.000Z',
    status: 'same-text',
    containment: 0.94,
    coverage: 0.99,
    original: { title: 'T', publisher: 'South Front', publishedTime: '2020-01-19' },
    dateOrder: 'original-first',
    error: null,
  };

  it.each([
    [
      base,
      "Same text as South Front's article (94% of this copy is in the original), published 3 days earlier",
    ],
    [
      { ...base, status: 'excerpt', coverage: 0.3, dateOrder: 'same-day' },
      'This copy carries 30% of the original, published the same day',
    ],
    [
      { ...base, status: 'expanded', containment: 0.6, dateOrder: 'unknown' },
      'This copy adds to the original: 40% of it is not in the original',
    ],
    [{ ...base, status: 'different' }, 'Different text'],
    [{ ...base, status: 'not-article' }, "The original's page has no article to compare"],
    [{ ...base, status: 'unreachable', error: 'http-404' }, 'Could not reach the original (404)'],
    [
      { ...base, status: 'unreachable', error: 'timeout' },
      'Could not reach the original (no answer in 10 seconds)',
    ],
  ] as Array<[Verification, string]>)('%#: %s', (check, text) => {
    const copy = { ...seed, article: { ...seed.article!, publishedTime: '2020-01-22' } };
    expect(verdict(check, copy, t)).toBe(text);
  });

  it.each([
    ['2020-01-19', 'на 3\u00a0дня раньше'],
    ['2020-01-17', 'на 5\u00a0дней раньше'],
    ['2020-01-01', 'на 21\u00a0день раньше'],
  ])('takes the plural form of the language (Russian, original of %s)', (date, phrase) => {
    const copy = { ...seed, article: { ...seed.article!, publishedTime: '2020-01-22' } };
    const check = { ...base, original: { ...base.original!, publishedTime: date } };
    expect(verdict(check, copy, translatorFor('ru'), 'ru')).toContain(phrase);
  });

  it("offers the chain's own address only when it is http(s)", () => {
    const hop = seed.chain.at(-1)!;
    const withUrl = (url: string | null) => ({ ...seed, chain: [seed.chain[0]!, { ...hop, url }] });
    expect(chainOriginal(withUrl('https://southfront.org/a'))).toBe('https://southfront.org/a');
    expect(chainOriginal(withUrl('javascript:alert(1)'))).toBe('');
    expect(chainOriginal(withUrl(null))).toBe('');
    expect(sitePattern('http://127.0.0.1:8080/a?b')).toBe('http://127.0.0.1/*');
  });
});
