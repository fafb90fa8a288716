/**
 * Content script entry. Runs on http(s) pages, registered when the user allowed automatic
 * badges, or injected by the popup (activeTab). It answers the popup's requests and tells the
 * background what the badge should say; it never acts on messages from anything else.
 */
import { getBrowser } from '../shared/browser';
import { dispatch, type SenderInfo, senderTrust, type Tier } from '../shared/dispatch';
import {
  type ContentToBackground,
  err,
  type Hint,
  isOurs,
  type PageToContent,
  pageToContent,
  request,
} from '../shared/protocol';
import { clearHighlights, highlightQuote } from './highlight';
import { createSession, hintFromReport } from './session';
import { watchArticle } from './watch';

const FLAG = '__provenanceLensContent';

function start(): void {
  // Registered and injected copies can meet in one page; only the first one works.
  const scope = globalThis as Record<string, unknown>;
  if (scope[FLAG]) return;
  scope[FLAG] = true;

  const api = getBrowser();
  const self = { id: api.runtime.id, origin: api.runtime.getURL('') };
  const session = createSession(document, () => location.href);
  const tell = (hint: Hint) =>
    request<ContentToBackground, 'hint'>((m) => api.runtime.sendMessage(m), 'hint', hint);

  const tier: Tier<PageToContent, null> = {
    guards: pageToContent,
    handlers: {
      ping: () => ({ ready: true }),
      analyze({ force }) {
        if (document.contentType === 'application/pdf') throw new Error('restricted:pdf-viewer');
        const report = session.report(force);
        void tell(hintFromReport(report));
        return report;
      },
      highlight: (req) => ({ found: highlightQuote(document, req) }),
      clearHighlights: () => {
        clearHighlights(document);
        return null;
      },
    },
  };

  api.runtime.onMessage.addListener((msg: unknown, sender: SenderInfo) => {
    if (!isOurs(msg)) return undefined;
    if (senderTrust(sender, self) !== 'extension-page') return Promise.resolve(err('untrusted'));
    return dispatch(tier, msg, null);
  });

  const quick = () => void tell(session.quick());
  watchArticle(document, () => {
    const hadReport = session.hasReport();
    session.invalidate();
    // Keep the badge as accurate as what the popup last showed for this tab.
    if (hadReport) void tell(hintFromReport(session.report()));
    else quick();
  });
  if (typeof requestIdleCallback === 'function') requestIdleCallback(quick, { timeout: 2000 });
  else setTimeout(quick, 0);
}

start();
