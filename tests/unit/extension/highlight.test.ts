// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearHighlights,
  highlightPassages,
  highlightQuote,
} from '../../../extension/content/analyzer/highlight';
import { findQuote, indexText } from '../../../extension/content/analyzer/text-index';

const PAGE = `<main><article>
  <p>Intro with South Front mentioned.</p>
  <p>The   original source of this <a href="#">article</a>
     is <b>South Front</b></p>
  <script>var x = "The original source of this article is South Front";</script>
  <p>Copyright © <a href="#">South Front</a>, 2020</p>
</article></main>`;

function load(html = PAGE) {
  document.body.innerHTML = html;
  return document.body.innerHTML;
}

afterEach(() => {
  const w = window as unknown as Record<string, unknown>;
  delete w.Highlight;
  delete (window.CSS as unknown as Record<string, unknown>)?.highlights;
});

describe('text index', () => {
  it('finds a quote across elements and collapsed whitespace, not in scripts', () => {
    load();
    const index = indexText(document.body);
    const at = findQuote(index, 'The original source of this article is South Front', null);
    expect(at).not.toBeNull();
    expect(index.text.indexOf('var x')).toBe(-1);
  });

  it('prefers the occurrence nearest the position hint', () => {
    load('<p>South Front</p><p>filler text here</p><p>South Front</p>');
    const index = indexText(document.body);
    expect(findQuote(index, 'South Front', 0)).toBe(0);
    expect(findQuote(index, 'South Front', 40)).toBe(index.text.lastIndexOf('South Front'));
  });

  it('folds case and typographic quotes', () => {
    load('<p>It’s “Republished” — here</p>');
    expect(findQuote(indexText(document.body), `it's "republished" - here`, null)).toBe(0);
  });
});

describe('highlightQuote with wrapper elements (no Highlight API)', () => {
  it('wraps the quote and removes the wrappers cleanly', () => {
    const before = load();
    const textBefore = document.body.textContent;
    const found = highlightQuote(document, {
      text: 'The original source of this article is South Front',
      position: null,
    });
    expect(found).toBe(true);
    const marks = [...document.querySelectorAll('mark[data-provenance-lens]')];
    expect(marks.map((m) => m.textContent).join('')).toMatch(/^The\s+original source of this/);
    expect(document.body.textContent).toBe(textBefore);
    clearHighlights(document);
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('says so when the quote is not on the page', () => {
    load();
    expect(highlightQuote(document, { text: 'Reuters', position: null })).toBe(false);
  });
});

describe('highlightQuote with the CSS Custom Highlight API', () => {
  it('registers a highlight and leaves the DOM of the page alone', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    Object.assign(window, {
      Highlight: class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    const before = load();
    expect(
      highlightQuote(document, { text: 'Copyright © South Front, 2020', position: null }),
    ).toBe(true);
    expect(registry.get('provenance-lens')?.ranges[0]?.toString()).toBe(
      'Copyright © South Front, 2020',
    );
    expect(document.body.innerHTML).toBe(before);
    clearHighlights(document);
    expect(registry.size).toBe(0);
    expect(document.getElementById('provenance-lens-style')).toBeNull();
  });
});

describe('show differences', () => {
  it('highlights each paragraph of each passage, in order, and counts the passages found', () => {
    load(
      '<p>Global Research, January 22, 2020</p><p>Shared text.</p>' +
        '<p><strong>Note to readers:</strong> please share.</p><p>Support us.</p>',
    );
    const before = document.body.innerHTML;
    const found = highlightPassages(document, [
      'Global Research, January 22, 2020',
      'Note to readers: please share.\n\nSupport us.',
      'Not on this page at all',
    ]);
    expect(found).toBe(2);
    // Without the Highlight API (jsdom): <mark>s, one per text node painted.
    const marks = [...document.querySelectorAll('mark[data-provenance-lens]')].map(
      (m) => m.textContent,
    );
    expect(marks.join('|')).toBe(
      'Global Research, January 22, 2020|Note to readers:| please share.|Support us.',
    );
    clearHighlights(document);
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds nothing on an empty list', () => {
    load('<p>Text</p>');
    expect(highlightPassages(document, [])).toBe(0);
    expect(document.querySelector('mark')).toBeNull();
  });
});
