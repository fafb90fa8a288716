import { expect, test } from './harness';

// Chromium only, a measurement: from the click on "Check against the original" to the verdict,
// ten checks of the seed page against its original on 127.0.0.1, timed in the popup and printed
// (docs/VERIFY.md). What the check says, in both browsers: tests/e2e-shared/scenarios/verify.ts.
const SEED = '/fixtures/globalresearch-southfront/';

test.describe('check against the original', () => {
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
});
