import type { Dialog } from '@playwright/test';
import { expect, test } from './harness';

// A page whose credit lines, names and links are built to be executed if rendered as HTML or
// followed as links. Nothing may run: no dialog, no javascript: (or other non-http) link.
test('a hostile page opens no dialog and yields no unsafe link', async ({ lens }) => {
  const dialogs: string[] = [];
  const record = (d: Dialog) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  lens.context.on('page', (p) => p.on('dialog', record));
  const page = await lens.open('/pages/hostile.html');
  page.on('dialog', record);
  await expect.poll(async () => (await lens.badge(page)).text).not.toBe('');
  const popup = await lens.popup(page);
  popup.on('dialog', record);
  await expect(popup.locator('.status')).not.toBeEmpty();

  const hrefs = await popup.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  // Page text is shown as text: the markup in it never becomes elements.
  await expect(popup.locator('main img, main svg, main b, main script')).toHaveCount(0);
  for (const button of await popup.getByRole('button', { name: /^Show on page/ }).all()) {
    await button.click();
  }
  await popup.locator('main').hover();
  await page.bringToFront();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  await lens.shoot(popup, 'hostile');
  await popup.close();
  await page.close();
});
