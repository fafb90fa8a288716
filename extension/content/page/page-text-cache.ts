/**
 * The badge pass's reading of the page's text, kept for the full report while the page stays
 * as it was: the popup's report then walks the page once, not twice. A change to what the walk
 * reads after the reading began makes it stale, and the report reads the page again: nodes
 * added or removed, text changed, or one of the attributes the walk looks at. Changes it does
 * not read are let pass: the head (the report reads the metadata afresh), scripts and style
 * sheets coming and going, other attributes. The observer stops at the first change that counts.
 */
import { type PageText, WALKED_ATTRIBUTES } from '../../../src/extract/blocks';

export interface PageTextCache {
  /** A reading of the page starts now: a change from here on makes it stale. */
  begin(): void;
  /** The reading is complete: keep it, unless the page changed meanwhile. */
  keep(page: PageText): void;
  /** The kept reading, if the page has not changed since it began; else null. */
  take(): PageText | null;
}

/** Elements whose coming and going changes no text the walk reads. */
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE']);

const textless = (nodes: NodeList) =>
  Array.prototype.every.call(nodes, (n: Node) => NO_TEXT.has(n.nodeName.toUpperCase()));

function counts(record: MutationRecord, doc: Document): boolean {
  if (doc.head?.contains(record.target)) return false;
  return !(
    record.type === 'childList' &&
    textless(record.addedNodes) &&
    textless(record.removedNodes)
  );
}

export function pageTextCache(doc: Document): PageTextCache {
  let kept: PageText | null = null;
  let unchanged = false;
  const seen = (records: MutationRecord[]) => {
    if (records.some((r) => counts(r, doc))) stale();
  };
  const observer = new MutationObserver(seen);
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
        attributeFilter: WALKED_ATTRIBUTES,
      });
    },
    keep(page) {
      seen(observer.takeRecords());
      if (unchanged) kept = page;
    },
    take() {
      // Changes made in this very task have not been delivered yet.
      seen(observer.takeRecords());
      return kept;
    },
  };
}
