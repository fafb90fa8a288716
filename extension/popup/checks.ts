/**
 * The checks made of the page in one tab, kept in `storage.session` (`storage.local` where it
 * is missing; cleared at startup with the tab states) so that they outlive the popup: a check
 * made before "Save to library" is saved with the capture, and every check adds a result with
 * its date, never replacing an earlier one. They belong to the address they were made at.
 */
import type { Verification } from '../../src/report';
import type { Browser } from '../shared/browser';

/** Under the tab states' prefix (background/tab-state.ts), so startup clears them too. */
const key = (tabId: number) => `tab:${tabId}:checks`;

/** The most checks kept for one page: the latest ones. */
export const CHECKS_MAX = 20;

interface Stored {
  url: string;
  checks: Verification[];
}

const area = (api: Browser) => api.storage.session ?? api.storage.local;

/** The checks made of the tab's page at `url`, oldest first. */
export async function loadChecks(
  api: Browser,
  tabId: number,
  url: string,
): Promise<Verification[]> {
  try {
    const found = (await area(api).get(key(tabId)))[key(tabId)] as Stored | undefined;
    return found?.url === url && Array.isArray(found.checks) ? found.checks : [];
  } catch {
    return [];
  }
}

/** Adds a check; returns every check of the page, oldest first. */
export async function addCheck(
  api: Browser,
  tabId: number,
  url: string,
  check: Verification,
): Promise<Verification[]> {
  const checks = [...(await loadChecks(api, tabId, url)), check].slice(-CHECKS_MAX);
  await area(api)
    .set({ [key(tabId)]: { url, checks } satisfies Stored })
    .catch(() => {});
  return checks;
}
