/**
 * The browser adapter the shared e2e scenarios are written against: one interface, two
 * implementations (`chromium.ts` over the Playwright harness, `firefox.ts` over puppeteer-core
 * and WebDriver BiDi). A scenario sees pages as `View`s addressed by CSS selectors, asks the
 * extension's own APIs through `inExtension`, and asserts with the runner's `expect`, which the
 * runner passes in (Playwright's and Vitest's share the matchers used here).
 *
 *   scenario('an original article', async ({ lens, expect }) => {
 *     const tab = await lens.open('/pages/original.html');
 *     await eventually(async () => expect((await lens.badge(tab)).text).toBe('ORIG'));
 *     const popup = await lens.popup(tab);
 *     expect(await popup.text('.status')).toContain('Original');
 *   });
 */

export type BrowserName = 'chromium' | 'firefox';

export interface Badge {
  text: string;
  title: string;
}

/** A page of the browser: a served web page, or one of the extension's own pages. */
export interface View {
  /** The address shown, read inside the page. */
  url(): Promise<string>;
  /** Runs `fn` in the page (the main world; in an extension page, with its extension APIs). */
  evaluate<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page, outside its Content Security Policy. */
  inject(source: string): Promise<void>;
  /** A real mouse click on the first element matching `selector` (and `text`, when given:
   * its accessible label or its text, trimmed). Waits for the element first. */
  click(selector: string, text?: string | RegExp): Promise<void>;
  /** Sets a field's value as typing does (an input event). */
  fill(selector: string, value: string): Promise<void>;
  /** Types into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Presses a key ("Tab", "Enter", "Escape", "Control+Enter") on the focused element. */
  press(key: string): Promise<void>;
  /** Puts the focus on the first element matching `selector` (and `text`). */
  focus(selector: string, text?: string | RegExp): Promise<void>;
  /** Waits until an element matches `selector` (and `text`), or none does with `gone`. */
  waitFor(
    selector: string,
    options?: { text?: string | RegExp; gone?: boolean; timeout?: number },
  ): Promise<void>;
  /** The text of the first match, white space collapsed; null when nothing matches. */
  text(selector: string): Promise<string | null>;
  /** The texts of all matches, white space collapsed. */
  texts(selector: string): Promise<string[]>;
  count(selector: string): Promise<number>;
  attr(selector: string, name: string): Promise<string | null>;
  /** Puts a file into an `<input type=file>` and raises its change event. */
  upload(selector: string, file: { name: string; mimeType: string; text: string }): Promise<void>;
  /** Shows the light or the dark colour scheme. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Makes this tab the one in view. */
  front(): Promise<void>;
  close(): Promise<void>;
  /** Resolves when the page has closed (an annotate window closes itself). */
  closed(): Promise<void>;
  /** Dialogs (alert, confirm, prompt) opened in this page since it was opened; each dismissed. */
  dialogs(): string[];
}

export interface PopupOptions {
  colorScheme?: 'light' | 'dark';
  hold?: boolean;
  /** In a window of its own over the page, as it sits when opened from the toolbar: the page
   * stays the tab in view (a screenshot needs that). */
  beside?: boolean;
  /** Source run in the popup before its own scripts (a watch that must see its first steps);
   * in Firefox as soon as its document is there, since BiDi runs no preload script in a
   * moz-extension:// page. */
  before?: string;
}

/** Source run in the popup before its own scripts, for `hold`: messages to the tab never
 * answer. */
export const HOLD_ANSWERS = `for (const api of [globalThis.chrome, globalThis.browser]) {
  if (api && api.tabs) api.tabs.sendMessage = () => new Promise(() => {});
}`;

/** A tab showing a served page. */
export interface Tab extends View {
  /** The browser's tab id. */
  id: number;
}

/** What the background's "Annotate selection" answered (background/annotate.ts). */
export type Annotated =
  | { ok: true; value: { pending: string | null } }
  | { ok: false; error: string };

export interface Lens {
  name: BrowserName;
  /** http://127.0.0.1:<port>, where /fixtures/ and /pages/ are served. */
  origin: string;
  /** Opens a page of the browser's own that no extension may read (Chromium:
   * chrome://version; Firefox: an extension page, since BiDi and tabs.create both refuse
   * about: pages, and moz-extension: is one of the same browser schemes). */
  openRestricted(): Promise<Tab>;
  /** Opens a served path (or an address) in a new tab. */
  open(pathOrUrl: string): Promise<Tab>;
  badge(tab: Tab): Promise<Badge>;
  /** The popup for `tab` (a page `popup.html?tab=<id>`, 380 px wide), once it has finished
   * analysing and its lazily loaded parts (the check and "Save to library") are in. With `hold`
   * (Chromium only), the page's answer is held back (the popup stays in its first state) and
   * nothing is waited for. */
  popup(tab: Tab, options?: PopupOptions): Promise<View>;
  /** The capture library page, once it has read the store. */
  library(): Promise<View>;
  /** Runs what the context-menu item and the shortcut run (no driver can click or press them):
   * the tab keeps its selection pending and the annotate window opens; returns it loaded. */
  annotate(tab: Tab): Promise<{ window: View; answer: Annotated }>;
  /**
   * Runs `fn` in an extension context (Chromium: the service worker; Firefox: an extension
   * page). `browser` (the extension API, promise-returning) and the extension's `indexedDB`
   * are there.
   */
  inExtension<R, A = null>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` with the background's global scope (the service worker's, or the event page's
   * window) as its first argument. */
  inBackground<R, A = null>(
    fn: (background: typeof globalThis, arg: A) => R | Promise<R>,
    arg?: A,
  ): Promise<R>;
}

/** The matchers the scenarios use: Playwright's and Vitest's `expect` both have them. */
export interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatch(expected: RegExp | string): void;
  toContain(expected: unknown): void;
  toContainEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toHaveLength(expected: number): void;
  toBeGreaterThan(expected: number): void;
  toBeLessThanOrEqual(expected: number): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toBeUndefined(): void;
  not: Matchers;
}

export interface Expect {
  (actual: unknown, message?: string): Matchers;
  stringMatching(expected: RegExp | string): unknown;
  stringContaining(expected: string): unknown;
  any(type: unknown): unknown;
}

export interface Context {
  lens: Lens;
  expect: Expect;
}

export interface Scenario {
  name: string;
  run(context: Context): Promise<void>;
  /** Only in these browsers (the reason is said where the scenario is written). */
  only?: BrowserName;
  /** A longer time limit, in ms, for scenarios that start a second browser or page many times. */
  timeout?: number;
}

/** Collects scenarios in the order they are written. */
export function scenarios() {
  const list: Scenario[] = [];
  const add = (
    name: string,
    run: Scenario['run'],
    options: Omit<Scenario, 'name' | 'run'> = {},
  ): void => {
    list.push({ name, run, ...options });
  };
  return { list, scenario: add };
}

/** Retries `check` (which throws while it fails) until it passes, or throws its last error
 * after `ms`. */
export async function eventually<T>(check: () => Promise<T> | T, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits `ms`: only to give something that must NOT happen the time to happen. */
export const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

// -------------------------------------------------------------------------------------------
// Page-side helpers, run through `View.evaluate` (so they carry no closure).

/** Selects `text` in the page; it must lie inside one text node. Returns what is selected. */
export function selectText(view: View, text: string): Promise<string | null> {
  return view.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }
    return null;
  }, text);
}

export interface HighlightProbe {
  /** The highlighted text, or null when nothing is highlighted. */
  text: string | null;
  /** Whether the highlight's box lies inside the viewport. */
  inView: boolean;
}

/** What the extension highlighted in the page (CSS Custom Highlight API, or <mark> fallback). */
export function probeHighlight(view: View, layer = 'provenance-lens'): Promise<HighlightProbe> {
  return view.evaluate((name) => {
    const highlight = CSS.highlights?.get(name);
    const ranges = highlight ? ([...highlight] as Range[]) : [];
    const marks = [...document.querySelectorAll(`mark[data-provenance-lens="${name}"]`)];
    const fallback =
      name === 'provenance-lens'
        ? [...document.querySelectorAll('mark[data-provenance-lens]')]
        : [];
    const all = marks.length ? marks : fallback;
    const text = ranges.length
      ? ranges[0]?.toString()
      : all.length
        ? all.map((m) => m.textContent).join('')
        : null;
    const box = ranges[0]?.getBoundingClientRect() ?? all[0]?.getBoundingClientRect();
    const inView = !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    return { text: text?.replace(/\s+/g, ' ').trim() ?? null, inView };
  }, layer);
}

/** Every range of one highlight layer, as text. */
export function highlighted(view: View, layer: string): Promise<string[]> {
  return view.evaluate((name) => {
    const highlight = CSS.highlights?.get(name);
    if (highlight) return [...highlight].map((r) => (r as Range).toString().replace(/\s+/g, ' '));
    return [...document.querySelectorAll(`mark[data-provenance-lens="${name}"]`)].map(
      (m) => m.textContent ?? '',
    );
  }, layer);
}

/** A file the library handed to the browser as a download. */
export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/**
 * Catches what an extension page hands to the browser as downloads (`<a download>` clicks on
 * Blob addresses): the file's name and bytes, read from the Blob, instead of a file on disk.
 * The same in both browsers, so no download folder or prompt is involved.
 */
export async function catchDownloads(view: View): Promise<() => Promise<Downloaded[]>> {
  await view.evaluate(() => {
    type Caught = { name: string; bytes: Promise<number[]> };
    const g = globalThis as unknown as { __lensDownloads?: Caught[] };
    if (g.__lensDownloads) return;
    const caught: Caught[] = [];
    g.__lensDownloads = caught;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download || !this.href.startsWith('blob:')) return click.call(this);
      caught.push({
        name: this.download,
        bytes: fetch(this.href)
          .then((r) => r.arrayBuffer())
          .then((b) => [...new Uint8Array(b)]),
      });
    };
  });
  return async () => {
    const files = await view.evaluate(async () => {
      const g = globalThis as unknown as {
        __lensDownloads: { name: string; bytes: Promise<number[]> }[];
      };
      const out = await Promise.all(
        g.__lensDownloads.map(async (d) => ({ name: d.name, bytes: await d.bytes })),
      );
      g.__lensDownloads.length = 0;
      return out;
    });
    return files.map((f) => ({ name: f.name, bytes: Uint8Array.from(f.bytes) }));
  };
}

/**
 * Marks the first element matching `selector` (and `text`: its aria-label or its text,
 * trimmed, white space collapsed) with `data-lens-pick="<token>"`, so a driver can act on it
 * by a plain selector; returns that selector, or null when nothing matches yet. Both adapters
 * pick elements this way, so a selector means the same in both browsers.
 */
export function pickIn(
  evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>,
  selector: string,
  text?: string | RegExp,
): Promise<string | null> {
  const token = Math.random().toString(36).slice(2);
  const pattern =
    text === undefined
      ? null
      : typeof text === 'string'
        ? { exact: text }
        : { source: text.source, flags: text.flags };
  return evaluate(
    ({ selector, pattern, token }) => {
      const matches = (s: string | null) => {
        if (!pattern) return true;
        const t = (s ?? '').replace(/\s+/g, ' ').trim();
        return 'exact' in pattern
          ? t === pattern.exact
          : new RegExp(pattern.source, pattern.flags).test(t);
      };
      for (const el of document.querySelectorAll(selector)) {
        if (!matches(el.getAttribute('aria-label')) && !matches(el.textContent)) continue;
        for (const old of document.querySelectorAll('[data-lens-pick]'))
          old.removeAttribute('data-lens-pick');
        el.setAttribute('data-lens-pick', token);
        return `[data-lens-pick="${token}"]`;
      }
      return null;
    },
    { selector, pattern, token },
  );
}

/** `pickIn` retried until the element is there. */
export async function pick(
  evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>,
  selector: string,
  text?: string | RegExp,
  ms = 10_000,
): Promise<string> {
  return eventually(async () => {
    const found = await pickIn(evaluate, selector, text);
    if (!found) throw new Error(`no element ${selector}${text ? ` with "${text}"` : ''}`);
    return found;
  }, ms);
}

/**
 * The members of a View that only read the page through `evaluate`: the same code over either
 * driver.
 */
export function reads(
  evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>,
): Pick<View, 'waitFor' | 'text' | 'texts' | 'count' | 'attr'> {
  return {
    async waitFor(selector, options = {}) {
      await eventually(async () => {
        const found = await pickIn(evaluate, selector, options.text);
        if (!!found === !!options.gone) throw new Error(`waiting for ${selector}`);
      }, options.timeout ?? 10_000);
    },
    text: async (selector) => (await evaluate(textsOf, selector))[0] ?? null,
    texts: (selector) => evaluate(textsOf, selector),
    count: (selector) => evaluate((s: string) => document.querySelectorAll(s).length, selector),
    attr: (selector, name) =>
      evaluate(
        ({ selector, name }: { selector: string; name: string }) =>
          document.querySelector(selector)?.getAttribute(name) ?? null,
        { selector, name },
      ),
  };
}

/** Page-side: the texts of every match, white space collapsed. */
export function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Page-side: sets a field's value through its prototype's setter and raises input and change,
 * as typing does (frameworks listen to those). */
export function fillField({ selector, value }: { selector: string; value: string }): void {
  const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.focus();
  const proto = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Page-side: the page's colour-scheme media rules forced to one scheme, for browsers whose
 * driver cannot emulate `prefers-color-scheme` (Firefox over BiDi): each
 * `(prefers-color-scheme: X)` rule is turned on or off, and `color-scheme` set on the root.
 */
export function forceScheme(scheme: 'light' | 'dark'): void {
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const original =
          (rule as CSSMediaRule & { __lensMedia?: string }).__lensMedia ?? rule.media.mediaText;
        (rule as CSSMediaRule & { __lensMedia?: string }).__lensMedia = original;
        const m = /prefers-color-scheme:\s*(light|dark)/.exec(original);
        if (m) rule.media.mediaText = m[1] === scheme ? 'all' : 'not all';
        walk(rule.cssRules);
      } else if (rule instanceof CSSImportRule && rule.styleSheet) walk(rule.styleSheet.cssRules);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules);
  document.documentElement.style.colorScheme = scheme;
}

/** Waits for the popup's parts that load after the report (the check and "Save to library"). */
export async function lazyParts(popup: View): Promise<void> {
  if ((await popup.count('.chain')) === 0) return;
  await popup.waitFor('section.save button.button');
}
