import type { Plugin } from 'vite';

/**
 * A page's lazily imported chunk is loaded by a plain `import()`. Vite wraps each one in a
 * helper that preloads the chunk's CSS and dependencies (half a KB of the popup's budget); the
 * popup's lazy chunk has no CSS and no shared dependency to preload, so the wrapper is empty.
 */
export function withoutPreloadHelper(): Plugin {
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
