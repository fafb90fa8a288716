/**
 * Checks run inside a tested page (its main world) about what the extension did there.
 */
import type { Page } from '@playwright/test';

export interface HighlightProbe {
  /** The highlighted text, or null when nothing is highlighted. */
  text: string | null;
  /** Whether the highlight's box lies inside the viewport. */
  inView: boolean;
}

/** What the extension highlighted in `page` (CSS Custom Highlight API, or <mark> fallback). */
export function probeHighlight(page: Page): Promise<HighlightProbe> {
  return page.evaluate(() => {
    const highlight = CSS.highlights?.get('provenance-lens');
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    const marks = [...document.querySelectorAll('mark[data-provenance-lens]')];
    const text = range
      ? range.toString()
      : marks.length
        ? marks.map((m) => m.textContent).join('')
        : null;
    const box = range?.getBoundingClientRect() ?? marks[0]?.getBoundingClientRect();
    const inView = !!box && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    return { text: text?.replace(/\s+/g, ' ').trim() ?? null, inView };
  });
}
