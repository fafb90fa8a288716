/**
 * The one façade over the WebExtension APIs: the members the extension uses, and no more, each
 * with the parameters and results it relies on. `getBrowser` hands out webextension-polyfill's
 * object (Firefox's `browser`, or Chromium's `chrome` wrapped with promises), checked against
 * this list when the code is type-checked; every other module receives the object as a
 * parameter, which is the seam unit tests use to pass a fake (tests/unit/extension/
 * fake-browser.ts implements the whole list). Nothing else imports webextension-polyfill.
 *
 * Using an API the list does not name fails type-checking: add it here first.
 */
import polyfill from 'webextension-polyfill';
import type { MessageKey, Translate } from './i18n';

/** The parts of `runtime.MessageSender` that trust is decided from. */
export interface SenderInfo {
  id?: string;
  /** Set by the browser process (Chromium; Firefox leaves it out): a renderer cannot forge it. */
  origin?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** An event the extension listens to. */
export interface BrowserEvent<F> {
  addListener(listener: F): void;
}

/** What the extension reads of a tab. */
export interface TabInfo {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
}

/** A storage area (`storage.local`, `storage.session`), as far as it is used. */
export interface StorageArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** A content script registered for every page (automatic badges). */
export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_idle';
  allFrames: boolean;
  persistAcrossSessions: boolean;
}

export interface Browser {
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
    setTitle(details: { tabId: number; title: string }): Promise<void>;
    /** Not in every browser: set where it is. */
    setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  };
  commands: { onCommand: BrowserEvent<(command: string, tab?: TabInfo) => void> };
  contextMenus: {
    create(item: { id: string; title: string; contexts: ['selection'] }): unknown;
    removeAll(): Promise<void>;
    onClicked: BrowserEvent<(info: { menuItemId: string | number }, tab?: TabInfo) => void>;
  };
  /** Undefined where the browser does not say (taken as not private). */
  extension: { inIncognitoContext?: boolean };
  i18n: {
    getMessage(key: string, substitutions?: string[]): string;
    getUILanguage(): string;
  };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    onAdded: BrowserEvent<() => void>;
    onRemoved: BrowserEvent<() => void>;
  };
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    /** The listener answers with a promise, or undefined to leave the message alone. */
    onMessage: BrowserEvent<(message: unknown, sender: SenderInfo) => Promise<unknown> | undefined>;
    onInstalled: BrowserEvent<() => void>;
    onStartup: BrowserEvent<() => void>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number };
      files: string[];
      injectImmediately?: boolean;
    }): Promise<unknown[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
  };
  /** `session` is missing in browsers too old for it; `local` stands in. */
  storage: { local: StorageArea; session?: StorageArea };
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<TabInfo[]>;
    get(tabId: number): Promise<TabInfo>;
    create(properties: { url: string }): Promise<unknown>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    captureVisibleTab(windowId: number | undefined, options: { format: 'png' }): Promise<string>;
    onUpdated: BrowserEvent<(tabId: number, change: { status?: string }) => void>;
    onRemoved: BrowserEvent<(tabId: number) => void>;
  };
  windows: {
    create(properties: {
      type: 'popup';
      url: string;
      width: number;
      height: number;
      focused: boolean;
    }): Promise<unknown>;
  };
}

/** The extension API, as the list above names it. */
export function getBrowser(b: Browser = polyfill): Browser {
  return b;
}

/** A `Translate` that reads `_locales/<lang>/messages.json` through `i18n.getMessage`. */
export function translator(api: Pick<Browser, 'i18n'> = getBrowser()): Translate {
  return (key: MessageKey, subs?: string[]) => api.i18n.getMessage(key, subs) || key;
}
