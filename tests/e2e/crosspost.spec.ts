import { shownDate } from '../../src/text/shown-dates';
import { expect, test } from './harness';
import { probeHighlight } from './page-probe';

// A cross-post that links the original article itself, so every credit item is met.
test('a cross-post that links its original', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  const lang = await lens.inWorker(() => navigator.language, null);
  await expect
    .poll(() => lens.badge(page))
    .toEqual({
      text: 'COPY',
      title: `Cross-post of The Harbour Gazette (${shownDate('2024-03-04', lang)})`,
    });
  const popup = await lens.popup(page);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
    'Republished from The Harbour Gazette, one day after the original.',
  );
  const original = popup.locator('.hop--original');
  await expect(original.getByRole('link')).toHaveAttribute(
    'href',
    'https://harbourgazette.example/news/dredging-2024',
  );
  await expect(original.getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(popup.locator('.checklist .met')).toHaveCount(3);
  await lens.shoot(popup, 'cross-post-linked');

  await popup.getByRole('button', { name: /^Show on page: The Harbour Gazette 4 March/ }).click();
  await page.bringToFront();
  await expect
    .poll(() => probeHighlight(page))
    .toEqual({ text: 'The Harbour Gazette 4 March 2024', inView: true });
  await popup.close();
  await page.close();
});
