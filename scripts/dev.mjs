#!/usr/bin/env node
// `npm run dev`: every build pass in watch mode; after each rebuild the Firefox package and
// the test variants are rewritten from dist/chrome. Reload the unpacked extension to see a
// change (a content script or service worker cannot be hot-replaced in place).
import { PASSES, runPass, writePackages } from './build.mjs';

let pending;
/** Rewrites the copies once the passes have settled (a change often rebuilds several). */
function sync(pass) {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    await writePackages({ test: true });
    console.log(`[dev] ${new Date().toLocaleTimeString()} rebuilt (${pass})`);
  }, 150);
}

for (const pass of PASSES) {
  // The popup pass must not empty dist/chrome on each rebuild: the other passes write there.
  const watcher = await runPass(pass, { build: { watch: {}, emptyOutDir: pass === 'cli' } });
  watcher.on('event', (event) => {
    if (event.code === 'END') sync(pass);
    if (event.code === 'ERROR') console.error(`[dev] ${pass}: ${event.error?.message}`);
    event.result?.close?.();
  });
}
console.log('[dev] watching extension/, src/, public/ — Ctrl+C to stop');
