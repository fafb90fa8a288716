/** The captures, newest first: each with its status, chain, tags and what can be done to it. */

import type { CaptureSummary } from '../../storage/store';
import { shownChain } from '../chain';
import { formatSaved, useEnv } from '../context';
import { StatusPill } from './StatusPill';

interface Props {
  list: CaptureSummary[];
  selected: ReadonlySet<string>;
  onSelect(id: string, on: boolean): void;
  onOpen(id: string): void;
  onDelete(summary: CaptureSummary): void;
}

/** The id of a row's title button, to give it focus back after the capture is closed. */
export const rowId = (id: string) => `capture-${id}`;

export function CaptureList({ list, selected, onSelect, onOpen, onDelete }: Props) {
  const { t } = useEnv();
  return (
    <ul class="captures">
      {list.map((s) => (
        <li key={s.id} class="capture">
          <input
            type="checkbox"
            class="capture-check"
            checked={selected.has(s.id)}
            aria-label={t('librarySelect', [s.title])}
            onChange={(e) => onSelect(s.id, e.currentTarget.checked)}
          />
          <div class="capture-body">
            <h3 class="capture-title">
              <button
                type="button"
                id={rowId(s.id)}
                class="title-button"
                onClick={() => onOpen(s.id)}
              >
                {s.title}
              </button>
            </h3>
            <p class="capture-meta">
              <StatusPill status={s.status} />
              <time dateTime={s.savedAt}>{t('librarySavedOn', [formatSaved(s.savedAt)])}</time>
              {s.evidence === undefined
                ? s.annotations > 0 && (
                    <span>{t('libraryAnnotationCount', [String(s.annotations)])}</span>
                  )
                : [
                    s.evidence > 0 && (
                      <span key="evidence" class="count count--evidence">
                        {t('libraryEvidenceCount', [String(s.evidence)])}
                      </span>
                    ),
                    (s.own ?? 0) > 0 && (
                      <span key="own" class="count count--own">
                        {t('libraryOwnCount', [String(s.own)])}
                      </span>
                    ),
                  ]}
            </p>
            <p class="capture-chain">{shownChain(s)}</p>
            {s.tags.length > 0 && (
              <ul class="tags" aria-label={t('libraryTagsLabel')}>
                {s.tags.map((tag) => (
                  <li key={tag} class="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            class="button button--quiet"
            aria-label={t('libraryDeleteLabel', [s.title])}
            onClick={() => onDelete(s)}
          >
            {t('libraryDelete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
