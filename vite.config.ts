import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One Vite config, one pass per `mode`, run in turn by scripts/build.mjs:
 * - `popup`: the Preact popup (HTML entry) plus public/ (icons, _locales);
 * - `content`, `background`: one classic script each (IIFE), because a content script and a
 *   Firefox background script cannot be ES modules;
 * - `cli`: the Node command-line tool, an ES module with a shebang.
 * The extension passes write into dist/chrome; the build copies it to dist/firefox, since only
 * manifest.json differs between the browsers.
 */
const root = import.meta.dirname;
const extOut = resolve(root, 'dist/chrome');

/** Chromium 120 and Firefox 140 both run ES2022 as is. */
const extTarget = ['chrome120', 'firefox140'];

function script(entry: string, name: string): UserConfig {
  return {
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: extOut,
      emptyOutDir: false,
      target: extTarget,
      // Unminified: store reviewers read the shipped code.
      minify: false,
      lib: { entry: resolve(root, entry), name, formats: ['iife'], fileName: () => `${name}.js` },
    },
  };
}

const passes: Record<string, () => UserConfig> = {
  popup: () => ({
    root: resolve(root, 'extension/popup'),
    base: './',
    publicDir: resolve(root, 'public'),
    plugins: [preact()],
    build: {
      outDir: extOut,
      emptyOutDir: true,
      target: extTarget,
      minify: false,
      modulePreload: false,
      rolldownOptions: { input: resolve(root, 'extension/popup/popup.html') },
    },
  }),
  content: () => script('extension/content/main.ts', 'content'),
  background: () => script('extension/background/main.ts', 'background'),
  cli: () => ({
    publicDir: false,
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
