import { expect, test } from './harness';

// A single-page site swaps in another article with history.pushState: the badge follows.
test('a single-page navigation updates the badge', async ({ lens }) => {
  const page = await lens.open('/pages/spa.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('ORIG');
  await page.evaluate(() => (window as unknown as { nextArticle(): void }).nextArticle());
  await expect
    .poll(() => lens.badge(page))
    .toEqual({
      text: 'COPY',
      title: 'Cross-post of The Harbour Gazette (3 May 2024)',
    });
  const popup = await lens.popup(page);
  await expect(popup.locator('.hop--original')).toContainText('The Harbour Gazette');
  await popup.close();
  await page.close();
});
