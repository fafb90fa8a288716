/**
 * The popup when there is no report to show: a page it cannot read, an error, a page over the
 * analysis budget. Loaded only then (App.tsx): most pages never need it.
 */
import type { MessageKey } from '../../shared/i18n';
import type { Restriction } from '../../shared/restricted';
import { useEnv } from '../context';
import type { View } from '../load';

const WHY: Record<Restriction, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'extension-store': 'restrictedExtensionStore',
  'pdf-viewer': 'restrictedPdfViewer',
  'file-access': 'restrictedFileAccess',
  'view-source': 'restrictedViewSource',
  'no-access': 'restrictedNoAccess',
  other: 'restrictedOther',
};

/** A view that is neither a report nor the analysis under way. */
export type Trouble = Exclude<View, { kind: 'report' } | { kind: 'loading' }>;

interface Props {
  view: Trouble;
  onRetry(): void;
  /** Analyse a page over the budget all the same. */
  onGoOn(): void;
}

export function StateView({ view, onRetry, onGoOn }: Props) {
  const { t } = useEnv();
  if (view.kind === 'restricted') {
    return (
      <header class="head head--restricted">
        <p class="status">
          <span class="pill">—</span>
          {/* A page not read yet is no restricted page: its status says so. */}
          {t(view.reason === 'no-access' ? 'statusNoAccess' : 'statusRestricted')}
        </p>
        <h1 class="lede">{t(WHY[view.reason] ?? 'restrictedOther')}</h1>
      </header>
    );
  }
  // An error, or a page over the analysis budget: the same box, with what the reader can do.
  const large = view.kind === 'too-large';
  return (
    <div class="head head--error" role="alert">
      <p class="status">
        <span class="pill">!</span>
        {t(large ? 'statusTooLarge' : 'statusError')}
      </p>
      <h1 class="lede">
        {large ? t('tooLargeDetail', view.counts) : t('errorDetail', [view.message])}
      </h1>
      <button type="button" class="button" onClick={large ? onGoOn : onRetry}>
        {t(large ? 'analyseAnyway' : 'retry')}
      </button>
    </div>
  );
}
