/**
 * Captures and their exports: plain data in, strings or bytes out. Runs in Node and in
 * extension pages alike (Web platform APIs only, no browser extension APIs).
 */

export { bibtexEntry, toBibtex } from './bibtex';
export { type CslName, parseByline } from './byline';
export { type CslItem, type CslType, toCslItem, toCslJson } from './csl';
export { CAPTURES_FORMAT, type CapturesFile, fromJson, toJson } from './json';
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
} from './model';
export { describeChain } from './provenance-text';
export { risRecord, toRis } from './ris';
export { safeHttpUrl } from './safe-url';
export { type ParseHtml, type SanitizeResult, sanitizeHtml } from './sanitize';
export { STANDALONE_CSP, type StandaloneOptions, toStandaloneHtml } from './standalone-html';
export { validateCapture } from './validate';
export { toWacz, WACZ_VERSION, type WaczOptions } from './wacz';
export { ANNO_CONTEXT, toWebAnnotation, type WebAnnotationOptions } from './web-annotation';
