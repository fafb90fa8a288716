/** True in the content script of the benchmark's build only (scripts/bench.mjs), false otherwise. */
declare const __LENS_BENCH__: boolean;
