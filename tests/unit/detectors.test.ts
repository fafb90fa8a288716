import { describe, expect, test } from 'vitest';
import { makeContext } from '../../src/analyze';
import { DETECTORS, type Finding } from '../../src/detectors';
import { DOMS, examplePage } from './helpers/dom';

const DEFAULT_URL = 'https://host.example/news/story.html';

/** The fields an example's `expect` may name, read off a finding. */
function flat(f: Finding): Record<string, unknown> {
  return {
    name: f.party?.name,
    domain: f.party?.domain,
    date: f.party?.date,
    via: f.via?.name,
    holders: f.copyright?.holders,
    year: f.copyright?.year,
    license: f.license?.name,
    requires: f.terms?.requires,
  };
}

for (const dom of ['linkedom', 'jsdom'] as const) {
  describe.each(DETECTORS.map((d) => [d.id, d] as const))(`%s (${dom})`, (_id, detector) => {
    test.each(detector.examples.positive.map((e) => [e.html.slice(0, 70), e] as const))(
      'finds: %s',
      (_label, example) => {
        const url = example.url ?? DEFAULT_URL;
        const doc = DOMS[dom](examplePage(example.html, example.at), url);
        const found = detector.detect(makeContext(doc, url));
        expect(found.length).toBeGreaterThan(0);
        if (example.expect) expect(flat(found[0]!)).toMatchObject(example.expect);
      },
    );
    test.each(detector.examples.negative.map((e) => [e.html.slice(0, 70), e] as const))(
      'ignores: %s',
      (_label, example) => {
        const url = example.url ?? DEFAULT_URL;
        const doc = DOMS[dom](examplePage(example.html, example.at), url);
        const found = detector
          .detect(makeContext(doc, url))
          .filter((f) => !(f.kind === 'copyright' && f.copyright?.scope === 'site'));
        expect(found.map((f) => f.text)).toEqual([]);
      },
    );
  });
}

test('every detector has positive and negative examples', () => {
  for (const d of DETECTORS) {
    expect(d.examples.positive.length, d.id).toBeGreaterThan(0);
    expect(d.examples.negative.length, d.id).toBeGreaterThan(0);
  }
});
