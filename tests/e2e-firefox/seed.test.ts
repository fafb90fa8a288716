import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownDate } from '../../src/text/shown-dates';
import { type FirefoxLens, launchFirefox, until } from './harness';

// The seed page in Firefox: the content script's hint sets the badge, and the popup shows the
// report the content script computed.
const SEED = '/fixtures/globalresearch-southfront/';

describe('Firefox', () => {
  let lens: FirefoxLens;
  beforeAll(async () => {
    lens = await launchFirefox();
  });
  afterAll(() => lens?.close());

  it('content script sets the badge; the popup shows its report', async () => {
    const tabId = await lens.open('/pages/crosspost.html');
    await until(
      () => lens.badge(tabId),
      (b) => b.text === 'COPY',
    );
    const popup = await lens.popup(tabId);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Republished from The Harbour Gazette');
    await popup.close();
  });

  it('the seed page gives the cross-post badge and popup', async () => {
    const tabId = await lens.open(SEED);
    const badge = await until(
      () => lens.badge(tabId),
      (b) => b.text !== '',
    );
    const popup = await lens.popup(tabId);
    // Dates in the browser's language, the one format everywhere (src/text/shown-dates.ts).
    const lang = await popup.evaluate(() => document.documentElement.lang);
    expect(badge).toEqual({
      text: 'COPY',
      title: `Cross-post of South Front (${shownDate('2020-01-21', lang)})`,
    });
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Global Research');
    expect(text).toContain(shownDate('2020-01-22', lang));
    expect(text).toContain('South Front');
    expect(text).toContain(shownDate('2020-01-21', lang));
    expect(text).toContain('Holders: South Front');
    expect(text).toContain('Names the source');
    await popup.close();
  });
});
