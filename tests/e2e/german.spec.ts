import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import { chromiumLens } from '../e2e-shared/chromium';
import { selectText } from '../e2e-shared/lens';
import { axeViolations } from '../e2e-shared/scenarios/a11y';
import { expect, test } from './harness';
import { message } from './messages';

// The suite's popup states and the accessibility audit once more with Chromium in German: the
// words come from public/_locales/de, the headline from its templates, the page says lang="de".
// Screenshots: artifacts/popup/de-<state>-<theme>.png.
test.use({ lang: 'de' });

// The worker's `chrome`, for functions run with `inWorker`.
declare const chrome: Browser;

const de = (key: Parameters<typeof message>[1], subs?: string[]) => message('de', key, subs);
const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

async function violations(popup: Page): Promise<string[]> {
  await popup.evaluate(await readFile(AXE, 'utf8'));
  return popup.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(): Promise<Result> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target).join(', ')})`);
  });
}

test('the browser and the extension run in German', async ({ lens }) => {
  expect(lens.lang).toBe('de');
  const ui = await lens.inWorker(() => chrome.i18n.getUILanguage(), null);
  expect(ui).toMatch(/^de\b/);
  // The page's Accept-Language, from the profile's preference.
  const page = await lens.open('/pages/blank.html');
  expect(await page.evaluate(() => navigator.languages[0])).toMatch(/^de\b/);
  await page.close();
});

test('a cross-post, in German', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  const [before] = de('badgeCrossPostOfOn', ['The Harbour Gazette', '\u0000']).split('\u0000');
  await expect.poll(async () => (await lens.badge(page)).title).toMatch(/\)$/);
  expect((await lens.badge(page)).title.startsWith(before as string)).toBe(true);
  const popup = await lens.popup(page);
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
  await expect(popup.locator('.status')).toContainText(de('statusCrossPost'));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
    de('headlineCrossPostLag', ['The Harbour Gazette', de('lagOneDay')]),
  );
  await expect(popup.getByRole('region', { name: de('creditHeading') })).toBeVisible();
  await expect(popup.getByRole('button', { name: de('copyCitation') })).toBeVisible();
  await lens.shoot(popup, 'de-cross-post');
  await popup.close();
  await page.close();
});

test('an original article, in German', async ({ lens }) => {
  const page = await lens.open('/pages/original.html');
  await expect.poll(async () => (await lens.badge(page)).title).toBe(de('badgeOriginal'));
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText(de('statusOriginal'));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
    de('headlineOriginalBy', ['The Riverside Courier']),
  );
  await lens.shoot(popup, 'de-original');
  await popup.close();
  await page.close();
});

test('a page that is not an article, in German', async ({ lens }) => {
  const page = await lens.open('/pages/not-article.html');
  await expect.poll(() => lens.badge(page)).toEqual({ text: '', title: de('badgeNotArticle') });
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText(de('statusNotArticle'));
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(de('headlineNotArticle'));
  await lens.shoot(popup, 'de-not-article');
  await popup.close();
  await page.close();
});

test('a browser page the extension cannot read, in German', async ({ lens }) => {
  const page = await lens.open('chrome://version');
  const popup = await lens.popup(page);
  await expect(popup.locator('.status')).toContainText(de('statusRestricted'));
  await lens.shoot(popup, 'de-restricted');
  await popup.close();
  await page.close();
});

for (const path of ['/pages/crosspost.html', '/pages/original.html', 'chrome://version']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the German popup for ${path} (${colorScheme})`, async ({
      lens,
    }) => {
      const page = await lens.open(path);
      const popup = await lens.popup(page, { colorScheme });
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
      expect(await violations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the library reads German and axe finds no violations in it (${colorScheme})`, async ({
    lens,
  }) => {
    const library = await lens.context.newPage();
    await library.setViewportSize({ width: 1280, height: 900 });
    await library.emulateMedia({ colorScheme });
    await library.goto(`chrome-extension://${lens.extensionId}/library.html`);
    await library.locator('main[aria-busy="false"]').waitFor();
    expect(await library.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    await expect(library.getByRole('heading', { level: 1 })).toHaveText(de('libraryHeading'));
    await expect(library.getByRole('searchbox', { name: de('librarySearchLabel') })).toBeVisible();
    expect(await violations(library)).toEqual([]);
    await library.close();
  });
}

test('the annotate window reads German and axe finds no violations in it, light and dark', async ({
  lens,
}) => {
  const shared = chromiumLens(lens);
  const tab = await shared.open('/pages/crosspost.html');
  expect(await selectText(tab, 'main channel')).toBe('main channel');
  const { window } = await shared.annotate(tab);
  expect(await window.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
  expect(await window.text('h1')).toBe(de('annotateTitle'));
  for (const scheme of ['light', 'dark'] as const) {
    await window.colorScheme(scheme);
    expect((await axeViolations(window)).violations, scheme).toEqual([]);
  }
  await window.close();
  await tab.close();
});
