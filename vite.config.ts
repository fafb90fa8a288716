import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * One Vite config, one pass per `mode`, run in turn by scripts/build.mjs:
 * - `popup`: the Preact popup (HTML entry) plus public/ (icons, _locales);
 * - `library`: the capture library page (Preact, HTML entry), opened from the popup;
 * - `annotate`: the window a reader types a comment on the selected words in (Preact, HTML);
 * - `content`, `analyzer`, `background`: one classic script each (IIFE), because a content
 *   script and a Firefox background script cannot be ES modules. content.js runs on every
 *   page (the badge's cheap pass); analyzer.js is injected by the popup for the full report;
 * - `cli`: the Node command-line tool, an ES module with a shebang.
 * The extension passes write into dist/chrome; the build copies it to dist/firefox, since only
 * manifest.json differs between the browsers. Extension code is minified (the source is the
 * repository; see docs/PERFORMANCE.md for the size budgets), the command-line tool is not.
 */
const root = import.meta.dirname;
const extOut = resolve(root, 'dist/chrome');

/** Chromium 120 and Firefox 140 both run ES2022 as is. */
const extTarget = ['chrome120', 'firefox140'];

function script(entry: string, name: string, extra: UserConfig = {}): UserConfig {
  return {
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ...extra,
    build: {
      ...extra.build,
      outDir: extOut,
      emptyOutDir: false,
      target: extTarget,
      minify: true,
      lib: { entry: resolve(root, entry), name, formats: ['iife'], fileName: () => `${name}.js` },
    },
  };
}

/**
 * linkedom gives every node, as it is created, an empty table of event listeners in a WeakMap.
 * The command line never listens to a parsed page, and those entries are most of the cost of
 * parsing a page and of Readability's clone (about half, and garbage collection besides): the
 * table is made on the first `addEventListener` instead. Behaviour is the same; the build fails
 * if linkedom's code no longer reads as expected.
 */
export function linkedomLazyListeners(): Plugin {
  const edits: Array<[string, string]> = [
    ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
    [
      '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
      '  addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);',
    ],
    [
      '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
      '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
    ],
  ];
  return {
    name: 'linkedom-lazy-listeners',
    transform(code, id) {
      if (!/[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/.test(id)) return null;
      let out = code.replace(/\r\n/g, '\n');
      for (const [from, to] of edits) {
        if (!out.includes(from))
          throw new Error(`${id}: unexpected code, update linkedomLazyListeners`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Readability's `isProbablyReaderable` as an ES module: the file is CommonJS only for its last
 * line, and importing it as CommonJS brings the bundler's interop helpers along.
 */
function readerableAsModule(): Plugin {
  const tail =
    /if \(typeof module === "object"\) \{[\s\S]*?module\.exports = isProbablyReaderable;\s*\}\s*$/;
  return {
    name: 'readerable-as-module',
    transform(code, id) {
      if (!id.endsWith('/@mozilla/readability/Readability-readerable.js')) return null;
      if (!tail.test(code))
        throw new Error(`${id}: its CommonJS export changed; update readerableAsModule`);
      return { code: code.replace(tail, 'export default isProbablyReaderable;\n'), map: null };
    },
  };
}

/**
 * Empties each detector's `examples` and `description` in a bundle: test cases and prose kept
 * beside the code for the unit tests and the docs, a fifth of the analyser's size and no use
 * in a browser.
 */
function withoutDetectorExamples(): Plugin {
  type Node = { type?: string; start: number; end: number; [k: string]: unknown };
  const EMPTY = '{ positive: [], negative: [] }';
  const keyName = (p: Node) => (p.key as { name?: string; value?: string } | undefined)?.name;
  return {
    name: 'without-detector-examples',
    transform(code, id) {
      if (!/[\\/]src[\\/]detectors[\\/][\w-]+\.ts$/.test(id)) return null;
      const cuts: Array<[number, number, string]> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const item of node) visit(item);
          return;
        }
        const n = node as Node;
        if (n.type === 'ObjectExpression') {
          const props = n.properties as Node[];
          if (props.some((p) => keyName(p) === 'detect')) {
            for (const p of props) {
              const value = p.value as Node;
              if (keyName(p) === 'examples') cuts.push([value.start, value.end, EMPTY]);
              if (keyName(p) === 'description') cuts.push([value.start, value.end, "''"]);
            }
          }
        }
        for (const v of Object.values(n)) if (v && typeof v === 'object') visit(v);
      };
      visit(this.parse(code));
      if (!cuts.length) return null;
      let out = code;
      for (const [a, b, by] of cuts.sort((x, y) => y[0] - x[0]))
        out = `${out.slice(0, a)}${by}${out.slice(b)}`;
      return { code: out, map: null };
    },
  };
}

/**
 * A page's lazily imported chunk is loaded by a plain `import()`. Vite wraps each one in a
 * helper that preloads the chunk's CSS and dependencies (half a KB of the popup's budget); the
 * popup's lazy chunk has no CSS and no shared dependency to preload, so the wrapper is empty.
 */
function withoutPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'without-preload-helper',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : null),
    // Without the helper a lazy chunk's own CSS would never load: refuse to build one.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const css = chunk.type === 'chunk' ? chunk.viteMetadata?.importedCss : undefined;
        if (chunk.type === 'chunk' && chunk.isDynamicEntry && css?.size)
          this.error(`${chunk.fileName} imports CSS; put its styles in the page's style sheet`);
      }
    },
  };
}

/**
 * An extension page besides the popup (`extension/<name>/<name>.html`). It writes beside the
 * popup (the popup pass empties the folder first), its chunks in a folder of its own so the
 * popup's size counts only the popup's files. The core does nothing on import, so what a page
 * does not use stays out: the library's list loads without the exporters and the zip writer
 * (their own chunk, on the first export), the annotate window without the capture validator.
 */
function extensionPage(name: string): UserConfig {
  return {
    root: resolve(root, 'extension', name),
    base: './',
    publicDir: false,
    plugins: [preact()],
    build: {
      outDir: extOut,
      emptyOutDir: false,
      assetsDir: `${name}-assets`,
      target: extTarget,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: resolve(root, 'extension', name, `${name}.html`),
        treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]/, sideEffects: false }] },
      },
    },
  };
}

const passes: Record<string, () => UserConfig> = {
  popup: () => ({
    root: resolve(root, 'extension/popup'),
    base: './',
    publicDir: resolve(root, 'public'),
    plugins: [preact(), withoutPreloadHelper()],
    build: {
      outDir: extOut,
      emptyOutDir: true,
      target: extTarget,
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: resolve(root, 'extension/popup/popup.html') },
    },
  }),
  // The capture library page, and the annotate window opened by "Annotate selection"
  // (background/annotate.ts), where the reader types a comment out of the page's reach.
  library: () => extensionPage('library'),
  annotate: () => extensionPage('annotate'),
  // The cheap pass only: Readability's parser and tldts's public-suffix list stay out of the
  // script every page gets (analyzer.js brings them); see extension/content/domains.ts.
  content: () =>
    script('extension/content/main.ts', 'content', {
      // scripts/bench.mjs builds it again with the probe in (see bench-probe.ts).
      define: { 'process.env.NODE_ENV': JSON.stringify('production'), __LENS_BENCH__: 'false' },
      plugins: [withoutDetectorExamples(), readerableAsModule()],
      // The core (src/) does nothing on import: a module whose exports go unused goes too,
      // with its patterns (the licence and terms detectors are not part of the cheap pass).
      // Readability's parser is imported by the benchmark's probe only (bench-probe.ts).
      build: {
        rolldownOptions: {
          treeshake: {
            moduleSideEffects: [
              { test: /[\\/]src[\\/]/, sideEffects: false },
              { test: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/, sideEffects: false },
            ],
          },
        },
      },
      resolve: {
        alias: [
          { find: /^tldts$/, replacement: resolve(root, 'extension/content/domains.ts') },
          {
            find: /^@mozilla\/readability$/,
            replacement: resolve(root, 'extension/content/readability-lite.ts'),
          },
        ],
      },
    }),
  analyzer: () =>
    script('extension/content/analyzer.ts', 'analyzer', { plugins: [withoutDetectorExamples()] }),
  background: () => script('extension/background/main.ts', 'background'),
  cli: () => ({
    publicDir: false,
    plugins: [linkedomLazyListeners()],
    build: {
      outDir: resolve(root, 'dist/cli'),
      emptyOutDir: true,
      target: 'node20',
      ssr: resolve(root, 'src/cli/main.ts'),
      minify: false,
      rolldownOptions: {
        external: [...builtinModules, /^node:/],
        output: {
          format: 'es',
          entryFileNames: 'provenance-lens.mjs',
          banner: '#!/usr/bin/env node',
        },
      },
    },
    // Bundle the dependencies too: the tool then runs from dist/ alone, and CommonJS packages
    // (Readability) need no interop at run time.
    ssr: { noExternal: true, target: 'node' },
  }),
};

export default defineConfig(({ mode }) => {
  const pass = passes[mode];
  if (!pass) throw new Error(`vite.config.ts: unknown mode "${mode}" (${Object.keys(passes)})`);
  return pass();
});
