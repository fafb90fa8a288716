import { shownDate } from '../../src/text/shown-dates';
import { expect, test } from './harness';

// A single-page site swaps in another article with history.pushState: the badge follows.
test('a single-page navigation updates the badge', async ({ lens }) => {
  const page = await lens.open('/pages/spa.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('ORIG');
  await page.evaluate(() => (window as unknown as { nextArticle(): void }).nextArticle());
  const lang = await lens.inWorker(() => navigator.language, null);
  await expect
    .poll(() => lens.badge(page))
    .toEqual({
      text: 'COPY',
      title: `Cross-post of The Harbour Gazette (${shownDate('2024-05-03', lang)})`,
    });
  const popup = await lens.popup(page);
  await expect(popup.locator('.hop--original')).toContainText('The Harbour Gazette');
  await popup.close();
  await page.close();
});
