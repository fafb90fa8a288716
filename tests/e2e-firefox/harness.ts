/**
 * Firefox e2e harness: Firefox ESR driven by puppeteer-core over WebDriver BiDi, with
 * dist/firefox-test installed as a temporary add-on and pages served on 127.0.0.1.
 *
 * BiDi will not navigate to moz-extension:// addresses, so the popup is reached the way the
 * test build allows: a served page sets `location.href` to popup.html (web-accessible to
 * 127.0.0.1 in that build only). Extension APIs are then called from inside the popup page.
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

// The extension API as seen from inside the popup page.
declare const browser: ExtensionApi;

const EXT_DIR = resolve(import.meta.dirname, '../../dist/firefox-test');

export interface FirefoxLens {
  browser: Browser;
  origin: string;
  /** Opens a served path in a new tab; resolves to that tab's id. */
  open(path: string): Promise<number>;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  popup(tabId: number): Promise<Page>;
  close(): Promise<void>;
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

export async function launchFirefox(): Promise<FirefoxLens> {
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
    // A fixed internal UUID gives the popup a known moz-extension:// address.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  await ff.installExtension(EXT_DIR);
  const popupUrl = `moz-extension://${uuid}/popup.html`;

  // One extension page kept open to ask the extension APIs (tab ids, badges) from inside.
  const probe = await ff.newPage();
  await probe.goto(`${server.origin}/pages/blank.html`);
  await probe.evaluate((u) => location.assign(u), popupUrl);
  await until(
    () => probe.evaluate(() => location.protocol),
    (p) => p === 'moz-extension:',
  );

  return {
    browser: ff,
    origin: server.origin,
    async open(path) {
      const url = server.origin + path;
      const page = await ff.newPage();
      await page.goto(url);
      const tabs = await probe.evaluate(() => browser.tabs.query({}));
      const tab = tabs.reverse().find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return tab.id;
    },
    badge: (tabId) =>
      probe.evaluate(
        async (id) => ({
          text: await browser.action.getBadgeText({ tabId: id }),
          title: await browser.action.getTitle({ tabId: id }),
        }),
        tabId,
      ),
    async popup(tabId) {
      const page = await ff.newPage();
      await page.goto(`${server.origin}/pages/blank.html`);
      await page.evaluate((u) => location.assign(u), `${popupUrl}?tab=${tabId}`);
      await until(
        () => page.evaluate(() => document.querySelector('main')?.getAttribute('aria-busy')),
        (busy) => busy === 'false',
      );
      return page;
    },
    async close() {
      await ff.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
