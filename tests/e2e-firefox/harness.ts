/**
 * Firefox e2e harness: Firefox ESR driven by puppeteer-core over WebDriver BiDi, with
 * dist/firefox-test installed as a temporary add-on and pages served on 127.0.0.1.
 *
 * BiDi will not navigate to moz-extension:// addresses, so the first extension page is reached
 * the way the test build allows: a served page sets `location.href` to popup.html
 * (web-accessible to 127.0.0.1 in that build only). That page, the probe, is kept open: the
 * extension's APIs are called from inside it, and it opens the extension's other pages
 * (`tabs.create`), which the driver then finds among its pages.
 *
 *   const lens = await launchFirefox();
 *   const tabId = await lens.open('/pages/original.html');
 *   expect(await lens.badge(tabId)).toMatchObject({ text: 'ORIG' });
 *   const popup = await lens.popup(tabId);   // a puppeteer Page showing popup.html?tab=<id>
 *   await lens.close();
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { serve } from '../../scripts/serve.mjs';

// The extension API as seen from inside the probe page.
declare const browser: ExtensionApi;

const EXT_DIR = resolve(import.meta.dirname, '../../dist/firefox-test');

export interface FirefoxLens {
  browser: Browser;
  origin: string;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** An extension page kept open, to call extension APIs from. */
  probe: Page;
  /** Opens a served path in a new tab; resolves to that tab's id. */
  open(path: string): Promise<number>;
  /** The driver's page for a tab opened with `open`. */
  page(tabId: number): Page;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  /** The popup for a tab, once analysed; `before`: source run as soon as its document is there
   * (BiDi cannot run it before the popup's own scripts). */
  popup(tabId: number, options?: { before?: string }): Promise<Page>;
  /** Opens an extension page (`library.html`) in a new tab and returns the driver's page. */
  extensionPage(path: string): Promise<Page>;
  /** Runs `opens` and returns the page it opened (a window the extension opens, say). */
  pageOpenedBy(opens: () => Promise<unknown>): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Firefox preferences on top of the harness's own. */
  prefs?: Record<string, string | number | boolean>;
}

/** Polls `fn` until it returns a value that `ok` accepts, or throws after `ms`. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > end) throw new Error(`until: last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Where a page is, read inside it (the driver's own idea is stale for moz-extension pages). */
const where = (page: Page) => page.evaluate(() => location.href).catch(() => '');

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxLens> {
  const manifest = JSON.parse(await readFile(join(EXT_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const server = await serve();
  const profile = await mkdtemp(join(tmpdir(), 'lens-firefox-'));
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // A fixed internal UUID gives the extension's pages known moz-extension:// addresses.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // permissions.request (from a click) is answered without the doorhanger no driver can
      // click: what is asked is granted. Tests read what was asked for.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  await ff.installExtension(EXT_DIR);
  const extensionOrigin = `moz-extension://${uuid}/`;
  const popupUrl = `${extensionOrigin}popup.html`;

  const probe = await ff.newPage();
  await probe.goto(`${server.origin}/pages/blank.html`);
  await probe.evaluate((u) => location.assign(u), popupUrl);
  await until(
    () => probe.evaluate(() => location.protocol),
    (p) => p === 'moz-extension:',
  );

  const tabs = new Map<number, Page>();
  const pageOpenedBy = async (opens: () => Promise<unknown>) => {
    const before = new Set(await ff.pages());
    await opens();
    return until(
      async () => (await ff.pages()).find((p) => !before.has(p)),
      (p) => p !== undefined,
    ) as Promise<Page>;
  };

  return {
    browser: ff,
    origin: server.origin,
    extensionOrigin,
    probe,
    async open(path) {
      const url = path.startsWith('/') ? server.origin + path : path;
      const known = new Set(
        (await probe.evaluate(() => browser.tabs.query({}))).map((t) => t.id ?? -1),
      );
      const page = await ff.newPage();
      await page.goto(url).catch((e) => {
        // A page the browser will not let a driver load still opens its tab.
        if (path.startsWith('/')) throw e;
      });
      const id = await until(
        async () => {
          const all = await probe.evaluate(() => browser.tabs.query({}));
          return all.find((t) => t.id !== undefined && !known.has(t.id))?.id ?? -1;
        },
        (found) => found >= 0,
      );
      tabs.set(id, page);
      return id;
    },
    page(tabId) {
      const page = tabs.get(tabId);
      if (!page) throw new Error(`tab ${tabId} was not opened with open()`);
      return page;
    },
    badge: (tabId) =>
      probe.evaluate(
        async (id) => ({
          text: await browser.action.getBadgeText({ tabId: id }),
          title: await browser.action.getTitle({ tabId: id }),
        }),
        tabId,
      ),
    async popup(tabId, options = {}) {
      const page = await ff.newPage();
      await page.setViewport({ width: 380, height: 600 });
      await page.goto(`${server.origin}/pages/blank.html`);
      await page.evaluate((u) => location.assign(u), `${popupUrl}?tab=${tabId}`);
      // BiDi runs no preload script in a moz-extension:// page: `before` runs as soon as the
      // popup's document is there, after its first scripts.
      if (options.before) {
        const source = options.before;
        await until(
          () => page.evaluate(() => location.protocol),
          (p) => p === 'moz-extension:',
        );
        await page.evaluate(source);
      }
      await until(
        () => page.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy')),
        (busy) => busy === 'false',
      );
      return page;
    },
    async extensionPage(path) {
      const url = extensionOrigin + path;
      const page = await pageOpenedBy(() =>
        probe.evaluate((u) => browser.tabs.create({ url: u }), url),
      );
      await until(
        () => where(page),
        (href) => href === url,
      );
      return page;
    },
    pageOpenedBy,
    async close() {
      await ff.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
