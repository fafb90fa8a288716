/**
 * One self-contained HTML file for a capture, safe to open from disk or e-mail: no script at
 * all, a Content-Security-Policy that forbids every fetch except inline images and styles, and
 * the page snapshot shown in a sandboxed iframe (`sandbox=""`: no scripts, no forms, no
 * navigation of the top page, an opaque origin) beside the provenance panel.
 */
import { escapeHtml as esc, linkOrText } from './html-escape';
import type { Capture } from './model';
import { pageHtml, readableTime } from './page-html';
import { provenancePanel } from './provenance-panel';
import { type ParseHtml, sanitizeHtml } from './sanitize';

/** The policy of the file and, repeated, of the snapshot inside it. */
export const STANDALONE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

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
@media (max-width:800px){main{grid-template-columns:1fr}}`;

export interface StandaloneOptions {
  /** When given, the snapshot is sanitised again (a capture may come from an imported file). */
  parse?: ParseHtml;
}

/** The capture as a complete HTML document. */
export function toStandaloneHtml(capture: Capture, options: StandaloneOptions = {}): string {
  const page = pageHtml(capture);
  const snapshotHtml = options.parse ? sanitizeHtml(page, options.parse).html : page;
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
<iframe sandbox="" referrerpolicy="no-referrer" title="Snapshot of the page as saved" srcdoc="${esc(withCsp(snapshotHtml))}"></iframe>
</section>
</main>
</body>
</html>
`;
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
