/** The pure core: a Document (or HTML and its address) in, a provenance report out. */
export { type AnalyzeOptions, analyze, analyzeHtml } from './analyze';
export { type QuickPassResult, quickPass } from './quick-pass';
export * from './report';
