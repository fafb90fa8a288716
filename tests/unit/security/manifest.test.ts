/**
 * What the release packages may ask of the browser and what they may run. Checked on the
 * manifests scripts/manifest.mjs writes for both browsers, on the built manifests in dist/ when
 * a build is there, and on the built bundles themselves (no code from anywhere but the package).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/manifest.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));

/**
 * Every API permission a release may hold, and why. Anything else fails until it is added
 * here with its reason (and to the README's permission table).
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  // Reads the page the reader is on, and only when they click the toolbar button (or the
  // context menu): the whole extension works without host access.
  activeTab: 'read the current page on click',
  // storage.session keeps each tab's badge state across service-worker restarts.
  storage: 'per-tab badge state (storage.session)',
  // Injects the analyser on click, and registers the content script once the user has granted
  // the optional host access; without it nothing can be put into a page.
  scripting: 'inject the analyser; register the content script after opt-in',
  // "Annotate selection" in the page's context menu (Chromium's name for the API).
  contextMenus: 'the "Annotate selection" menu item (Chromium)',
  // The same menu item under Firefox's name for the API.
  menus: 'the "Annotate selection" menu item (Firefox)',
};

/** Match patterns that would put a content script on, or grant access to, every site. */
const EVERY_SITE = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*\/.*|file:\/\/\/\*)$/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
};

function built(dir: string): Manifest | null {
  const file = resolve(ROOT, 'dist', dir, 'manifest.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const RELEASES: Array<[string, () => Manifest | null]> = [
  ['chrome (manifestFor)', () => manifestFor(base, 'chrome')],
  ['firefox (manifestFor)', () => manifestFor(base, 'firefox')],
  ['dist/chrome/manifest.json', () => built('chrome')],
  ['dist/firefox/manifest.json', () => built('firefox')],
];
const TESTS: Array<[string, () => Manifest | null]> = [
  ['chrome test build (manifestFor)', () => manifestFor(base, 'chrome', { test: true })],
  ['firefox test build (manifestFor)', () => manifestFor(base, 'firefox', { test: true })],
];

/** The directives of a policy: name → its source list. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

describe.each(RELEASES)('release manifest: %s', (_name, load) => {
  const m = load();
  const maybe = m ? it : it.skip;

  maybe('sets a policy for extension pages: scripts from the package only, no plugins', () => {
    const policy = m!.content_security_policy?.extension_pages;
    expect(typeof policy).toBe('string');
    const d = directives(policy!);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    // Nothing unsafe, no remote host, no scheme, no wildcard, anywhere in the policy.
    for (const [name, sources] of d) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/unsafe|^\*|https?:|wss?:|data:|blob:/i);
        expect(source, `${name} ${source}`).toMatch(/^'[a-z-]+'$/);
      }
    }
    // A sandbox policy, if one is ever added, must not open scripts up either.
    const sandbox = m!.content_security_policy?.sandbox;
    if (sandbox) expect(sandbox).not.toMatch(/unsafe-eval|https?:/);
  });

  maybe('registers no content script in the manifest (only after host access is granted)', () => {
    const scripts = m!.content_scripts ?? [];
    for (const cs of scripts) {
      for (const pattern of cs.matches ?? []) expect(pattern).not.toMatch(EVERY_SITE);
    }
    expect(scripts).toEqual([]);
  });

  maybe('asks for host access only as optional', () => {
    expect(m!.host_permissions).toBeUndefined();
    const optionalHosts = [
      ...(m!.optional_host_permissions ?? []),
      ...(m!.optional_permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>'),
    ];
    for (const host of optionalHosts) expect(host).toMatch(/^https?:\/\/\*\/\*$/);
    // Hosts never sneak into the required permissions (Manifest V2 style).
    for (const p of m!.permissions ?? []) expect(p).not.toMatch(/:\/\/|<all_urls>/);
  });

  maybe('exposes no resource to web pages and accepts no outside messages', () => {
    expect(m!.web_accessible_resources).toBeUndefined();
    expect(m!.externally_connectable).toBeUndefined();
  });

  maybe('holds only permissions from the justified allow-list', () => {
    const asked = [...(m!.permissions ?? []), ...(m!.optional_permissions ?? [])].filter(
      (p) => !p.includes('://') && p !== '<all_urls>',
    );
    const unjustified = asked.filter((p) => !Object.hasOwn(ALLOWED_PERMISSIONS, p));
    expect(unjustified).toEqual([]);
    expect(asked).toEqual(expect.arrayContaining(['activeTab', 'storage', 'scripting']));
  });

  maybe('loads no background code from outside the package', () => {
    const bg = m!.background as { service_worker?: string; scripts?: string[] } | undefined;
    for (const file of [bg?.service_worker, ...(bg?.scripts ?? [])].filter(Boolean)) {
      expect(file).not.toMatch(/^[a-z]+:/i);
    }
  });
});

describe.each(TESTS)('%s', (_name, load) => {
  it('still accepts no outside messages and keeps the same policy', () => {
    const m = load()!;
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toEqual(base.content_security_policy);
  });
});

/** Files of a built package, relative to it. */
function packageFiles(dir: string): string[] {
  const root = resolve(ROOT, 'dist', dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Ways a script runs code it did not ship with. */
const REMOTE_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function( with source text', /(?<![\w$])Function\s*\(\s*['"`]/],
  ['importScripts( with an address', /\bimportScripts\s*\([^)]*(?:https?:|\/\/)/],
  ['import( of an address', /\bimport\s*\(\s*['"`](?:https?:)?\/\//],
  ['a timer given a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];

it('the remote-code scan finds each thing it looks for', () => {
  const samples = [
    'window.eval(x)',
    'const f = new Function("a", "return a")',
    'Function("return this")()',
    "importScripts('https://cdn.example/x.js')",
    'import("//cdn.example/m.js")',
    'setTimeout("alert(1)", 0)',
  ];
  for (const [i, [what, pattern]] of REMOTE_CODE.entries()) {
    expect(pattern.test(samples[i]!), what).toBe(true);
  }
  expect(
    REMOTE_CODE.some(([, p]) => p.test('evaluate(x); medieval(y); importScripts("w.js")')),
  ).toBe(false);
});

describe.each(['chrome', 'firefox'])('built bundles in dist/%s', (dir) => {
  const files = packageFiles(dir);
  const maybe = files.length ? it : it.skip;
  const read = (f: string) => readFileSync(resolve(ROOT, 'dist', dir, f), 'utf8');

  maybe('have scripts and pages to check', () => {
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('popup.html');
  });

  maybe('run no code that is not in the package', () => {
    const found: string[] = [];
    for (const f of files.filter((f) => /\.(m?js)$/.test(f))) {
      const code = read(f);
      for (const [what, pattern] of REMOTE_CODE)
        if (pattern.test(code)) found.push(`${f}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  maybe('pages load scripts and styles from the package only, and inline no script', () => {
    const found: string[] = [];
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const html = read(f);
      for (const tag of html.match(/<(script|link|iframe|img|embed|object)\b[^>]*>/gi) ?? []) {
        if (/\b(src|href)\s*=\s*["']?\s*(https?:|\/\/|data:|javascript:)/i.test(tag)) {
          found.push(`${f}: ${tag}`);
        }
      }
      for (const inline of html.match(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        if (!/type\s*=\s*["']?application\/(ld\+)?json/i.test(inline))
          found.push(`${f}: ${inline}`);
      }
      if (/\son[a-z]+\s*=/i.test(html)) found.push(`${f}: inline event handler`);
    }
    expect(found).toEqual([]);
  });
});
