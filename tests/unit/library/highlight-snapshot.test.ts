// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type Annotation, STANDALONE_CSP } from '../../../src/capture';
import { highlightSnapshot } from '../../../src/capture/snapshot/highlight-snapshot';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_ = 'https://host.example/story';

function annotation(
  id: string,
  exact: string,
  over: Partial<Annotation> = {},
  position?: { start: number; end: number },
): Annotation {
  return {
    id: `urn:uuid:${id}`,
    motivation: 'identifying',
    created: '2024-05-01T00:00:00.000Z',
    creator: 'extension',
    target: {
      source: URL_,
      selector: position
        ? [
            { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            { type: 'TextPositionSelector', ...position },
          ]
        : [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
    },
    body: null,
    evidence: { kind: 'original-source', source: 'text' },
    ...over,
  };
}

const comment = (id: string, exact: string, body: string) =>
  annotation(id, exact, { motivation: 'commenting', creator: 'user', body, evidence: null });

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story</title></head><body>
<h1>Teachers in exile</h1>
<p>This story by <b>Global Voices</b> was
   republished here.</p>
<p>© Global Voices 2024. Shared under CC BY 3.0.</p>
</body></html>`;

/** The served document, parsed again as the iframe will. */
const view = (html: string) => parse(html);
const marks = (doc: Document) =>
  Array.from(doc.querySelectorAll('mark')).map((m) => ({
    text: m.textContent,
    cls: m.className,
    id: m.getAttribute('data-annotation'),
    title: m.getAttribute('title'),
  }));

describe('highlightSnapshot', () => {
  it('marks evidence and comments at their words, across elements and line breaks', () => {
    const out = highlightSnapshot(
      PAGE,
      [
        annotation('1', 'This story by Global Voices was republished here.'),
        comment('2', 'Shared under CC BY 3.0', 'Licence allows this copy.'),
      ],
      { parse },
    );
    expect([...out.found]).toEqual(['urn:uuid:1', 'urn:uuid:2']);
    const doc = view(out.html);
    expect(marks(doc)).toEqual([
      { text: 'This story by ', cls: 'pl-evidence', id: 'urn:uuid:1', title: null },
      { text: 'Global Voices', cls: 'pl-evidence', id: 'urn:uuid:1', title: null },
      { text: ' was\n   republished here.', cls: 'pl-evidence', id: 'urn:uuid:1', title: null },
      {
        text: 'Shared under CC BY 3.0',
        cls: 'pl-own',
        id: 'urn:uuid:2',
        title: 'Licence allows this copy.',
      },
    ]);
    // The page's text is unchanged: only marks were added around it.
    expect(doc.body.textContent).toBe(parse(PAGE).body.textContent);
    expect(doc.querySelector('b mark')?.textContent).toBe('Global Voices');
  });

  it('uses the position when the words there match, otherwise the first occurrence', () => {
    const html = '<p>Global Voices</p><p>Global Voices</p>';
    const text = parse(html).body.textContent ?? '';
    const second = text.lastIndexOf('Global Voices');
    const out = highlightSnapshot(
      html,
      [annotation('1', 'Global Voices', {}, { start: second, end: second + 13 })],
      { parse },
    );
    const ps = view(out.html).querySelectorAll('p');
    expect(ps[0]?.querySelector('mark')).toBeNull();
    expect(ps[1]?.querySelector('mark')?.textContent).toBe('Global Voices');
    const stale = highlightSnapshot(
      html,
      [annotation('1', 'Global Voices', {}, { start: 2, end: 15 })],
      { parse },
    );
    expect(view(stale.html).querySelectorAll('p')[0]?.querySelector('mark')).not.toBeNull();
  });

  it('several marks in one text node, and overlapping ones, keep the text whole', () => {
    const html = '<p>one two three four five</p>';
    const out = highlightSnapshot(
      html,
      [
        annotation('a', 'two three'),
        comment('b', 'five', 'why five'),
        annotation('c', 'three four'), // overlaps a: marks only " four"
        annotation('d', 'two'), // wholly inside a: nothing left to mark
      ],
      { parse },
    );
    const doc = view(out.html);
    expect(marks(doc).map((m) => [m.text, m.id])).toEqual([
      ['two three', 'urn:uuid:a'],
      [' four', 'urn:uuid:c'],
      ['five', 'urn:uuid:b'],
    ]);
    expect(doc.body.textContent).toBe('one two three four five');
    expect(out.found.has('urn:uuid:d')).toBe(false);
  });

  it('leaves out what is not in the snapshot, and never marks script or style text', () => {
    const html = '<style>p{color:red}</style><p>words</p><script>var red = 1</script>';
    const out = highlightSnapshot(html, [annotation('1', 'red'), annotation('2', 'absent')], {
      parse,
    });
    expect(out.found.size).toBe(0);
    expect(view(out.html).querySelectorAll('mark')).toHaveLength(0);
  });

  it('puts the policy first in <head>, even without a head, and drops refresh and base', () => {
    for (const html of [
      PAGE,
      '<p>no head at all</p>',
      '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"></head><body>x</body></html>',
    ]) {
      const doc = view(highlightSnapshot(html, [], { parse }).html);
      const first = doc.head.firstElementChild;
      expect(first?.tagName).toBe('META');
      expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
      expect(first?.getAttribute('content')).toBe(STANDALONE_CSP);
      expect(doc.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
      expect(doc.querySelector('base')).toBeNull();
    }
  });

  it('a hostile snapshot stays inert: parsed detached, sanitised again, locked down', () => {
    const w = window as unknown as { pwned?: number };
    const html = `<html><head><script>window.pwned = 1</script>
      <link rel="stylesheet" href="/static/site.css"></head><body>
      <img src="x" onerror="window.pwned = 2"><p onclick="window.pwned = 3">Hello there</p>
      <a href="javascript:window.pwned = 4">link</a><div style="background:url(/bg.png)">x</div>
      <svg><script>window.pwned = 5</script></svg></body></html>`;
    const out = highlightSnapshot(
      html,
      [comment('1', 'Hello', '"><script>window.pwned=6</script>')],
      {
        parse,
      },
    );
    expect(w.pwned).toBeUndefined();
    const doc = view(out.html);
    expect(doc.head.firstElementChild?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    // The comment is an attribute value, escaped by the serialiser: no markup gets in.
    const mark = doc.querySelector('mark');
    expect(mark?.getAttribute('title')).toBe('"><script>window.pwned=6</script>');
    expect(doc.querySelectorAll('script, link')).toHaveLength(0);
    // A relative address would load from the extension's own origin, which no policy stops.
    expect(out.html).not.toMatch(/onerror|onclick|javascript:|site\.css|bg\.png|src="x"/);
    expect(w.pwned).toBeUndefined();
  });
});
