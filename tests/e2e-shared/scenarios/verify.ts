/**
 * "Check against the original" on the seed cross-post (Global Research's copy of a South Front
 * article). The original is served from 127.0.0.1 like the copy: tests/e2e/pages/
 * southfront-original.html is South Front's page, the same article without the note Global
 * Research added. The check really runs: the background's fetch, the page's article text, the
 * comparison in the popup. The browser's permission prompt is not clicked (no driver can):
 * the test builds hold host access from install, so `permissions.request` answers at once; the
 * popup's call is recorded to check that it asks for the original's one site only, and made
 * to answer "refused" once. (Firefox, with host access taken away first and the request really
 * granted: tests/e2e-firefox/firefox.test.ts.)
 */
import {
  catchDownloads,
  eventually,
  highlighted,
  probeHighlight,
  scenarios,
  type View,
} from '../lens';
import { forget, ROWS, readStore, runWord, saveFromPopup, search } from '../library';
import { SEED } from './popup';

const { list, scenario } = scenarios();
export default list;

/** Records every `permissions.request` the popup makes; `refuse` makes them answer false. The
 * popup's own API object is patched: `browser` in Firefox, `chrome` under Chromium's polyfill. */
export async function spyOnPermissions(popup: View, refuse = false) {
  await popup.evaluate((no) => {
    type Api = { permissions: { request(p: unknown): Promise<boolean> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const permissions = (g.browser ?? g.chrome).permissions;
    const real = permissions.request.bind(permissions);
    const asked: unknown[] = [];
    (globalThis as unknown as { asked: unknown[] }).asked = asked;
    Object.defineProperty(permissions, 'request', {
      configurable: true,
      writable: true,
      value: (p: unknown, done?: (granted: boolean) => void) => {
        asked.push(p);
        if (no) {
          done?.(false);
          return Promise.resolve(false);
        }
        return done ? real(p).then(done) : real(p);
      },
    });
  }, refuse);
  return () => popup.evaluate(() => (globalThis as unknown as { asked: unknown[] }).asked);
}

/** Types the original's address and clicks "Check against the original" (a real click:
 * Firefox asks for access only from one). */
export async function check(popup: View, address: string) {
  await popup.fill('#verify-address', address);
  await popup.click('.verify-form button[type="submit"]');
}

/** The check's verdict, once there is one. */
export async function verdict(popup: View) {
  await popup.waitFor('.verify-verdict', { timeout: 30_000 });
  return (await popup.text('.verify-verdict')) ?? '';
}

scenario(
  'the seed against its original: same text, one site asked for',
  async ({ lens, expect }) => {
    const tab = await lens.open(SEED);
    const popup = await lens.popup(tab);
    // The seed credits South Front without linking the article: the address is pasted.
    expect(
      await popup.evaluate(() => document.querySelector('input#verify-address')),
    ).not.toBeNull();
    expect(
      await popup.evaluate(
        () => document.querySelector<HTMLInputElement>('#verify-address')?.value ?? null,
      ),
    ).toBe('');
    const asked = await spyOnPermissions(popup);
    await check(popup, `${lens.origin}/pages/southfront-original.html`);
    expect(await verdict(popup)).toMatch(
      /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
    );
    expect(await asked()).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    await popup.waitFor('*', { text: /\d+% of the original is in this copy\.$/ });
    await popup.waitFor('a', { text: /^127\.0\.0\.1:\d+$/ });
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('a')]
          .filter((a) => /^127\.0\.0\.1:\d+$/.test(a.textContent?.trim() ?? ''))
          .map((a) => a.getAttribute('href')),
      ),
    ).toEqual([`${lens.origin}/pages/southfront-original.html`]);

    // Global Research's note to readers is not in South Front's page.
    await popup.click('button', 'Show differences');
    await popup.waitFor('*', { text: /^Highlighted on the page: passages not in the original/ });
    await tab.front();
    await eventually(async () => expect((await probeHighlight(tab)).inView).toBe(true));
    const shown = await highlighted(tab, 'provenance-lens');
    expect(shown).toContainEqual(expect.stringMatching(/^Note to readers: please click the share/));
    // Nothing the two pages share is highlighted.
    expect(shown.join(' ')).not.toContain('Syrian Army repelled a large attack');

    // Reopened, the popup shows the check made before.
    await popup.close();
    const again = await lens.popup(tab);
    expect(await verdict(again)).toMatch(/^Same text as South Front's/);
    await again.close();
    await tab.close();
  },
);

scenario(
  'an original that is not there: "Could not reach the original (404)"',
  async ({ lens, expect }) => {
    // A copy that links its original: the chain's address is offered, and can be replaced.
    const tab = await lens.open('/pages/crosspost.html');
    const popup = await lens.popup(tab);
    expect(
      await popup.evaluate(
        () => document.querySelector<HTMLInputElement>('#verify-address')?.value,
      ),
    ).toBe('https://harbourgazette.example/news/dredging-2024');
    await check(popup, `${lens.origin}/pages/no-such-original.html`);
    expect(await verdict(popup)).toBe('Could not reach the original (404)');
    await popup.close();
    await tab.close();
  },
);

scenario(
  'access refused, or an address that is not http(s): nothing is fetched',
  async ({ lens, expect }) => {
    const tab = await lens.open(SEED);
    const popup = await lens.popup(tab);
    const asked = await spyOnPermissions(popup, true);
    await check(popup, `${lens.origin}/pages/southfront-original.html`);
    await popup.waitFor('*', {
      text: /^Not checked: access to 127\.0\.0\.1:\d+ was not allowed\.$/,
    });
    await check(popup, 'javascript:alert(1)');
    await popup.waitFor('*', { text: 'Give an address that starts with http:// or https://.' });
    expect(await asked()).toHaveLength(1);
    expect(await popup.count('.verify-verdict')).toBe(0);
    expect(popup.dialogs()).toEqual([]);
    await popup.close();
    await tab.close();
  },
);

scenario(
  'a check travels with the capture: saved, shown in the library, exported',
  async ({ lens, expect }) => {
    const run = runWord();
    const original = `${lens.origin}/pages/southfront-original.html`;
    let id = '';
    try {
      const tab = await lens.open(SEED);
      const popup = await lens.popup(tab);
      await check(popup, original);
      expect(await verdict(popup)).toMatch(/^Same text as South Front's/);
      const said = await saveFromPopup(popup, { tags: run });
      expect(said.kind, said.text).toBe('saved');
      await popup.close();
      await tab.close();

      const [saved, ...more] = (await readStore(lens)).captures.filter((c) => c.tags.includes(run));
      expect(more).toHaveLength(0);
      id = saved?.id ?? '';
      const checks = saved?.verifications ?? [];
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.at(-1)).toMatchObject({
        url: original,
        status: 'same-text',
        original: { publisher: 'South Front' },
      });
      expect(saved?.report.verification).toEqual(checks.at(-1));

      // The library shows it beside the report, in the popup's words.
      const library = await lens.library();
      await search(library, run, 1, expect);
      await library.click(`${ROWS} .title-button`);
      const first = 'section.report .checks > li:first-child';
      await library.waitFor(`${first} .check-verdict`);
      expect(await library.text(`${first} .check-verdict`)).toMatch(
        /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
      );
      expect(await library.text(`${first} .check-figures`)).toMatch(
        /^\d+% of this copy is in the original, \d+% of the original is in this copy\.$/,
      );
      expect(await library.text(`${first} .check-when`)).toMatch(/^Checked /);
      expect(await library.attr(`${first} a`, 'href')).toBe(original);

      // The JSON export carries the checks whole.
      await library.click('button', /Back to the list$/);
      await search(library, run, 1, expect);
      await library.click(`${ROWS} input.capture-check`);
      const caught = await catchDownloads(library);
      await library.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('.export-bar select');
        if (!select) throw new Error('no export select');
        select.value = 'json';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await library.click('.export-bar button', 'Export selected (1)');
      const [file] = await eventually(async () => {
        const got = await caught();
        if (!got.length) throw new Error('no file');
        return got;
      });
      const exported = JSON.parse(new TextDecoder().decode(file?.bytes));
      expect(exported.captures).toHaveLength(1);
      expect(exported.captures[0].verifications).toEqual(checks);
      expect(exported.captures[0].report.verification).toEqual(checks.at(-1));
      await library.close();
    } finally {
      if (id) await forget(lens, [id]);
    }
  },
  { timeout: 45_000 },
);
