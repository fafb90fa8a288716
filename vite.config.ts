import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { linkedomLazyListeners } from './scripts/vite-plugins/linkedom-lazy-listeners.ts';
import { readerableAsModule } from './scripts/vite-plugins/readerable-as-module.ts';
import { withoutDetectorExamples } from './scripts/vite-plugins/without-detector-examples.ts';
import { withoutPreloadHelper } from './scripts/vite-plugins/without-preload-helper.ts';

/**
 * One Vite config, one pass per `mode`, run in turn by scripts/build.mjs:
 * - `popup`: the Preact popup (HTML entry) plus public/ (icons, _locales);
 * - `library`: the capture library page (Preact, HTML entry), opened from the popup;
 * - `annotate`: the window a reader types a comment on the selected words in (Preact, HTML);
 * - `content`, `analyzer`, `background`: one classic script each (IIFE), because a content
 *   script and a Firefox background script cannot be ES modules. content.js runs on every
 *   page (the badge's quick pass); analyzer.js is injected by the popup for the full report;
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
  // The quick pass only: Readability's parser and tldts's public-suffix list stay out of the
  // script every page gets (analyzer.js brings them); see extension/content/page/registrable-domain.ts.
  content: () =>
    script('extension/content/page/main.ts', 'content', {
      // scripts/bench.mjs builds it again with the probe in (see bench-probe.ts).
      define: { 'process.env.NODE_ENV': JSON.stringify('production'), __LENS_BENCH__: 'false' },
      plugins: [withoutDetectorExamples(), readerableAsModule()],
      // The core (src/) does nothing on import: a module whose exports go unused goes too,
      // with its patterns (the licence and terms detectors are not part of the quick pass).
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
          {
            find: /^tldts$/,
            replacement: resolve(root, 'extension/content/page/registrable-domain.ts'),
          },
          {
            find: /^@mozilla\/readability$/,
            replacement: resolve(root, 'extension/content/page/readability-lite.ts'),
          },
        ],
      },
    }),
  analyzer: () =>
    script('extension/content/analyzer/main.ts', 'analyzer', {
      plugins: [withoutDetectorExamples()],
    }),
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
