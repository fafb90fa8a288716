import { creditByCopyright } from './credit-by-copyright';
import type { Inference } from './types';
import { wireCopyright } from './wire-copyright';

/**
 * Every inference, in the order they run (each sees what the ones before it added). A
 * convention test checks each file here is registered, has examples and is exercised by a
 * fixture.
 */
export const INFERENCES: readonly Inference[] = [wireCopyright, creditByCopyright];

export type { Inference } from './types';
