import { copyright } from './copyright';
import { creditLines } from './credit-lines';
import { datedSource } from './dated-source';
import { license } from './license';
import { metaSignals } from './meta-signals';
import { republishing } from './republishing';
import { sourceLabel } from './source-label';
import type { Detector } from './types';
import { wire } from './wire';

/**
 * The detectors the status and the chain rest on: those that name a source or a copyright
 * holder. The badge's quick pass runs these only (a unit test checks it gives the full
 * analysis's status on every fixture).
 */
export const SOURCE_DETECTORS: readonly Detector[] = [
  creditLines,
  sourceLabel,
  datedSource,
  wire,
  metaSignals,
  copyright,
];

/**
 * Every detector, each one file. A convention test checks each is here and has examples.
 * (Spelt out rather than spread from SOURCE_DETECTORS, so a bundle of the quick pass alone
 * drops the other two.)
 */
export const DETECTORS: readonly Detector[] = [
  creditLines,
  sourceLabel,
  datedSource,
  wire,
  metaSignals,
  copyright,
  license,
  republishing,
];

export type { Context, Detector, Finding, Party } from './types';
