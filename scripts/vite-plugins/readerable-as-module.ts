import type { Plugin } from 'vite';

/**
 * Readability's `isProbablyReaderable` as an ES module: the file is CommonJS only for its last
 * line, and importing it as CommonJS brings the bundler's interop helpers along.
 */
export function readerableAsModule(): Plugin {
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
