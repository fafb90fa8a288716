import { copyright } from './copyright';
import { creditLines } from './credit-lines';
import { datedSource } from './dated-source';
import { license } from './license';
import { metaSignals } from './meta-signals';
import { republishing } from './republishing';
import { sourceLabel } from './source-label';
import type { Detector } from './types';
import { wire } from './wire';

/** Every detector, each one file. A convention test checks each is here and has examples. */
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
