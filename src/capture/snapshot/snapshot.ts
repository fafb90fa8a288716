/**
 * The whole page as one HTML file, as the reader sees it: styles inlined where the page lets
 * them be read, images embedded up to a size cap, form fields as typed; scripts, frames,
 * plugins and event handlers out. Everything that could not be kept is listed in plain words.
 *
 * It reads the live Document and writes only to a copy in an inert document (one without a
 * browsing context, so nothing in the copy loads or runs). Fetching images is the caller's:
 * the content script passes `fetch`, tests pass a fake. The result still goes through
 * `sanitizeHtml` (makeCapture does that) before it is stored.
 */
import type { Snapshot } from '../model/model';
import { cleanAttributes, removeActiveContent, removeOwn, setBase } from './active-content';
import { keepFormValues } from './form-fields';
import { collectImages, embedImages } from './images';
import { Omissions } from './omissions';
import type { SnapshotOptions } from './options';
import { inlineStyleSheets } from './styles';

export { size } from './omissions';
export type { FetchedImage, FetchImage, FetchStyleSheet, SnapshotOptions } from './options';
export { MB } from './options';

/** Takes a snapshot of `doc`; `doc` itself is only read. */
export async function snapshotPage(
  doc: Document,
  options: SnapshotOptions = {},
): Promise<Snapshot> {
  const omitted = new Omissions();
  const root = doc.documentElement;
  if (!root) return { html: '', omitted: ['the page has no content'] };
  const inert = doc.implementation.createHTMLDocument('');
  const copy = inert.importNode(root, true) as Element;
  const twin = twins(root, copy);
  const base = doc.baseURI;

  await inlineStyleSheets(doc, inert, twin, omitted, options);
  keepFormValues(twin, omitted);
  const images = collectImages(twin, copy);
  if (options.ownMarker) removeOwn(copy, options.ownMarker);
  removeActiveContent(twin, copy, base, omitted);
  cleanAttributes(copy, base, omitted);
  setBase(inert, copy, base);
  await embedImages(images, options, omitted);
  return { html: `<!DOCTYPE html>\n${copy.outerHTML}`, omitted: omitted.list() };
}

/** Each live element and its copy: the same tree walked in the same order. */
function twins(root: Element, copy: Element): Map<Element, Element> {
  const live = [root, ...Array.from(root.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  return new Map(live.map((el, i) => [el, copies[i] as Element]));
}
