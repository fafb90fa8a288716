import { describe, expect, it } from 'vitest';
import { type Capture, STANDALONE_CSP, toStandaloneHtml } from '../../../src/capture';
import { DOMS, type DomName } from '../helpers/dom';
import { PAGE_URL, sampleCapture, sampleReport } from './sample';

const XSS = '<img src=x onerror=alert(1)>';

/** A capture full of hostile page text, bypassing validation as a buggy caller might. */
function hostileCapture(): Capture {
  const report = sampleReport();
  report.chain[1]!.url = 'javascript:alert(1)';
  report.chain[1]!.publisher = `South Front ${XSS}`;
  report.license = {
    name: `CC ${XSS}`,
    url: 'data:text/html,<script>alert(1)</script>',
    text: null,
  };
  report.copyright[0]!.text = `© ${XSS}`;
  report.summary = `<script>alert(1)</script>`;
  const c = sampleCapture({
    report,
    title: `Title ${XSS}`,
    note: `Note ${XSS}\nline 2`,
    tags: [`tag ${XSS}`],
  });
  c.snapshot.html =
    '<html><head></head><body><p>Page</p><script>alert(1)</script><img src=x onerror=alert(1)></body></html>';
  c.url = 'javascript:alert(1)//';
  c.annotations[0]!.target.selector[0].exact = `quote ${XSS}`;
  return c;
}

describe.each(Object.keys(DOMS) as DomName[])('toStandaloneHtml read back with %s', (dom) => {
  const html = toStandaloneHtml(sampleCapture());
  const doc = DOMS[dom](html);

  it('declares the strict content security policy', () => {
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe(STANDALONE_CSP);
    expect(STANDALONE_CSP).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
  });

  it('has no script at all', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
  });

  it('shows the snapshot in an iframe sandboxed without allow-scripts', () => {
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.hasAttribute('src')).toBe(false);
    const srcdoc = frame.getAttribute('srcdoc')!;
    expect(srcdoc).toContain('The original source of this article is South Front');
    // The policy is repeated inside the snapshot's own head.
    expect(srcdoc).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`,
    );
  });

  it('shows the provenance: status, chain with dates, copyright, attribution, note, tags, evidence', () => {
    const panel = doc.querySelector('aside')!.textContent!.replace(/\s+/g, ' ');
    for (const text of [
      'Cross-post',
      'This copy Global Research globalresearch.ca 2020-01-22',
      'Original South Front southfront.org 2020-01-21',
      'Copyright © South Front, South Front, 2020',
      '✓ Source named: yes',
      '✓ Copyright kept: yes',
      '✗ Original article linked: no',
      'Requires: credit-source, keep-copyright, link-original',
      'Check whether South Front allows this.',
      'syria',
      'The original source of this article is South Front',
      'Original-source line, in the page text',
      'Copyright kept, but no link to the original.',
      'script elements (4)',
    ]) {
      expect(panel).toContain(text);
    }
  });

  it('links only to http(s) addresses', () => {
    const hrefs = Array.from(doc.querySelectorAll('[href]'), (a) => a.getAttribute('href'));
    expect(hrefs).toContain(PAGE_URL);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it('embeds the screenshot as the only image, a PNG data URL', () => {
    const srcs = Array.from(doc.querySelectorAll('[src]'), (e) => e.getAttribute('src'));
    expect(srcs).toHaveLength(1);
    expect(srcs[0]).toMatch(/^data:image\/png;base64,/);
  });
});

describe('toStandaloneHtml with hostile page text', () => {
  const html = toStandaloneHtml(hostileCapture());
  const doc = DOMS.jsdom(html);

  it('escapes every page-derived string, so no markup from the page becomes an element', () => {
    expect(html).not.toContain(XSS);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror]')).toHaveLength(0);
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.title).toBe(`Title ${XSS} — saved page`);
    expect(doc.querySelector('h1')!.textContent).toBe(`Title ${XSS}`);
  });

  it('never renders a javascript: or data: link, but still shows the words', () => {
    expect(html).not.toMatch(/href="(?:javascript|data):/i);
    // Only the host hop's own https address is left as a link.
    expect(Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
      PAGE_URL,
    ]);
    expect(doc.body.textContent).toContain(`South Front ${XSS}`);
    expect(doc.body.textContent).toContain(`CC ${XSS}`);
  });

  it('keeps the line breaks of the note as <br>, not as page markup', () => {
    const note = Array.from(doc.querySelectorAll('section')).find(
      (s) => s.querySelector('h2')?.textContent === 'Note',
    )!;
    expect(note.querySelector('p')!.innerHTML).toBe(
      'Note &lt;img src=x onerror=alert(1)&gt;<br>line 2',
    );
  });

  it('keeps a hostile snapshot inert in the sandbox, and strips it when given a parser', () => {
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    const cleaned = DOMS.jsdom(toStandaloneHtml(hostileCapture(), { parse: DOMS.linkedom }));
    const srcdoc = cleaned.querySelector('iframe')!.getAttribute('srcdoc')!;
    expect(srcdoc).not.toMatch(/<script|onerror/i);
    expect(srcdoc).toContain('<p>Page</p>');
  });

  it('shows the save time for people and keeps the exact time in datetime', () => {
    const time = DOMS.jsdom(toStandaloneHtml(sampleCapture())).querySelector('header time')!;
    expect(time.textContent).toBe('1 May 2024, 12:34 UTC');
    expect(time.getAttribute('datetime')).toBe('2024-05-01T12:34:56.789Z');
  });

  it('shows the article with a notice when no snapshot was saved', () => {
    const c = sampleCapture({ snapshot: { html: '', omitted: ['page snapshot not taken'] } });
    const srcdoc = DOMS.jsdom(toStandaloneHtml(c)).querySelector('iframe')!.getAttribute('srcdoc')!;
    expect(srcdoc).toContain('No snapshot of the whole page was saved');
    expect(srcdoc).toContain(c.articleHtml);
  });

  it('drops a screenshot that is not a PNG data URL', () => {
    const c = sampleCapture();
    c.screenshot = { dataUrl: 'javascript:alert(1)', width: 1, height: 1 };
    expect(toStandaloneHtml(c)).not.toContain('<img');
  });

  it('marks the evidence and the researcher’s annotations inside the snapshot', () => {
    const c = sampleCapture();
    c.snapshot.html = c.snapshot.html.replace('</body>', '<p>Clashes went on all week.</p></body>');
    const own = c.annotations.find((a) => a.creator === 'user')!;
    own.target.selector = [
      { type: 'TextQuoteSelector', exact: 'went on all week', prefix: '', suffix: '' },
    ];
    const out = DOMS.jsdom(toStandaloneHtml(c, { parse: (h) => DOMS.jsdom(h) }));
    const snapshot = DOMS.jsdom(out.querySelector('iframe')!.getAttribute('srcdoc')!);
    const evidence = snapshot.querySelector('mark.pl-evidence')!;
    expect(evidence.textContent).toBe('The original source of this article is South Front');
    expect(evidence.getAttribute('title')).toBe('Original-source line, in the page text');
    const mark = snapshot.querySelector('mark.pl-own');
    expect(mark?.textContent).toBe('went on all week');
    expect(mark?.getAttribute('title')).toBe('Copyright kept, but no link to the original.');
    // Still locked down: the policy first, no script.
    expect(snapshot.querySelector('meta[http-equiv]')?.getAttribute('content')).toBe(
      STANDALONE_CSP,
    );
    expect(out.querySelector('.legend')?.textContent).toMatch(/evidence found by Provenance Lens/);
  });

  it('follows the reader’s dark mode and has a print layout', () => {
    const style = DOMS.jsdom(toStandaloneHtml(sampleCapture())).querySelector('style')!
      .textContent!;
    expect(style).toMatch(/@media \(prefers-color-scheme:\s*dark\)\s*\{[^}]*color-scheme:\s*dark/);
    expect(style).toMatch(/@media print\s*\{/);
  });
});
