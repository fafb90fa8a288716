/**
 * The shared scenarios' adapter for Chromium, over the Playwright harness (tests/e2e/harness.ts):
 * the service worker is the extension context, pages are Playwright pages.
 */
import type { Dialog, Page } from '@playwright/test';
import type { Lens as PlaywrightLens } from '../e2e/harness';
import {
  type Annotated,
  fillField,
  HOLD_ANSWERS,
  type Lens,
  lazyParts,
  pick,
  reads,
  type Tab,
  type View,
} from './lens';

/** `fn(arg)` as the source of an expression (the worker's CSP allows no eval of its own, but
 * what the driver evaluates is not under it). */
const call = (fn: unknown, arg: unknown, prelude = '') =>
  `(async () => { ${prelude} return (${String(fn)})(${JSON.stringify(arg ?? null)}); })()`;

declare const browser: import('webextension-polyfill').Browser;

const dialogLogs = new WeakMap<Page, string[]>();

function view(page: Page): View {
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
    page.evaluate(fn as (a: unknown) => R | Promise<R>, (arg ?? null) as unknown) as Promise<R>;
  const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
  return {
    url: () => evaluate(() => location.href),
    evaluate,
    inject: async (source) => {
      await page.evaluate(source);
    },
    async click(selector, text) {
      await page.locator(await pick(evaluate, selector, text)).click();
    },
    async fill(selector, value) {
      await evaluate(fillField, { selector: await pick(evaluate, selector), value });
    },
    type: (text) => page.keyboard.type(text),
    async press(key) {
      // Down, then up if the page is still there: a window may close on the key press.
      const keys = key.split('+');
      for (const k of keys) await page.keyboard.down(k);
      for (const k of keys.reverse()) await page.keyboard.up(k).catch(() => {});
    },
    async focus(selector, text) {
      await page.locator(await pick(evaluate, selector, text)).focus();
    },
    ...reads(evaluate),
    async upload(selector, file) {
      await page.locator(selector).setInputFiles({
        name: file.name,
        mimeType: file.mimeType,
        buffer: Buffer.from(file.text),
      });
    },
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    front: () => page.bringToFront(),
    close: () => page.close(),
    closed: () => closed,
    dialogs: () => dialogLogs.get(page) ?? [],
  };
}

/** The adapter over a running Playwright harness. */
export function chromiumLens(lens: PlaywrightLens): Lens {
  const watch = (p: Page) => {
    if (dialogLogs.has(p)) return;
    const log: string[] = [];
    dialogLogs.set(p, log);
    p.on('dialog', (d: Dialog) => {
      log.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
  };
  for (const p of lens.context.pages()) watch(p);
  lens.context.on('page', watch);
  const pages = new WeakMap<Tab, Page>();
  const pageOf = (tab: Tab) => {
    const page = pages.get(tab);
    if (!page) throw new Error('not a tab of this lens');
    return page;
  };
  const worker = async () =>
    lens.context.serviceWorkers()[0] ?? (await lens.context.waitForEvent('serviceworker'));
  const inExtension: Lens['inExtension'] = async (fn, arg) =>
    (await worker()).evaluate(call(fn, arg, 'globalThis.browser ??= chrome;'));
  const inBackground: Lens['inBackground'] = async (fn, arg) =>
    (await worker()).evaluate(
      `(async () => (${String(fn)})(globalThis, ${JSON.stringify(arg ?? null)}))()`,
    );
  const extensionPage = async (path: string) => {
    const page = await lens.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${lens.extensionId}/${path}`);
    await page.locator('main[aria-busy="false"]').waitFor();
    return view(page);
  };

  return {
    name: 'chromium',
    origin: lens.origin,
    openRestricted() {
      return this.open('chrome://version');
    },
    async open(pathOrUrl) {
      const page = await lens.open(pathOrUrl);
      watch(page);
      const tab = { ...view(page), id: lens.tabId(page) };
      pages.set(tab, page);
      return tab;
    },
    badge: (tab) => lens.badge(pageOf(tab)),
    async popup(tab, options = {}) {
      if (options.hold || options.before) {
        const popup = await lens.context.newPage();
        await popup.setViewportSize({ width: 380, height: 600 });
        await popup.addInitScript(options.hold ? HOLD_ANSWERS : (options.before as string));
        await popup.goto(`chrome-extension://${lens.extensionId}/popup.html?tab=${tab.id}`);
        const v = view(popup);
        if (options.hold) return v;
        await popup.locator('main[aria-busy="false"]').waitFor();
        await lazyParts(v);
        return v;
      }
      if (options.beside) {
        const opened = lens.context.waitForEvent('page');
        const url = `chrome-extension://${lens.extensionId}/popup.html?tab=${tab.id}`;
        await inExtension(
          (u) => browser.windows.create({ url: u, type: 'popup', width: 400 }),
          url,
        );
        const popup = await opened;
        await popup.locator('main[aria-busy="false"]').waitFor();
        const v = view(popup);
        await lazyParts(v);
        return v;
      }
      const v = view(await lens.popup(pageOf(tab), { colorScheme: options.colorScheme }));
      await lazyParts(v);
      return v;
    },
    library: () => extensionPage('library.html'),
    async annotate(tab) {
      const opened = lens.context.waitForEvent('page');
      const answer = await inBackground(
        (g, id) =>
          (
            g as unknown as {
              provenanceLens: {
                annotate(command: string, tab: { id: number }): Promise<Annotated>;
              };
            }
          ).provenanceLens.annotate('annotate-selection', { id }),
        tab.id,
      );
      const page = await opened;
      await page.waitForLoadState();
      await page.locator('main[aria-busy="false"]').waitFor();
      return { window: view(page), answer };
    },
    inExtension,
    inBackground,
  };
}
