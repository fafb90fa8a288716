/**
 * The shared scenarios' adapter for Firefox, over the puppeteer-core harness
 * (tests/e2e-firefox/harness.ts): an extension page kept open (the probe) is the extension
 * context, and the background event page is reached from it with `runtime.getBackgroundPage`.
 */
import type { Page } from 'puppeteer-core';
import { type FirefoxLens, type LaunchOptions, launchFirefox } from '../e2e-firefox/harness';
import {
  type Annotated,
  eventually,
  fillField,
  forceScheme,
  type Lens,
  lazyParts,
  pick,
  reads,
  settle,
  type View,
} from './lens';

declare const browser: import('webextension-polyfill').Browser;

const dialogLogs = new WeakMap<Page, string[]>();

function watch(page: Page): void {
  if (dialogLogs.has(page)) return;
  const log: string[] = [];
  dialogLogs.set(page, log);
  page.on('dialog', (d) => {
    log.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
}

function view(page: Page): View {
  watch(page);
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
    page.evaluate(fn as (a: unknown) => R | Promise<R>, (arg ?? null) as unknown) as Promise<R>;
  const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
  let scheme: 'light' | 'dark' = 'light';
  return {
    url: () => evaluate(() => location.href),
    evaluate,
    inject: async (source) => {
      await page.evaluate(source);
    },
    async click(selector, text) {
      await page.click(await pick(evaluate, selector, text));
    },
    async fill(selector, value) {
      await evaluate(fillField, { selector: await pick(evaluate, selector), value });
    },
    type: (text) => page.keyboard.type(text),
    async press(key) {
      // Down, then up if the page is still there: a window may close on the key press.
      const keys = key.split('+') as Parameters<Page['keyboard']['down']>[0][];
      for (const k of keys) await page.keyboard.down(k);
      // A key going up in a window that closed on its press is never answered over BiDi.
      for (const k of keys.reverse()) {
        await Promise.race([page.keyboard.up(k).catch(() => {}), settle(1000)]);
      }
    },
    async focus(selector, text) {
      await page.focus(await pick(evaluate, selector, text));
    },
    ...reads(evaluate),
    async upload(selector, file) {
      // The file is made in the page and put into the input, as a drop would.
      await evaluate(
        ({ selector, file }) => {
          const input = document.querySelector<HTMLInputElement>(selector);
          if (!input) throw new Error(`no input ${selector}`);
          const transfer = new DataTransfer();
          transfer.items.add(new File([file.text], file.name, { type: file.mimeType }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        },
        { selector, file },
      );
    },
    // BiDi in Firefox cannot emulate prefers-color-scheme (puppeteer needs CDP for it): the
    // page's own colour-scheme rules are switched instead.
    async colorScheme(next) {
      scheme = next;
      await evaluate(forceScheme, scheme);
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
    // The driver does not always tell of a window the page closed itself: asked as well.
    closed: () =>
      Promise.race([
        closed,
        eventually(async () => {
          const gone = page.isClosed() || !(await page.evaluate(() => true).catch(() => false));
          if (!gone) throw new Error('still open');
        }),
      ]),
    dialogs: () => dialogLogs.get(page) ?? [],
  };
}

/** Launches Firefox with the test build and returns the adapter (and the harness under it). */
export async function firefoxLens(
  options: LaunchOptions = {},
): Promise<Lens & { harness: FirefoxLens; close(): Promise<void> }> {
  const ff = await launchFirefox(options);
  ff.browser.on('targetcreated', (t) => {
    void t.page().then(
      (p) => p && watch(p),
      () => {},
    );
  });
  for (const p of await ff.browser.pages()) watch(p);
  const inExtension: Lens['inExtension'] = (fn, arg) =>
    ff.probe.evaluate(fn as (a: unknown) => never, (arg ?? null) as unknown);
  const inBackground: Lens['inBackground'] = (fn, arg) =>
    ff.probe.evaluate(
      `(async () => (${String(fn)})(await browser.runtime.getBackgroundPage(), ${JSON.stringify(arg ?? null)}))()`,
    ) as Promise<never>;

  const extensionPage = async (path: string) => {
    const page = await ff.extensionPage(path);
    await page.setViewport({ width: 1280, height: 900 });
    const v = view(page);
    await v.waitFor('main[aria-busy="false"]');
    return v;
  };

  return {
    name: 'firefox',
    harness: ff,
    origin: ff.origin,
    async openRestricted() {
      const page = await ff.extensionPage('library.html');
      const url = `${ff.extensionOrigin}library.html`;
      const [found] = await ff.probe.evaluate((u) => browser.tabs.query({ url: u }), url);
      if (found?.id === undefined) throw new Error('no tab shows the library');
      return { ...view(page), id: found.id };
    },
    async open(pathOrUrl) {
      const id = await ff.open(pathOrUrl);
      return { ...view(ff.page(id)), id };
    },
    badge: (tab) => ff.badge(tab.id),
    async popup(tab, options = {}) {
      // Holding the answer needs a script in the popup before its own, which BiDi cannot run
      // in a moz-extension:// page: scenarios that hold are Chromium's only.
      if (options.hold) throw new Error('popup({ hold }) cannot be done in Firefox');
      if (options.beside) {
        const url = `${ff.extensionOrigin}popup.html?tab=${tab.id}`;
        const page = await ff.pageOpenedBy(() =>
          ff.probe.evaluate(
            (u) => browser.windows.create({ url: u, type: 'popup', width: 400, height: 600 }),
            url,
          ),
        );
        const v = view(page);
        await eventually(async () => {
          if ((await v.url()) !== url) throw new Error('not loaded');
        });
        await v.waitFor('main[aria-busy="false"]');
        await lazyParts(v);
        return v;
      }
      const v = view(await ff.popup(tab.id, { before: options.before }));
      await lazyParts(v);
      if (options.colorScheme === 'dark') await v.colorScheme('dark');
      return v;
    },
    library: () => extensionPage('library.html'),
    async annotate(tab) {
      let answer: Annotated | undefined;
      const page = await ff.pageOpenedBy(async () => {
        answer = await inBackground(
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
      });
      const v = view(page);
      await eventually(async () => {
        if (!(await v.url()).includes('/annotate.html')) throw new Error('not loaded');
      });
      await v.waitFor('main[aria-busy="false"]');
      return { window: v, answer: answer as Annotated };
    },
    inExtension,
    inBackground,
    close: () => ff.close(),
  };
}
