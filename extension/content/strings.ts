/**
 * UI strings for what analyzer.js shows in the page (the comment box), read straight from the
 * browser's own `i18n` like runtime.ts reads `runtime`, so the injected scripts do without
 * webextension-polyfill.
 */
import type { Browser } from '../shared/browser';
import type { Translate } from '../shared/i18n';

const scope = globalThis as { browser?: Browser; chrome?: Browser };

export const translate: Translate = (key, subs) =>
  (scope.browser ?? scope.chrome)?.i18n.getMessage(key, subs) || key;
