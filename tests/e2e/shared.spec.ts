import { chromiumLens } from '../e2e-shared/chromium';
import type { Expect, Lens } from '../e2e-shared/lens';
import { ALL } from '../e2e-shared/scenarios';
import type { Lens as PlaywrightLens } from './harness';
import { expect, test } from './harness';

// The shared scenarios (tests/e2e-shared/scenarios/), run in Chromium; the same list runs in
// Firefox from tests/e2e-firefox/shared.test.ts.
const adapters = new WeakMap<PlaywrightLens, Lens>();
const adapt = (lens: PlaywrightLens) => {
  let adapted = adapters.get(lens);
  if (!adapted) {
    adapted = chromiumLens(lens);
    adapters.set(lens, adapted);
  }
  return adapted;
};

for (const { file, scenarios } of ALL) {
  test.describe(file, () => {
    for (const s of scenarios) {
      if (s.only && s.only !== 'chromium') continue;
      test(s.name, async ({ lens }) => {
        if (s.timeout) test.setTimeout(s.timeout);
        await s.run({ lens: adapt(lens), expect: expect as unknown as Expect });
      });
    }
  });
}
