import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(badge).toEqual({ text: 'COPY', title: 'Cross-post of South Front (21 Jan 2020)' });
    const popup = await lens.popup(tabId);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('Global Research');
    expect(text).toContain('22 Jan 2020');
    expect(text).toContain('South Front');
    expect(text).toContain('21 Jan 2020');
    expect(text).toContain('Holders: South Front');
    expect(text).toContain('Names the source');
    await popup.close();
  });
});
