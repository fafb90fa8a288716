/** The analyser for the Node half of the benchmark (the same code the CLI bundles). */

export { parseHTML } from 'linkedom';
export { analyze } from '../../src/analyze';
