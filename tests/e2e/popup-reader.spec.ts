import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { addDetails, forget, readStore, saidAfterSave, saveButton } from './library-helpers';

// The popup as a reader meets it, at its real size (380 × 600): saving in view, evidence that
// wraps instead of being cut off, names that are names.

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

async function axeViolations(popup: Page): Promise<string[]> {
  await popup.evaluate(await readFile(AXE, 'utf8'));
  return popup.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = globalThis as unknown as { axe: { run(): Promise<Result> } };
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Whether the whole element is inside the popup's 600 px without scrolling. */
async function inView(popup: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const scrolled = await popup.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= 600;
}

test('one click on "Save to library", near the top, saves; note and tags follow in view', async ({
  lens,
}) => {
  const page = await lens.open('/pages/crosspost.html');
  const popup = await lens.popup(page);
  const start = await readStore(lens.inWorker);
  const save = saveButton(popup);
  await expect(save).toHaveText('Save to library');
  expect(await inView(popup, save)).toBe(true);
  // Under the headline, above the chain.
  const chain = await popup.locator('.chain').boundingBox();
  expect((await save.boundingBox())!.y).toBeLessThan(chain!.y);

  await save.click();
  const said = await saidAfterSave(popup);
  expect(said.kind).toBe('saved');
  expect(await inView(popup, popup.locator('.save-said'))).toBe(true);
  const saved = (await readStore(lens.inWorker)).captures.filter(
    (c) => !start.captures.some((s) => s.id === c.id),
  );
  expect(saved).toHaveLength(1);

  const form = popup.locator('form.save-form');
  expect(await inView(popup, form.getByLabel('Note'))).toBe(true);
  expect(await inView(popup, form.locator('button[type="submit"]'))).toBe(true);
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    expect(await axeViolations(popup), colorScheme).toEqual([]);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
  await lens.shoot(popup, 'saved-details');

  await addDetails(popup, {
    note: 'Ask the Gazette about the photos.',
    tags: 'harbour, Harbour, ports',
  });
  const after = (await readStore(lens.inWorker)).captures.find((c) => c.id === saved[0]?.id);
  expect(after).toMatchObject({
    note: 'Ask the Gazette about the photos.',
    tags: ['harbour', 'ports'],
  });
  await forget(lens.inWorker, [saved[0]!.id]);
  await popup.close();
  await page.close();
});

test('evidence wraps at 380 px, and a republication counter is named, not shown as an address', async ({
  lens,
}) => {
  const page = await lens.open('/pages/long-evidence.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  const popup = await lens.popup(page);
  const original = popup.locator('.hop--original');
  await expect(original).toContainText("The Conversation's republication counter");
  await expect(original).not.toContainText('counter.theconversation.com');
  // Nothing wider than the popup, and no quote cut off at its right edge.
  const clipped = await popup.evaluate(() =>
    [...document.querySelectorAll('main *:not(input, textarea)')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`),
  );
  expect(clipped).toEqual([]);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
  // og:site_name is a web address: the name shown is not.
  await expect(popup.locator('.hop--host .hop-name')).not.toContainText('https://');
  await expect(popup.locator('.hop--host .evidence')).toHaveCount(0);
  await lens.shoot(popup, 'long-evidence');
  await popup.close();
  await page.close();
});

test('the seed page: its copyright holder said once, no quote listed twice', async ({ lens }) => {
  const page = await lens.open('/fixtures/globalresearch-southfront/');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  const popup = await lens.popup(page);
  const quotes = await popup.locator('.quote q').allTextContents();
  expect(new Set(quotes).size).toBe(quotes.length);
  expect(quotes.join(' ')).not.toMatch(/South Front, South Front/);
  await expect(popup.locator('.notice .line').first()).not.toContainText(
    'South Front, South Front',
  );
  // "Show on page" still finds the line as the page writes it.
  await popup.getByRole('button', { name: /^Show on page: Copyright/ }).click();
  await expect(popup.getByText('Highlighted on the page.')).toBeVisible();
  await popup.close();
  await page.close();
});

test('a page the extension has no access to yet says to click the toolbar button on it', async ({
  lens,
}) => {
  const page = await lens.open('/pages/original.html');
  const popup = await lens.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  // As without a click on the toolbar button: no content script, and injecting is refused with
  // Chromium's own words.
  await popup.addInitScript(() => {
    const api = (globalThis as { chrome?: Record<string, Record<string, unknown>> }).chrome;
    if (!api?.tabs || !api.scripting) return;
    api.tabs.sendMessage = () => Promise.reject(new Error('Receiving end does not exist.'));
    api.scripting.executeScript = () =>
      Promise.reject(
        new Error(
          'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
        ),
      );
  });
  await popup.goto(`chrome-extension://${lens.extensionId}/popup.html?tab=${lens.tabId(page)}`);
  await popup.locator('main[aria-busy="false"]').waitFor();
  await expect(popup.locator('.status')).toHaveText(/Not read yet/);
  await expect(popup.getByRole('heading', { level: 1 })).toContainText(
    'Click the toolbar button on the page to read it.',
  );
  await expect(popup.getByRole('heading', { level: 1 })).not.toContainText("browser's own");
  expect(await axeViolations(popup)).toEqual([]);
  await lens.shoot(popup, 'no-access');
  await popup.close();
  await page.close();
});
