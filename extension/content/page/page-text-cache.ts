/**
 * The badge pass's reading of the page's text, kept for the full report while the page stays
 * as it was: the popup's report then walks the page once, not twice. Any change to the page's
 * nodes, text or attributes after the reading began makes it stale, and the report reads the
 * page again. The observer stops at the first change, so a busy page costs one callback.
 */
import type { PageText } from '../../../src/extract/blocks';

export interface PageTextCache {
  /** A reading of the page starts now: a change from here on makes it stale. */
  begin(): void;
  /** The reading is complete: keep it, unless the page changed meanwhile. */
  keep(page: PageText): void;
  /** The kept reading, if the page has not changed since it began; else null. */
  take(): PageText | null;
}

export function pageTextCache(doc: Document): PageTextCache {
  let kept: PageText | null = null;
  let unchanged = false;
  const observer = new MutationObserver(() => stale());
  const stale = () => {
    unchanged = false;
    kept = null;
    observer.disconnect();
  };
  return {
    begin() {
      stale();
      unchanged = true;
      observer.observe(doc, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    },
    keep(page) {
      if (observer.takeRecords().length) stale();
      if (unchanged) kept = page;
    },
    take() {
      // Changes made in this very task have not been delivered yet.
      if (observer.takeRecords().length) stale();
      return kept;
    },
  };
}
