/**
 * What content.js gets for `@mozilla/readability` (a build alias, content pass only): the
 * quick pass uses Readability's small `isProbablyReaderable` test and never the parser itself,
 * which the full report brings with analyzer.js. Reaching the parser from content.js is a bug.
 */
export { default as isProbablyReaderable } from '@mozilla/readability/Readability-readerable.js';

export class Readability {
  constructor() {
    throw new Error('Readability is not part of content.js: the full report runs in analyzer.js');
  }

  parse(): null {
    return null;
  }
}
