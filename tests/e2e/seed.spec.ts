import { shownDate } from '../../src/text/shown-dates';
import { expect, test } from './harness';
import { probeHighlight } from './page-probe';

// The seed page: a South Front article republished by Global Research a day later.
const SEED = '/fixtures/globalresearch-southfront/';

test.describe('the seed cross-post', () => {
  test('badge says cross-post, with the source and date in the tooltip', async ({ lens }) => {
    const page = await lens.open(SEED);
    // The date in the browser's language (the background's), the one format everywhere.
    const lang = await lens.inWorker(() => navigator.language, null);
    await expect
      .poll(() => lens.badge(page))
      .toEqual({
        text: 'COPY',
        title: `Cross-post of South Front (${shownDate('2020-01-21', lang)})`,
      });
    await page.close();
  });

  test('popup shows Global Research → South Front, copyright and credit', async ({ lens }) => {
    const page = await lens.open(SEED);
    const popup = await lens.popup(page);
    const lang = await popup.evaluate(() => document.documentElement.lang);
    await expect(popup.locator('.status')).toContainText('Cross-post');
    await expect(popup.getByRole('heading', { level: 1 })).toContainText('South Front');
    const hops = popup
      .getByRole('list', { name: 'Provenance chain, newest first' })
      .locator('> li');
    await expect(hops).toHaveCount(2);
    await expect(hops.nth(0)).toContainText('Global Research');
    await expect(hops.nth(0)).toContainText(shownDate('2020-01-22', lang));
    await expect(hops.nth(1)).toContainText('South Front');
    await expect(hops.nth(1)).toContainText('southfront.org');
    await expect(hops.nth(1)).toContainText(shownDate('2020-01-21', lang));
    const copyright = popup.getByRole('region', { name: 'Copyright' });
    await expect(copyright).toContainText('Holders: South Front');
    await expect(copyright).toContainText('2020');
    const credit = popup.getByRole('region', { name: 'Credit on this copy' });
    await expect(credit).toContainText('Names the source');
    await expect(credit).toContainText("Keeps the source's copyright line");
    await expect(credit.locator('li')).toHaveCount(3);
    await expect(popup.getByRole('region', { name: 'Republishing this page' })).toContainText(
      'credit the source',
    );
    await lens.shoot(popup, 'cross-post');
    await popup.close();
    await page.close();
  });

  test('"Show on page" highlights the original-source line in view', async ({ lens }) => {
    const page = await lens.open(SEED);
    const popup = await lens.popup(page);
    await popup
      .getByRole('button', { name: /^Show on page: The original source of this article is/ })
      .click();
    await expect(popup.getByText('Highlighted on the page.')).toBeVisible();
    await page.bringToFront();
    await expect
      .poll(() => probeHighlight(page))
      .toEqual({ text: 'The original source of this article is South Front', inView: true });
    await popup.close();
    await page.close();
  });
});
