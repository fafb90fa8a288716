import { expect, test } from './harness';

// The infrastructure itself: the content script runs on a served page, the badge is set for
// that tab, and the popup for that tab shows what the content script found.
test('content script sets the badge and the popup shows its report', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).not.toBeEmpty();
  await expect(popup.getByRole('heading', { level: 1 })).not.toBeEmpty();
  await popup.close();
  await page.close();
});
