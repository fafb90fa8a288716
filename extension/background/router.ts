/**
 * The background's message router. Each sender is classified first (see `senderTrust`); a
 * content script can only report a badge state for its own tab, and only extension pages can read
 * a tab's state, save a capture or fetch an original to check a chain against. Anything else
 * is answered `{ ok: false }`.
 */

import type { Browser } from '../shared/browser';
import { dispatch, type SenderInfo, senderTrust, type Tier } from '../shared/dispatch';
import type { Translate } from '../shared/i18n';
import {
  type ContentToBackground,
  contentToBackground,
  err,
  type PageToBackground,
  pageToBackground,
  type Result,
} from '../shared/protocol';
import { type Library, openLibrary } from '../storage/store';
import { applyBadge, badgeFor } from './badge';
import { fetchOriginal } from './fetch-original';
import { fetchStyleSheet } from './fetch-stylesheet';
import { saveToLibrary, updateInLibrary } from './save';
import type { TabStore } from './tab-state';

interface ContentCtx {
  tabId: number;
  url: string;
}

/**
 * Builds the `runtime.onMessage` handler; `library` opens the capture library and `get` is the
 * fetch "Check against the original" uses (tests fake both).
 */
export function createRouter(
  api: Browser,
  store: TabStore,
  t: Translate,
  library: () => Promise<Library> = openLibrary,
  get: typeof fetch = (input, init) => fetch(input, init),
) {
  const self = { id: api.runtime.id, origin: api.runtime.getURL('') };

  const contentTier: Tier<ContentToBackground, ContentCtx> = {
    guards: contentToBackground,
    handlers: {
      async badgeState(hint, { tabId, url }) {
        await store.set(tabId, { ...hint, url, updatedAt: Date.now() });
        await applyBadge(api, tabId, badgeFor(hint, t));
        return null;
      },
      styleSheet: ({ url: sheet }, { url }) => fetchStyleSheet(api, sheet, url, get),
    },
  };

  const pageTier: Tier<PageToBackground, null> = {
    guards: pageToBackground,
    handlers: {
      getTabState: ({ tabId }) => store.get(tabId),
      // The guard has already checked the capture whole (validateCapture).
      saveCapture: ({ capture }) => saveToLibrary(library, capture),
      // The guard has checked the id, the note and each tag (isCaptureUpdate).
      updateCapture: (change) => updateInLibrary(library, change),
      fetchOriginal: ({ url, pageUrl }) => fetchOriginal(url, pageUrl, get),
    },
  };

  return (msg: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    switch (senderTrust(sender, self)) {
      case 'content-script': {
        const tabId = sender.tab?.id;
        if (tabId === undefined || !sender.url) return Promise.resolve(err('no-tab'));
        return dispatch(contentTier, msg, { tabId, url: sender.url });
      }
      case 'extension-page':
        return dispatch(pageTier, msg, null);
      default:
        return Promise.resolve(err('untrusted'));
    }
  };
}
