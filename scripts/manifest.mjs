// The one manifest.json, rewritten per browser. Kept pure (data in, data out) so a unit test
// can check that a release variant never carries the test-only settings. The version (and the
// homepage, when package.json names one) come from package.json: one place for the release's number.
import { readFileSync } from 'node:fs';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The add-on id Firefox knows this extension by (also used by the Firefox e2e harness). */
export const GECKO_ID = 'provenance-lens@provenance-lens.invalid';

/**
 * The manifest for one browser.
 * @param {Record<string, any>} base the parsed manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @param {{ test?: boolean }} [options] `test`: a build for the e2e suites only. It grants the
 *   optional host access at install (no browser lets a test click a permission prompt), with
 *   `<all_urls>` added because a screenshot (`tabs.captureVisibleTab`) needs it or activeTab,
 *   which only a click on the toolbar button, the context menu or a shortcut grants; and, in
 *   Firefox, it lets 127.0.0.1 pages open popup.html, because WebDriver BiDi cannot navigate
 *   to moz-extension:// addresses directly.
 * @returns {Record<string, any>}
 */
export function manifestFor(base, browser, options = {}) {
  const m = structuredClone(base);
  m.version = PACKAGE.version;
  if (PACKAGE.homepage) m.homepage_url = PACKAGE.homepage;
  if (browser === 'firefox') {
    m.background = { scripts: ['background.js'] };
    delete m.minimum_chrome_version;
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  if (options.test) {
    m.name = `${m.short_name} (test build)`;
    m.host_permissions = [...(m.optional_host_permissions ?? []), '<all_urls>'];
    delete m.optional_host_permissions;
    if (browser === 'firefox') {
      m.web_accessible_resources = [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }];
    }
  }
  return m;
}
