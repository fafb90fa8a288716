import type { Plugin } from 'vite';

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
