/**
 * Captures and their exports: plain data in, strings or bytes out. Runs in Node and in
 * extension pages alike (Web platform APIs only, no browser extension APIs).
 */

export { toWacz, WACZ_VERSION, type WaczOptions } from './archive/wacz';
export { bibtexEntry, toBibtex } from './citation/bibtex';
export { type CslName, parseByline } from './citation/byline';
export { type CslItem, type CslType, toCslItem, toCslJson } from './citation/csl';
export { CAPTURES_FORMAT, type CapturesFile, fromJson, toJson } from './citation/json';
export { describeChain } from './citation/provenance-text';
export { risRecord, toRis } from './citation/ris';
export {
  STANDALONE_CSP,
  type StandaloneOptions,
  toStandaloneHtml,
} from './citation/standalone-html';
export {
  ANNO_CONTEXT,
  toWebAnnotation,
  type WebAnnotationOptions,
} from './citation/web-annotation';
export {
  type Annotation,
  CAPTURE_FORMAT_VERSION,
  type Capture,
  type CaptureInput,
  type CaptureOptions,
  type Motivation,
  makeCapture,
  normaliseTags,
  type Result,
  type Screenshot,
  type Selectors,
  type Snapshot,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './model/model';
export { validateCapture } from './model/validate';
export { safeHttpUrl } from './safety/safe-url';
export { type ParseHtml, type SanitizeResult, sanitizeHtml } from './safety/sanitize';
