import { shownDate } from '../../src/text/shown-dates';
import { expect, test } from './harness';
import { probeHighlight } from './page-probe';

// The popup works from the keyboard alone: every control is a tab stop, in reading order,
// and "Show on page" and "Copy citation" work with Enter.
test('the popup is keyboard operable', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  const popup = await lens.popup(page);
  // "Check against the original" and "Save to library" load just after the report.
  await popup.getByRole('button', { name: 'Save to library' }).waitFor();
  const stops = popup.locator('a[href], button, input');
  const controls = await stops.count();
  const visited: string[] = [];
  for (let i = 0; i < controls; i++) {
    await popup.keyboard.press('Tab');
    visited.push(await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(visited).toEqual(await stops.allTextContents());

  await popup.getByRole('button', { name: /^Show on page: The original source/ }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('Highlighted on the page.')).toBeVisible();
  await page.bringToFront();
  await expect.poll(async () => (await probeHighlight(page)).inView).toBe(true);

  await popup.bringToFront();
  // Keep a copy of what is written (reading the clipboard back needs a permission that
  // Chromium cannot grant to an extension origin); the real write still happens.
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      (globalThis as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await popup.getByRole('button', { name: 'Copy citation' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByText('Citation copied.')).toBeVisible();
  const copied = await popup.evaluate(() => (globalThis as unknown as { copied: string }).copied);
  // Dates in the browser's language, the one format everywhere.
  const lang = await popup.evaluate(() => document.documentElement.lang);
  expect(copied).toBe(
    `“Harbour dredging to start next month”. Coastal Digest, ${shownDate('2024-03-05', lang)}, ${lens.origin}/pages/crosspost.html. Originally published by The Harbour Gazette, ${shownDate('2024-03-04', lang)}, https://harbourgazette.example/news/dredging-2024.`,
  );
  await popup.close();
  await page.close();
});
