import type { Browser } from 'webextension-polyfill';
import { expect, test } from './harness';

declare const chrome: Browser;

// Without host access (the release build's default) no content script is registered, and the
// popup injects one on click, under activeTab. The same path runs here: the registration is
// removed first, so the page has no content script until the popup opens.
test('the popup injects the content script when the page has none', async ({ lens }) => {
  const registered = await lens.inWorker(
    () => chrome.scripting.getRegisteredContentScripts(),
    null,
  );
  await lens.inWorker(() => chrome.scripting.unregisterContentScripts(), null);
  try {
    const page = await lens.open('/pages/original.html');
    await page.waitForTimeout(500);
    expect((await lens.badge(page)).text).toBe('');
    const popup = await lens.popup(page);
    await expect(popup.locator('.status')).toContainText('Original');
    // The injected script also tells the background, so the badge follows.
    await expect.poll(async () => (await lens.badge(page)).text).toBe('ORIG');
    await popup.close();
    await page.close();
  } finally {
    await lens.inWorker(
      (scripts) =>
        chrome.scripting.registerContentScripts(
          scripts as Parameters<typeof chrome.scripting.registerContentScripts>[0],
        ),
      registered,
    );
  }
});
