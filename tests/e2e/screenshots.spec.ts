import { expect, test } from './harness';

// Chromium only: a picture of each popup state, light and dark, for a person to look at
// (artifacts/popup/<name>-<theme>.png). What the popups say is checked in both browsers by the
// shared scenarios (tests/e2e-shared/scenarios/popup.ts); here only that the shot was taken.
const STATES: Array<[name: string, path: string]> = [
  ['original', '/pages/original.html'],
  ['not-article', '/pages/not-article.html'],
  ['restricted', 'chrome://version'],
  ['cross-post', '/fixtures/globalresearch-southfront/'],
  ['cross-post-linked', '/pages/crosspost.html'],
  ['hostile', '/pages/hostile.html'],
];

test('every popup state, light and dark', async ({ lens }) => {
  for (const [name, path] of STATES) {
    const page = await lens.open(path);
    const popup = await lens.popup(page);
    await expect(popup.locator('.status')).not.toBeEmpty();
    expect(await lens.shoot(popup, name)).toHaveLength(2);
    await popup.close();
    await page.close();
  }
});

test('the analysing state', async ({ lens }) => {
  const page = await lens.open('/pages/original.html');
  const popup = await lens.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  // Hold the answer back: the popup stays in its first state.
  await popup.addInitScript(() => {
    const api = (globalThis as { chrome?: { tabs?: { sendMessage?: unknown } } }).chrome;
    if (api?.tabs) api.tabs.sendMessage = () => new Promise(() => {});
  });
  await popup.goto(`chrome-extension://${lens.extensionId}/popup.html?tab=${lens.tabId(page)}`);
  await expect(popup.getByRole('status').first()).toContainText('Reading the page');
  await lens.shoot(popup, 'analysing');
  await popup.close();
  await page.close();
});
