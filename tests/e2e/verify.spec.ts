import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import {
  downloads,
  forget,
  openLibraryPage,
  readStore,
  rows,
  saveFromPopup,
  searchBox,
} from './library-helpers';
import { probeHighlight } from './page-probe';

// "Check against the original" on the seed cross-post (Global Research's copy of a South Front
// article). The original is served from 127.0.0.1 like the copy: tests/e2e/pages/
// southfront-original.html is South Front's page, the same article without the note Global
// Research added. The check really runs: the background's fetch, the page's article text, the
// comparison in the popup. What is not exercised: the browser's permission prompt. The test
// build holds host access from install (no browser lets a test click a prompt), so
// `permissions.request` answers at once; the popup's call is recorded to check that it asks
// for the original's one site only, and made to answer "refused" once.
const SEED = '/fixtures/globalresearch-southfront/';

/** Records every `permissions.request` the popup makes; `refuse` makes them answer false. */
async function spyOnPermissions(popup: Page, refuse = false) {
  await popup.evaluate((no) => {
    const permissions = (globalThis as unknown as { chrome: { permissions: object } }).chrome
      .permissions as { request(p: unknown): Promise<boolean> };
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

async function check(popup: Page, address: string) {
  const field = popup.getByRole('textbox', { name: "The original's address" });
  await field.fill(address);
  await popup.getByRole('button', { name: 'Check against the original' }).click();
}

test.describe('check against the original', () => {
  test('the seed against its original: same text, one site asked for', async ({ lens }) => {
    const page = await lens.open(SEED);
    const popup = await lens.popup(page);
    // The seed credits South Front without linking the article: the address is pasted.
    await expect(popup.getByRole('textbox', { name: "The original's address" })).toHaveValue('');
    const asked = await spyOnPermissions(popup);

    const started = Date.now();
    await check(popup, `${lens.origin}/pages/southfront-original.html`);
    const verdict = popup.locator('.verify-verdict');
    await expect(verdict).toHaveText(
      /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
    );
    const took = Date.now() - started;
    expect(await asked()).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    await expect(popup.getByText(/% of the original is in this copy\.$/)).toBeVisible();
    await expect(popup.getByRole('link', { name: /^127\.0\.0\.1:\d+$/ })).toHaveAttribute(
      'href',
      `${lens.origin}/pages/southfront-original.html`,
    );
    // From click to answer on a local server (the target is 1.5 s; generous for a shared CI).
    expect(took).toBeLessThan(5_000);

    // Global Research's note to readers is not in South Front's page.
    await popup.getByRole('button', { name: 'Show differences' }).click();
    await expect(
      popup.getByText(/^Highlighted on the page: passages not in the original/),
    ).toBeVisible();
    await page.bringToFront();
    await expect.poll(async () => (await probeHighlight(page)).inView).toBe(true);
    const highlighted = await page.evaluate(() =>
      [...(CSS.highlights.get('provenance-lens') ?? [])].map((r) =>
        (r as Range).toString().replace(/\s+/g, ' '),
      ),
    );
    expect(highlighted).toContainEqual(
      expect.stringMatching(/^Note to readers: please click the share buttons/),
    );
    // Nothing the two pages share is highlighted.
    expect(highlighted.join(' ')).not.toContain('Syrian Army repelled a large attack');

    // Reopened, the popup shows the check made before.
    await popup.close();
    const again = await lens.popup(page);
    await expect(again.locator('.verify-verdict')).toHaveText(/^Same text as South Front's/);
    await again.close();
    await page.close();
  });

  test('from the click to the answer, ten checks on the local server (printed)', async ({
    lens,
  }) => {
    test.setTimeout(60_000);
    const page = await lens.open(SEED);
    const popup = await lens.popup(page);
    await popup
      .getByRole('textbox', { name: "The original's address" })
      .fill(`${lens.origin}/pages/southfront-original.html`);
    const button = popup.getByRole('button', { name: 'Check against the original' });
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      // Timed in the popup: from the click event to the commit that shows a verdict (the
      // "Checking…" state removes the previous one first).
      await popup.evaluate(() => {
        const form = document.querySelector('.verify-form');
        const said = document.querySelector('.verify-said');
        if (!form || !said) throw new Error('no check form');
        let clicked = 0;
        form.addEventListener('click', () => (clicked ||= performance.now()), {
          capture: true,
          once: true,
        });
        (globalThis as unknown as { answered: Promise<number> }).answered = new Promise((done) => {
          let cleared = false;
          const seen = new MutationObserver(() => {
            if (!clicked) return;
            const shown = said.querySelector('.verify-verdict') !== null;
            if (!shown) cleared = true;
            else if (cleared) {
              seen.disconnect();
              done(performance.now() - clicked);
            }
          });
          seen.observe(said, { childList: true, subtree: true, characterData: true });
        });
      });
      await button.click();
      times.push(
        await popup.evaluate(
          () => (globalThis as unknown as { answered: Promise<number> }).answered,
        ),
      );
      await expect(popup.locator('.verify-verdict')).toHaveText(/^Same text as South Front's/);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? Number.NaN;
    console.log(
      `check against the original, click to answer, ${times.length} checks on 127.0.0.1: ` +
        `first ${times[0]?.toFixed(0)} ms, median ${sorted[4]?.toFixed(0)}–${sorted[5]?.toFixed(0)} ms, ` +
        `p95 ${p95.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
    );
    await popup.close();
    await page.close();
  });

  test('an original that is not there: "Could not reach the original (404)"', async ({ lens }) => {
    // A copy that links its original: the chain's address is offered, and can be replaced.
    const page = await lens.open('/pages/crosspost.html');
    const popup = await lens.popup(page);
    await expect(popup.getByRole('textbox', { name: "The original's address" })).toHaveValue(
      'https://harbourgazette.example/news/dredging-2024',
    );
    await check(popup, `${lens.origin}/pages/no-such-original.html`);
    await expect(popup.locator('.verify-verdict')).toHaveText('Could not reach the original (404)');
    await popup.close();
    await page.close();
  });

  test('access refused, or an address that is not http(s): nothing is fetched', async ({
    lens,
  }) => {
    const page = await lens.open(SEED);
    const popup = await lens.popup(page);
    const asked = await spyOnPermissions(popup, true);
    await check(popup, `${lens.origin}/pages/southfront-original.html`);
    await expect(
      popup.getByText(/^Not checked: access to 127\.0\.0\.1:\d+ was not allowed\.$/),
    ).toBeVisible();
    await check(popup, 'javascript:alert(1)');
    await expect(
      popup.getByText('Give an address that starts with http:// or https://.'),
    ).toBeVisible();
    expect(await asked()).toHaveLength(1);
    await expect(popup.locator('.verify-verdict')).toHaveCount(0);
    await popup.close();
    await page.close();
  });

  test('a check travels with the capture: saved, shown in the library, exported', async ({
    lens,
  }) => {
    test.setTimeout(45_000);
    // A word of this run alone: the browser (and its library) is shared with other specs.
    const run = `r${randomBytes(4).toString('hex')}`;
    const dir = await mkdtemp(join(tmpdir(), 'lens-verify-'));
    let id = '';
    try {
      const page = await lens.open(SEED);
      const popup = await lens.popup(page);
      await check(popup, `${lens.origin}/pages/southfront-original.html`);
      await expect(popup.locator('.verify-verdict')).toHaveText(/^Same text as South Front's/);
      const said = await saveFromPopup(popup, { tags: run });
      expect(said.kind, said.text).toBe('saved');
      await popup.close();
      await page.close();

      const [saved, ...more] = (await readStore(lens.inWorker)).captures.filter((c) =>
        c.tags.includes(run),
      );
      expect(more).toHaveLength(0);
      id = saved?.id ?? '';
      const checks = saved?.verifications ?? [];
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.at(-1)).toMatchObject({
        url: `${lens.origin}/pages/southfront-original.html`,
        status: 'same-text',
        original: { publisher: 'South Front' },
      });
      expect(saved?.report.verification).toEqual(checks.at(-1));

      // The library shows it beside the report, in the popup's words.
      const library = await openLibraryPage(lens.context, lens.extensionId);
      await searchBox(library).fill(run);
      await expect(rows(library)).toHaveCount(1);
      await rows(library).locator('.title-button').click();
      const shown = library.locator('aside.report .checks > li').first();
      await expect(shown.locator('.check-verdict')).toHaveText(
        /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
      );
      await expect(shown.locator('.check-figures')).toHaveText(
        /^\d+% of this copy is in the original, \d+% of the original is in this copy\.$/,
      );
      await expect(shown.locator('.check-when')).toHaveText(/^Checked /);
      await expect(shown.getByRole('link')).toHaveAttribute(
        'href',
        `${lens.origin}/pages/southfront-original.html`,
      );

      // The JSON export carries the checks whole.
      await library.getByRole('button', { name: /^Back/ }).click();
      await expect(rows(library)).toHaveCount(1);
      await rows(library).locator('input.capture-check').check();
      const bar = library.locator('.export-bar');
      await bar.locator('select').selectOption('json');
      const [file] = await downloads(
        library,
        () => bar.getByRole('button', { name: 'Export selected (1)' }).click(),
        dir,
      );
      const exported = JSON.parse(new TextDecoder().decode(file?.bytes));
      expect(exported.captures).toHaveLength(1);
      expect(exported.captures[0].verifications).toEqual(checks);
      expect(exported.captures[0].report.verification).toEqual(checks.at(-1));
      await library.close();
    } finally {
      if (id) await forget(lens.inWorker, [id]);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
