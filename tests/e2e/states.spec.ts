import { expect, test } from './harness';

// Each state of the popup, with its screenshots (artifacts/popup/<state>-<theme>.png).

test('an original article', async ({ lens }) => {
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('ORIG');
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText('Original');
  await expect(popup.locator('.hop')).toHaveCount(1);
  await expect(popup.locator('.hop')).toContainText('The Riverside Courier');
  await expect(popup.getByRole('region', { name: 'Credit on this copy' })).toHaveCount(0);
  await lens.shoot(popup, 'original');
  await popup.close();
  await page.close();
});

test('a page that is not an article', async ({ lens }) => {
  const page = await lens.open('/pages/not-article.html');
  await expect.poll(() => lens.badge(page)).toEqual({ text: '', title: 'Not an article' });
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText('Not an article');
  await expect(popup.locator('.chain')).toHaveCount(0);
  await lens.shoot(popup, 'not-article');
  await popup.close();
  await page.close();
});

test('a browser page the extension cannot read', async ({ lens }) => {
  const page = await lens.open('chrome://version');
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText("Can't read this page");
  await expect(popup.getByRole('heading', { level: 1 })).toContainText("browser's own pages");
  await lens.shoot(popup, 'restricted');
  await popup.close();
  await page.close();
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
