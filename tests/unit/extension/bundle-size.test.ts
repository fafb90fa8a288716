import { describe, expect, it } from 'vitest';
import { pageFiles, staticImports } from '../../../scripts/bundle-size.mjs';

describe('what the popup loads as it opens', () => {
  it('names the page’s own scripts and style sheets, not remote ones', () => {
    const html =
      '<script type="module" crossorigin src="./assets/popup-a1.js"></script>' +
      '<link rel="stylesheet" href="./assets/popup-b2.css"><link rel="icon" href="https://x.test/i.png">';
    expect(pageFiles(html)).toEqual(['assets/popup-a1.js', 'assets/popup-b2.css']);
  });

  it('follows the chunks a script imports statically', () => {
    const code =
      'import{a as b}from"./days-1.js";import"./runtime-2.js";export{c}from"../shared-3.js";' +
      'const x=1;';
    expect(staticImports(code)).toEqual(['./days-1.js', './runtime-2.js', '../shared-3.js']);
  });

  it('leaves out chunks imported later, and strings that only look like imports', () => {
    const code =
      'const L=()=>import("./Later-4.js");' +
      'const s="import x from \\"./not-a-chunk.js\\"";' +
      'import{h}from"preact";';
    expect(staticImports(code)).toEqual([]);
  });
});
