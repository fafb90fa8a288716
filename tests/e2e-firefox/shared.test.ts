import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxLens } from '../e2e-shared/firefox';
import type { Expect } from '../e2e-shared/lens';
import { ALL } from '../e2e-shared/scenarios';

// The shared scenarios (tests/e2e-shared/scenarios/), run in Firefox, one browser for all;
// the same list runs in Chromium from tests/e2e/shared.spec.ts.
let lens: Awaited<ReturnType<typeof firefoxLens>>;
beforeAll(async () => {
  lens = await firefoxLens();
});
afterAll(() => lens?.close());

for (const { file, scenarios } of ALL) {
  describe(file, () => {
    for (const s of scenarios) {
      if (s.only && s.only !== 'firefox') continue;
      it(s.name, () => s.run({ lens, expect: expect as unknown as Expect }), s.timeout);
    }
  });
}
