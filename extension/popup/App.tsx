/**
 * The popup: one view per state (analysing, report, cannot read, error), chosen by load.ts.
 * The first paint carries the analysing and report views; the rest loads when it is needed.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Browser } from '../shared/browser';
import type { Translate } from '../shared/i18n';
import { Analysing } from './components/Analysing';
import { ReportView } from './components/ReportView';
import { Env, type PopupEnv } from './context';
import { loadView, resolveTarget, type Target, toContent, type View } from './load';

interface Props {
  api: Browser;
  t: Translate;
  /** The popup's own query string (`?tab=<id>`). */
  search: string;
}

export function App({ api, t, search }: Props) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [target, setTarget] = useState<Target | null>(null);

  const run = useCallback(
    async (force: boolean, large = false) => {
      setView({ kind: 'loading' });
      try {
        const found = target ?? (await resolveTarget(api, search));
        if (!found) return setView({ kind: 'restricted', reason: 'other' });
        setTarget(found);
        setView(await loadView(api, found, force, large));
      } catch (e) {
        setView({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [api, search, target],
  );

  // Once, when the popup opens; "Try again" calls run itself.
  useEffect(() => void run(false), []);

  // What the reader may do with a report ("Check against the original", "Save to library")
  // loads once the report is shown, so the first paint does not wait for it.
  const Later = useLater(() => import('./components/Later'), view.kind === 'report');
  // A page it cannot read, an error, a page over the budget: rare, so their view loads then
  // (the analysing view stays until it has).
  const trouble = view.kind !== 'report' && view.kind !== 'loading';
  const States = useLater(() => import('./components/StateView'), trouble);
  // The setting at the foot of every view waits for the browser's answer anyway: its code
  // loads beside it, off the first paint.
  const Auto = useLater(() => import('./components/AutoBadges'), true);

  const env = useMemo<PopupEnv>(
    () => ({
      t,
      highlight: (req) =>
        target
          ? toContent(api, target.tabId, 'highlight', req)
          : Promise.resolve({ ok: false, error: 'no-tab' }),
    }),
    [api, t, target],
  );

  return (
    <Env.Provider value={env}>
      {/* Busy until what it says is on screen, the view for a page it cannot read included. */}
      <main class="popup" aria-busy={view.kind === 'loading' || (trouble && !States)}>
        {view.kind === 'report' ? (
          <ReportView
            report={view.report}
            top={
              // The slot keeps its height while the section loads, so nothing below jumps.
              <div class="save-slot">
                {Later && target && (
                  <Later.SaveSection api={api} tabId={target.tabId} pageUrl={target.url} />
                )}
              </div>
            }
            details={Later && <Later.Details report={view.report} />}
            terms={Later && <Later.PageTerms report={view.report} />}
            end={Later && <Later.Citation report={view.report} />}
            below={
              Later &&
              target && (
                <Later.Verify
                  api={api}
                  tabId={target.tabId}
                  pageUrl={target.url}
                  report={view.report}
                />
              )
            }
          />
        ) : trouble && States ? (
          <States.StateView
            view={view}
            onRetry={() => void run(true)}
            onGoOn={() => void run(false, true)}
          />
        ) : (
          <Analysing />
        )}
        {Auto && <Auto.AutoBadges api={api} />}
      </main>
    </Env.Provider>
  );
}

/** A module loaded once `when` first holds (null until then): code the first paint can do without. */
function useLater<T>(load: () => Promise<T>, when: boolean): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    if (when && !loaded) load().then(setLoaded);
  }, [when]);
  return loaded;
}
