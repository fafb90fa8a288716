// Conventions of the repository itself: the core stays pure, browser APIs stay behind the
// façade, every UI string is in the catalogue and used, release manifests carry no test knobs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_HOSTS } from '../../../extension/shared/hosts';
import messages from '../../../public/_locales/en/messages.json';
import { manifestFor } from '../../../scripts/manifest.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}
const read = (f: string) => readFileSync(resolve(ROOT, f), 'utf8');
const base = JSON.parse(read('manifest.json'));

describe('src/ is the pure core', () => {
  it.each(files('src'))('%s uses no browser extension API and nothing from extension/', (f) => {
    const code = read(f);
    expect(code).not.toMatch(/from\s+['"]webextension-polyfill['"]/);
    expect(code).not.toMatch(/from\s+['"][./]*\/?extension\//);
    expect(code).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage|action|scripting)\b/);
  });
});

describe('extension/', () => {
  it('imports webextension-polyfill only in the façade', () => {
    const importers = files('extension').filter((f) =>
      /['"]webextension-polyfill['"]/.test(read(f)),
    );
    expect(importers).toEqual(['extension/shared/browser.ts']);
  });

  it('never renders page text as HTML', () => {
    for (const f of files('extension/popup')) {
      expect(read(f), f).not.toMatch(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/);
    }
  });

  it('uses every message of the catalogue', () => {
    // The status table names its message keys in the core (src/status/vocabulary.ts).
    const sources = [...files('extension'), 'src/status/vocabulary.ts', 'manifest.json'];
    const code = sources.map(read).join('\n');
    const unused = Object.keys(messages).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('manifests', () => {
  it.each(['chrome', 'firefox'] as const)('the %s release build has no test settings', (b) => {
    const m = manifestFor(base, b);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(AUTO_HOSTS);
    expect(m.permissions).toEqual(['activeTab', 'storage', 'scripting', 'contextMenus']);
    expect(m.content_security_policy.extension_pages).not.toMatch(/unsafe|http|\*/);
  });

  it('Firefox gets background scripts and its add-on settings', () => {
    const m = manifestFor(base, 'firefox');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('only the Firefox test build exposes the popup, and only to 127.0.0.1', () => {
    expect(manifestFor(base, 'chrome', { test: true }).web_accessible_resources).toBeUndefined();
    expect(manifestFor(base, 'firefox', { test: true }).web_accessible_resources).toEqual([
      { resources: ['popup.html'], matches: ['http://127.0.0.1/*'] },
    ]);
  });
});
