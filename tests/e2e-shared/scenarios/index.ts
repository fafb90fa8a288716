/**
 * Every shared scenario, in the order both runners run them (tests/e2e/shared.spec.ts in
 * Chromium, tests/e2e-firefox/shared.test.ts in Firefox). A new file of scenarios is added here.
 */
import type { Scenario } from '../lens';
import a11y from './a11y';
import faults from './faults';
import hostileSet from './hostile-set';
import library from './library';
import popup from './popup';
import verify from './verify';

export const ALL: { file: string; scenarios: Scenario[] }[] = [
  { file: 'popup', scenarios: popup },
  { file: 'a11y', scenarios: a11y },
  { file: 'library', scenarios: library },
  { file: 'verify', scenarios: verify },
  { file: 'faults', scenarios: faults },
  { file: 'hostile-set', scenarios: hostileSet },
];
