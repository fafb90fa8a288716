import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, toWebAnnotation } from '../../../src/capture';
import { captureIri } from '../../../src/capture/citation/web-annotation';
import { counterIds, originalCapture, PAGE_TEXT, PAGE_URL, sampleCapture } from './sample';

// biome-ignore lint/suspicious/noExplicitAny: the parsed JSON-LD is walked freely in assertions.
type Json = Record<string, any>;

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const capture = sampleCapture();
const doc: Json = JSON.parse(
  toWebAnnotation([capture, originalCapture()], {
    now: new Date('2024-06-01T00:00:00Z'),
    newId: counterIds('c'),
  }),
);
const items: Json[] = doc.first.items;

describe('toWebAnnotation: the collection (Web Annotation Data Model §5)', () => {
  it('has the context, an IRI id, the type, a label and the total', () => {
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.id).toMatch(IRI);
    expect(doc.type).toBe('AnnotationCollection');
    expect(typeof doc.label).toBe('string');
    expect(doc.total).toBe(items.length);
  });

  it('embeds its first (and last) page with every annotation', () => {
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.id).toMatch(IRI);
    expect(doc.first.partOf).toBe(doc.id);
    expect(doc.first.startIndex).toBe(0);
    expect(doc.last).toBe(doc.first.id);
    // One page-level annotation per capture, plus each capture's own annotations.
    expect(items).toHaveLength(
      2 + capture.annotations.length + originalCapture().annotations.length,
    );
  });

  it('gives the context only at the top', () => {
    expect(items.every((a) => !('@context' in a))).toBe(true);
    expect(doc.first['@context']).toBeUndefined();
  });
});

describe('toWebAnnotation: each annotation (§3)', () => {
  it.each(items.map((a) => [a.id, a] as const))(
    '%s has id, type, motivation, created and target',
    (_id, a) => {
      expect(a.id).toMatch(IRI);
      expect(a.type).toBe('Annotation');
      // The motivations of the W3C vocabulary (§3.3.5) a capture has a use for.
      expect(['commenting', 'describing', 'highlighting', 'tagging']).toContain(a.motivation);
      for (const b of ([] as Json[]).concat(a.body ?? [])) {
        expect(b).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
        expect(typeof b.value).toBe('string');
        expect(['commenting', 'describing', 'tagging']).toContain(b.purpose);
      }
      expect(['Person', 'Software']).toContain(a.creator.type);
      expect(Date.parse(a.created)).not.toBeNaN();
      expect(a.target).toBeDefined();
    },
  );

  it('has unique ids', () => {
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('targets the page with a TextQuoteSelector then a TextPositionSelector (§4.2.4, §4.2.5)', () => {
    const evidence = items.find((a) => a.motivation === 'describing' && a.target.selector)!;
    expect(evidence.target.source).toBe(PAGE_URL);
    const [quote, position] = evidence.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe('The original source of this article is South Front');
    expect(typeof quote.prefix).toBe('string');
    expect(position.type).toBe('TextPositionSelector');
    expect(PAGE_TEXT.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('omits empty prefix and suffix rather than writing empty strings', () => {
    const quotes = items.flatMap((a) =>
      Array.isArray(a.target.selector) ? [a.target.selector[0]] : [],
    );
    expect(quotes.every((q: Json) => q.prefix !== '' && q.suffix !== '')).toBe(true);
  });

  it('describes evidence in readable words, as the software speaking', () => {
    const evidence = items.find((a) => a.motivation === 'describing' && a.target.selector)!;
    expect(evidence.body).toEqual({
      type: 'TextualBody',
      value: 'Original-source line, in the page text',
      format: 'text/plain',
      purpose: 'describing',
    });
    expect(evidence.creator).toEqual({ type: 'Software', name: 'Provenance Lens' });
    // Every piece of evidence, not only the first, and never a raw kind name.
    const quoted = items.filter((a) => a.target.selector && a.creator.type === 'Software');
    expect(quoted.length).toBeGreaterThan(1);
    for (const a of quoted) {
      expect(a.motivation).toBe('describing');
      expect(a.body.value).toMatch(/^[A-Z“]/);
      expect(a.body.value).not.toMatch(/\b[a-z]+-[a-z]+\b \(/);
    }
  });

  it("marks the researcher's words without a comment as a highlight", () => {
    const plain = sampleCapture({ note: '', tags: [] });
    const own = plain.annotations.find((a) => a.creator === 'user')!;
    const highlight = { ...own, motivation: 'highlighting' as const, body: null };
    const [, ...quoted] = JSON.parse(toWebAnnotation([{ ...plain, annotations: [highlight] }]))
      .first.items;
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toMatchObject({ motivation: 'highlighting', creator: { type: 'Person' } });
    expect(quoted[0].body).toBeUndefined();
  });

  it("writes the researcher's comment as a commenting TextualBody", () => {
    const comment = items.find((a) => a.motivation === 'commenting' && a.target.selector)!;
    expect(comment.body).toEqual({
      type: 'TextualBody',
      value: 'Copyright kept, but no link to the original.',
      format: 'text/plain',
      purpose: 'commenting',
    });
    expect(comment.creator).toEqual({ type: 'Person' });
  });

  it('puts the chain, the note and the tags on one page-level annotation', () => {
    const page = items.find((a) => a.id === captureIri(capture.id))!;
    expect(page.target).toBe(PAGE_URL);
    expect(page.motivation).toBe('commenting');
    expect(page.body).toEqual([
      expect.objectContaining({
        purpose: 'describing',
        value: 'Cross-post: Global Research (22 Jan 2020) ← South Front (21 Jan 2020)',
      }),
      expect.objectContaining({ purpose: 'commenting', value: capture.note }),
      expect.objectContaining({ purpose: 'tagging', value: 'syria' }),
      expect.objectContaining({ purpose: 'tagging', value: 'cross-post' }),
    ]);
  });

  it('describes a capture without note or tags as the software speaking', () => {
    const page = items.find((a) => a.id === captureIri(originalCapture().id))!;
    expect(page.motivation).toBe('describing');
    expect(page.creator).toEqual({ type: 'Software', name: 'Provenance Lens' });
  });
});

describe('captureIri', () => {
  it.each([
    ['00000000-0000-4000-8000-000000000001', 'urn:uuid:00000000-0000-4000-8000-000000000001'],
    ['ABCDEF00-0000-4000-8000-000000000001', 'urn:uuid:abcdef00-0000-4000-8000-000000000001'],
    ['legacy:7', 'urn:provenance-lens:capture:legacy%3A7'],
  ])('%s -> %s', (id, iri) => {
    expect(captureIri(id)).toBe(iri);
  });
});

describe('an empty export', () => {
  it('is a valid empty collection', () => {
    const empty = JSON.parse(toWebAnnotation([]));
    expect(empty).toMatchObject({ type: 'AnnotationCollection', total: 0, first: { items: [] } });
  });
});
