import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { adoptStrayNodes } from '../../../src/extract/repair';

/** The two DOM implementations every corpus test runs under; they must agree. */
export const DOMS = {
  linkedom: (html: string): Document =>
    adoptStrayNodes(parseHTML(html).document as unknown as Document),
  jsdom: (html: string, url = 'https://host.example/'): Document =>
    new JSDOM(html, { url }).window.document,
} as const;

export type DomName = keyof typeof DOMS;

/** An article page around a snippet, as the detector examples are written: at the story's end, or its top. */
export function examplePage(snippet: string, at: 'top' | 'end' = 'end'): string {
  const body = snippet.trim().startsWith('<') ? snippet : `<p>${snippet}</p>`;
  const filler = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story goes on at some length about the events of the week, with quotes and figures that a reader would expect to find in a news article of this kind.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Story - Host</title></head><body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>A story</h1>${at === 'top' ? `${body}\n${filler}` : `${filler}\n${body}`}
</article>
<footer class="site-footer"><p>Host Example</p></footer></body></html>`;
}
