import { describe, expect, test } from 'vitest';
import { readSignals } from '../../src/analyze';
import { DETECTORS, type Finding } from '../../src/detectors';
import { INFERENCES } from '../../src/inferences';
import { DOMS, examplePage } from './helpers/dom';

const DEFAULT_URL = 'https://host.example/news/story.html';

function flat(f: Finding): Record<string, unknown> {
  return { name: f.party?.name, domain: f.party?.domain, date: f.party?.date };
}

for (const dom of ['linkedom', 'jsdom'] as const) {
  describe.each(INFERENCES.map((i) => [i.id, i] as const))(`%s (${dom})`, (id, inference) => {
    const inferred = (html: string, at: 'top' | 'end' | undefined, url = DEFAULT_URL) =>
      readSignals(DOMS[dom](examplePage(html, at), url), url, DETECTORS).findings.filter(
        (f) => f.by === id,
      );
    test.each(inference.examples.positive.map((e) => [e.html.slice(0, 70), e] as const))(
      'infers: %s',
      (_label, example) => {
        const found = inferred(example.html, example.at, example.url);
        expect(found.length).toBeGreaterThan(0);
        if (example.expect) expect(flat(found[0]!)).toMatchObject(example.expect);
      },
    );
    test.each(inference.examples.negative.map((e) => [e.html.slice(0, 70), e] as const))(
      'does not infer: %s',
      (_label, example) => {
        expect(inferred(example.html, example.at, example.url).map((f) => f.text)).toEqual([]);
      },
    );
  });
}
