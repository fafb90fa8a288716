import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxLens, launchFirefox, until } from './harness';

// "Check against the original" in Firefox: the popup's button, the background's fetch from
// 127.0.0.1, the comparison in the popup. The test build holds host access from install, so
// `permissions.request` (made from the click, as Firefox requires) answers at once.
const SEED = '/fixtures/globalresearch-southfront/';

/** Fills in the original's address (its value and an input event, as typing gives) and clicks
 * "Check against the original" with a real click. */
async function check(popup: Page, address: string) {
  await popup.evaluate((value) => {
    const field = document.querySelector<HTMLInputElement>('#verify-address');
    if (!field) throw new Error('no address field');
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, address);
  await until(
    () => popup.evaluate(() => document.querySelector<HTMLInputElement>('#verify-address')?.value),
    (v) => v === address,
  );
  await popup.click('.verify-form button[type="submit"]');
}

/** The check's answer, once there is one (not "Checking…"). */
function answer(popup: Page) {
  return until(
    () =>
      popup.evaluate(() => {
        const said = document.querySelector('.verify-said');
        return said?.querySelector('.verify-verdict, strong')?.textContent ?? '';
      }),
    (text) => text !== '',
    30_000,
  );
}

describe('Firefox: check against the original', () => {
  let lens: FirefoxLens;
  beforeAll(async () => {
    lens = await launchFirefox();
  });
  afterAll(() => lens?.close());

  it('the seed against its served original: same text as South Front', async () => {
    const tabId = await lens.open(SEED);
    const popup = await lens.popup(tabId);
    await check(popup, `${lens.origin}/pages/southfront-original.html`);
    expect(await answer(popup)).toMatch(
      /^Same text as South Front's article \(\d+% of this copy is in the original\)/,
    );
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toMatch(/\d+% of the original is in this copy\./);
    await popup.close();
  });

  it('an original that is not there: "Could not reach the original (404)"', async () => {
    const tabId = await lens.open('/pages/crosspost.html');
    const popup = await lens.popup(tabId);
    await check(popup, `${lens.origin}/pages/no-such-original.html`);
    expect(await answer(popup)).toBe('Could not reach the original (404)');
    await popup.close();
  });
});
