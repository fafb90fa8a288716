import { expect, test } from './harness';
import { message } from './messages';
import { probeHighlight } from './page-probe';

// A cross-post that links the original article itself, so every credit item is met.
test('a cross-post that links its original', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  await expect
    .poll(() => lens.badge(page))
    .toEqual({
      text: 'COPY',
      title: 'Cross-post of The Harbour Gazette (4 Mar 2024)',
    });
  const popup = await lens.popup(page);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
    message('en', 'headlineCrossPostLag', ['The Harbour Gazette', message('en', 'lagOneDay')]),
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
