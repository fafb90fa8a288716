/**
 * E2E harness: Chromium with the built extension (dist/chrome-test) loaded, pages served on
 * 127.0.0.1, every other address blocked. Specs import `test` and `expect` from here and get a
 * `lens` fixture:
 *
 *   test('an original article', async ({ lens }) => {
 *     const page = await lens.open('/pages/original.html');
 *     await expect.poll(() => lens.badge(page)).toMatchObject({ text: 'ORIG' });
 *     const popup = await lens.popup(page);
 *     await expect(popup.getByRole('heading', { level: 1 })).toContainText('An original article');
 *   });
 *
 * `lens.open(path)` opens a served path (`/fixtures/<slug>/` or `/pages/<file>`) or any
 * address (`chrome://version`) in a new tab; `lens.badge(page)` reads that tab's badge text and
 * tooltip; `lens.popup(page)` opens the popup for that tab (as a page, `?tab=<id>`) and waits
 * until it has finished analysing; `lens.shoot(popup, name)` saves light and dark screenshots.
 *
 * `test.use({ lang: 'de' })` runs a spec file's browser in another language: `--lang`, the
 * Accept-Language preference and the page locale (Chromium needs its locale files, Debian's
 * chromium-l10n, to run in a language other than English); `lens.lang` says which.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';
import { type Served, serve } from '../../scripts/serve.mjs';

// The worker's `chrome` (promise-returning in MV3), for functions run with `inWorker`.
declare const chrome: Browser;

export { expect };

const ROOT = resolve(import.meta.dirname, '../..');
const EXT_DIR = resolve(ROOT, process.env.LENS_EXTENSION ?? 'dist/chrome-test');
const SHOTS = resolve(ROOT, 'artifacts/popup');

export interface Badge {
  text: string;
  title: string;
}

export interface Lens {
  context: BrowserContext;
  extensionId: string;
  /** The browser's language (`en` unless the spec file asked for another with `lang`). */
  lang: string;
  /** http://127.0.0.1:<port>, where /fixtures/ and /pages/ are served. */
  origin: string;
  open(pathOrUrl: string): Promise<Page>;
  tabId(page: Page): number;
  badge(page: Page): Promise<Badge>;
  popup(page: Page, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  shoot(popup: Page, name: string): Promise<string[]>;
  /** Runs a function in the extension's service worker (`chrome.*` available there). */
  inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Chromium's flags for a test profile with the built extension loaded. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-extensions-except=${EXT_DIR}`,
  `--load-extension=${EXT_DIR}`,
];

async function launch(server: Served, userDataDir: string, lang: string | null): Promise<Lens> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const pak = `/usr/lib/chromium/locales/${lang}.pak`;
  if (lang && executablePath === '/usr/bin/chromium' && !existsSync(pak)) {
    throw new Error(
      `Chromium has no ${pak}, so it cannot run in ${lang}: apt-get install chromium-l10n`,
    );
  }
  if (lang) {
    // The profile's Accept-Language preference, as a reader who chose the language would have.
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    const prefs = { intl: { accept_languages: `${lang},en`, selected_languages: `${lang},en` } };
    await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(prefs));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: lang ? [...CHROMIUM_ARGS, `--lang=${lang}`] : CHROMIUM_ARGS,
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
  });
  // Only the local server (and the browser's own schemes) may be reached.
  await context.route(/^(https?|wss?|ftp):/, (route) =>
    route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort(),
  );
  const worker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const inWorker = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await worker()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  // With host access (the test build) the worker registers the content script at install.
  const origins = ['http://*/*', 'https://*/*'];
  if (await inWorker((o) => chrome.permissions.contains({ origins: o }), origins)) {
    await expect
      .poll(() => inWorker(() => chrome.scripting.getRegisteredContentScripts(), null))
      .not.toEqual([]);
  }

  const tabs = new WeakMap<Page, number>();
  const tabIds = () =>
    inWorker(() => chrome.tabs.query({}).then((all) => all.map((t) => t.id ?? -1)), null);
  const tabId = (page: Page) => {
    const id = tabs.get(page);
    if (id === undefined) throw new Error('lens: page was not opened with lens.open()');
    return id;
  };

  return {
    context,
    lang: lang ?? 'en',
    extensionId,
    origin: server.origin,
    tabId,
    inWorker,
    async open(pathOrUrl) {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      // A new page is a new tab: the one id that was not there before.
      await expect
        .poll(async () => (await tabIds()).filter((id) => !before.has(id)).length)
        .toBe(1);
      const [id] = (await tabIds()).filter((i) => !before.has(i));
      tabs.set(page, id as number);
      const url = pathOrUrl.startsWith('/') ? server.origin + pathOrUrl : pathOrUrl;
      await page.goto(url);
      return page;
    },
    badge: (page) =>
      inWorker(
        async (id) => ({
          text: await chrome.action.getBadgeText({ tabId: id }),
          title: await chrome.action.getTitle({ tabId: id }),
        }),
        tabId(page),
      ),
    async popup(page, options = {}) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId(page)}`);
      await popup.locator('main[aria-busy="false"]').waitFor();
      return popup;
    },
    async shoot(popup, name) {
      await mkdir(SHOTS, { recursive: true });
      const paths: string[] = [];
      // A real popup is as tall as its content: shrink the viewport, then take the full page.
      const size = popup.viewportSize();
      await popup.setViewportSize({ width: size?.width ?? 380, height: 120 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        const path = join(SHOTS, `${name}-${colorScheme}.png`);
        await popup.screenshot({ path, fullPage: true });
        paths.push(path);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
      if (size) await popup.setViewportSize(size);
      return paths;
    },
  };
}

/**
 * `test` with a `lens` fixture: one browser per worker, shared by that worker's tests; the
 * `lang` option (`test.use({ lang: 'de' })`) starts it in another language.
 */
export const test = base.extend<object, { lens: Lens; lang: string | null }>({
  lang: [null, { scope: 'worker', option: true }],
  lens: [
    async ({ lang }, use) => {
      const server = await serve();
      const dir = await mkdtemp(join(tmpdir(), 'lens-e2e-'));
      const lens = await launch(server, dir, lang);
      try {
        await use(lens);
      } finally {
        await lens.context.close();
        await server.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
});
