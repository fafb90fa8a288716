/**
 * Content script entry. Runs on http(s) pages, registered when the user allowed automatic
 * badges, or injected by the popup (activeTab). It answers the popup's requests and tells the
 * background what the badge should say; it never acts on messages from anything else.
 * It carries only the quick pass and its own two methods; the full report, "Show on page",
 * captures and annotations come with analyzer.js, which the popup (or the background, for an
 * annotation) injects when a reader asks for them (see full.ts).
 */
import { dispatch, type SenderInfo, senderTrust, type Tier } from '../../shared/dispatch';
import {
  type AnalyzeAnswer,
  type BadgeState,
  type ContentToBackground,
  err,
  isOurs,
  PAGE_BUDGET,
  type PageToContentScript,
  pageToContentScript,
  request,
} from '../../shared/protocol';
import { fullAnalyzer } from '../common/analyzer-handshake';
import { runtime } from '../common/runtime';
import { benchProbe } from './bench-probe';
import { pageTextCache } from './page-text-cache';
import { quickPassInSlices } from './quick-pass-slices';
import { badgeStateFromReport, createSession, type Session } from './report-cache';
import { watchArticle } from './watch';

const FLAG = '__provenanceLensContent';

function start(): void {
  // Registered and injected copies can meet in one page; only the first one works.
  const scope = globalThis as Record<string, unknown>;
  if (scope[FLAG]) return;
  scope[FLAG] = true;

  const self = { id: runtime.id, origin: runtime.getURL('') };
  // The badge pass's reading of the page, which the full report reuses while the page is unchanged.
  const texts = pageTextCache(document);
  const session = createSession(document, () => location.href, fullAnalyzer, texts.take);
  const tell = (hint: BadgeState) =>
    request<ContentToBackground, 'badgeState'>((m) => runtime.sendMessage(m), 'badgeState', hint);

  const tier: Tier<PageToContentScript, Session> = {
    guards: pageToContentScript,
    handlers: {
      ping: () => ({ ready: true, full: fullAnalyzer() !== null }),
      analyze({ force, large }): AnalyzeAnswer {
        if (document.contentType === 'application/pdf')
          return { refused: { kind: 'restricted', reason: 'pdf-viewer' } };
        if (!large && !session.hasReport()) {
          // Two native reads, milliseconds even on pages far over the budget.
          const elements = document.getElementsByTagName('*').length;
          const characters = document.body?.textContent?.length ?? 0;
          if (elements > PAGE_BUDGET.elements || characters > PAGE_BUDGET.characters)
            return { refused: { kind: 'too-large', elements, characters } };
        }
        const report = session.report(force);
        void tell(badgeStateFromReport(report));
        return { report };
      },
    },
  };

  runtime.onMessage((msg: unknown, sender: SenderInfo) => {
    if (!isOurs(msg)) return undefined;
    if (senderTrust(sender, self) !== 'extension-page') return Promise.resolve(err('untrusted'));
    // Without analyzer.js its methods are refused. One left by an earlier version of the
    // extension (still in the page after an update) may lack `extend`.
    return dispatch(fullAnalyzer()?.extend?.(tier) ?? tier, msg, session);
  });

  // Bench builds only (scripts/bench.mjs): times this script's own work in the page.
  const probe = __LENS_BENCH__ ? benchProbe(session, () => location.href) : null;
  let abandon = () => {};
  const quick = () => {
    abandon();
    texts.begin();
    abandon = quickPassInSlices(
      document,
      () => location.href,
      (hint, page) => {
        texts.keep(page);
        probe?.passDone();
        void tell({ ...hint, full: false });
      },
      probe?.slice,
    );
  };
  watchArticle(document, () => {
    const hadReport = session.hasReport();
    session.invalidate();
    // Keep the badge as accurate as what the popup last showed for this tab.
    if (hadReport) void tell(badgeStateFromReport(session.report()));
    else quick();
  });
  quick();
}

start();
