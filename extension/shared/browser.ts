/**
 * The one façade over the WebExtension APIs. Every other module receives the API object as a
 * parameter (`api = getBrowser()` at the entry points), which is the seam unit tests use to
 * pass a fake; nothing else imports webextension-polyfill.
 */
import polyfill, { type Browser } from 'webextension-polyfill';
import type { MessageKey, Translate } from './i18n';

export type { Browser };

/** The extension API: Firefox's `browser`, or Chromium's `chrome` wrapped with promises. */
export function getBrowser(b: Browser = polyfill): Browser {
  return b;
}

/** A `Translate` that reads `_locales/<lang>/messages.json` through `i18n.getMessage`. */
export function translator(api: Browser = getBrowser()): Translate {
  return (key: MessageKey, subs?: string[]) => api.i18n.getMessage(key, subs) || key;
}
