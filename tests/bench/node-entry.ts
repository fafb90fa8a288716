/**
 * The command-line tool's code for the Node half of the benchmark, built with the tool's own
 * build settings (the `cli` pass of vite.config.ts) by scripts/bench.mjs.
 */
export { parseHTML } from 'linkedom';
export { analyze } from '../../src/analyze';
export { main } from '../../src/cli/run';
export { readBlocks } from '../../src/extract/blocks';
// "Check against the original"'s comparison, and the generated pair it is timed on.
export { compare } from '../../src/verify/compare';
export { edited, generated } from '../unit/verify/pairs';

// The capture library over fake-indexeddb (its `auto` entry puts the IDB* classes on the
// global object, as a browser has them: idb tests values against them), and what the library
// search bench saves in it. Nothing else in the benchmark reads those globals.
import 'fake-indexeddb/auto';

export { IDBFactory } from 'fake-indexeddb';
export { filterSummaries, queryWords } from '../../extension/library/search';
export { openLibrary } from '../../extension/storage/store';
export { makeCapture } from '../../src/capture/model/model';
export { sampleReport } from '../unit/capture/sample';
