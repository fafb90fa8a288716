/**
 * One self-contained HTML file for a capture, safe to open from disk or e-mail: no script at
 * all, a Content-Security-Policy that forbids every fetch except inline images and styles, and
 * the page snapshot shown in a sandboxed iframe (`sandbox=""`: no scripts, no forms, no
 * navigation of the top page, an opaque origin) beside the provenance panel.
 */

import type { Annotation, Capture } from '../model/model';
import { escapeHtml as esc, linkOrText } from '../safety/html-escape';
import { type ParseHtml, sanitizeHtml } from '../safety/sanitize';
import { STANDALONE_CSP } from '../snapshot/csp';
import { highlightSnapshot } from '../snapshot/highlight-snapshot';
import { pageHtml, readableTime } from '../snapshot/page-html';
import { describeEvidence } from './evidence-labels';
import { provenancePanel } from './provenance-panel';

export { STANDALONE_CSP };

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
header h1{font-size:1.3rem;margin:0 0 .25rem}
main{display:grid;grid-template-columns:minmax(18rem,26rem) 1fr;gap:1rem;padding:1rem 1.5rem}
.panel{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;overflow-wrap:anywhere}
.panel h2{font-size:1rem;margin:1rem 0 .25rem}
.status{display:inline-block;font-weight:600;padding:.1rem .5rem;border-radius:4px;background:#eee}
.status-cross-post{background:#fde7c7}.status-original{background:#d7f0d9}
.chain .role{font-weight:600}.domain,.undated,small{color:#666}
.checklist{list-style:none;padding:0}.checklist .no{color:#a4262c}.checklist .yes{color:#1e6b2e}
blockquote{margin:.25rem 0;padding-left:.75rem;border-left:3px solid #ccc}
iframe{width:100%;height:80vh;border:1px solid #ddd;background:#fff}
img.screenshot{max-width:100%;border:1px solid #ddd}
mark{color:#111;border-radius:2px;padding:0 .15em}
mark.pl-evidence{background:#ffe58a;box-shadow:0 0 0 1px #b45309}
mark.pl-own{background:#b9e3ff;box-shadow:0 0 0 1px #0550ae}
.legend{margin:0 0 .5rem}
a{color:#0550ae}
@media (max-width:800px){main{grid-template-columns:1fr}}
@media (prefers-color-scheme:dark){
:root{color-scheme:dark}
body{color:#e8e8e6;background:#161618}
header,.panel{background:#202023;border-color:#3a3a3e}
.domain,.undated,small{color:#a8a8ad}
.status{background:#3a3a3e}.status-cross-post{background:#5c3d0c}.status-original{background:#1d4a28}
.checklist .no{color:#ff9a9f}.checklist .yes{color:#7fd692}
blockquote{border-left-color:#55555a}
iframe,img.screenshot{border-color:#3a3a3e}
a{color:#8cc4ff}
}
@media print{
body{background:#fff;color:#000;font-size:11pt}
header,.panel{border:0;padding:0;background:#fff}
main{display:block;padding:0}
.panel{margin-bottom:1rem}
.status{border:1px solid #000;background:#fff}
a{color:#000}
.panel a[href]::after{content:" <" attr(href) ">";font-size:9pt;word-break:break-all}
details{display:none}
section[aria-label="Page snapshot"]{break-before:page}
iframe{height:auto;min-height:100vh;border:0}
mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

export interface StandaloneOptions {
  /** When given, the snapshot is sanitised again (a capture may come from an imported file). */
  parse?: ParseHtml;
}

/** The capture as a complete HTML document. */
export function toStandaloneHtml(capture: Capture, options: StandaloneOptions = {}): string {
  const page = pageHtml(capture);
  // With a parser the snapshot is sanitised again and its highlights marked in it: the evidence
  // and the researcher's own annotations, each titled with what it is.
  const marked = options.parse ? highlighted(capture, page, options.parse) : null;
  const snapshotHtml = marked ? marked.html : page;
  const legend = marked?.found.size
    ? `<p class="legend">Highlights: <mark class="pl-evidence">evidence found by Provenance Lens</mark> <mark class="pl-own">your annotations</mark> (${marked.found.size} of ${capture.annotations.length} found in the snapshot)</p>`
    : '';
  const shot = capture.screenshot;
  const screenshot =
    shot && PNG_DATA_URL.test(shot.dataUrl)
      ? `<details><summary>Screenshot (${shot.width}×${shot.height})</summary><img class="screenshot" alt="Screenshot of the page when it was saved" src="${esc(shot.dataUrl)}" width="${shot.width}" height="${shot.height}"></details>`
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${CSP_META}
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Provenance Lens">
<title>${esc(capture.title)} — saved page</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(capture.title)}</h1>
<p>Saved <time datetime="${esc(capture.savedAt)}">${esc(readableTime(capture.savedAt))}</time> from ${linkOrText(capture.url, capture.url)}</p>
</header>
<main>
<aside class="panel" aria-label="Provenance">
${provenancePanel(capture)}
${screenshot}
</aside>
<section aria-label="Page snapshot">
${legend}
<iframe sandbox="" referrerpolicy="no-referrer" title="Snapshot of the page as saved" srcdoc="${esc(withCsp(snapshotHtml))}"></iframe>
</section>
</main>
</body>
</html>
`;
}

function highlighted(capture: Capture, page: string, parse: ParseHtml) {
  const titleOf = (a: Annotation) => (a.evidence ? describeEvidence(a.evidence) : a.body);
  try {
    return highlightSnapshot(page, capture.annotations, { parse, titleOf });
  } catch {
    // A DOM without what marking needs (a server-side parser): the page, sanitised, unmarked.
    return { html: sanitizeHtml(page, parse).html, found: new Set<string>() };
  }
}

// The srcdoc document inherits the file's policy; repeating it inside keeps the snapshot
// locked down even if someone lifts it out of the iframe.
function withCsp(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) +
      CSP_META +
      html.slice(head.index + head[0].length)
    );
  return `${CSP_META}${html}`;
}
