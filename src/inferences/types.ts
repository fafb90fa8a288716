import type { HostIdentity } from '../chain/build';
import type { Example, Finding } from '../detectors/types';

/**
 * What the findings imply together, beyond any one detector: run after the detectors and after
 * the host's identity is known, each in turn, each seeing what the ones before it added.
 */
export interface Inference {
  id: string;
  /** What it infers, in a sentence. */
  description: string;
  infer(findings: readonly Finding[], host: HostIdentity): Finding[];
  /** Page snippets, as the detectors' examples: a positive one must make the inference, a negative one must not. */
  examples: { positive: Example[]; negative: Example[] };
}
