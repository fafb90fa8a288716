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
