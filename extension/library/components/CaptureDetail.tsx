/**
 * One capture opened: the page as saved, with its annotations highlighted, beside the report,
 * the note and the tags. The snapshot goes into the page only as the srcdoc of an iframe with
 * an empty sandbox (no scripts, no forms, no same-origin access) under its own strict policy.
 */
import type { JSX, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotation, Capture } from '../../../src/capture';
import { highlightSnapshot } from '../../../src/capture/snapshot/highlight-snapshot';
import { pageHtml } from '../../../src/capture/snapshot/page-html';
import { describeStoreError, type Library } from '../../storage/store';
import { useEnv } from '../context';
import { NoteEditor } from './NoteEditor';
import { kindLabel, ReportPanel } from './ReportPanel';

interface Props {
  lib: Library;
  id: string;
  onBack(): void;
  onDelete(capture: Capture): void;
  onUpdate(id: string, change: { note: string; tags: string[] }): Promise<Capture | null>;
  /** Saves the researcher's own annotations (with the one deleted, to offer Undo). */
  onAnnotations(id: string, next: Annotation[], deleted?: Annotation): Promise<Capture | null>;
}

type Loaded = { kind: 'loading' } | { kind: 'missing' | 'error'; message: string } | Capture;

export function CaptureDetail({ lib, id, onBack, onDelete, onUpdate, onAnnotations }: Props) {
  const { t } = useEnv();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    lib.get(id).then(
      (c) => live && setLoaded(c ?? { kind: 'missing', message: t('libraryMissing') }),
      (e: unknown) => live && setLoaded({ kind: 'error', message: describeStoreError(e).message }),
    );
    return () => {
      live = false;
    };
  }, [lib, id, t]);

  // Keyboard and screen-reader users land on what they opened.
  const loadedId = 'id' in loaded ? loaded.id : loaded.kind;
  useEffect(() => heading.current?.focus(), [loadedId]);

  // Escape closes the capture, as it closes a dialog; a field that uses Escape itself stops it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  // A change saved shows at once; the store gives back the capture as it now is.
  const keep = (saved: Capture | null) => {
    if (saved) setLoaded(saved);
    return saved;
  };
  const update: Props['onUpdate'] = async (cid, change) => keep(await onUpdate(cid, change));
  const annotate: Props['onAnnotations'] = async (cid, next, deleted) =>
    keep(await onAnnotations(cid, next, deleted));

  const back = (
    <button type="button" class="button button--quiet" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('libraryBack')}
    </button>
  );
  if (!('id' in loaded)) {
    return (
      <section class="detail" aria-busy={loaded.kind === 'loading'}>
        {back}
        <h2 ref={heading} tabIndex={-1}>
          {loaded.kind === 'loading' ? t('libraryLoadingCapture') : loaded.message}
        </h2>
      </section>
    );
  }
  return (
    <CaptureView
      capture={loaded}
      back={back}
      heading={heading}
      onDelete={onDelete}
      onUpdate={update}
      onAnnotations={annotate}
    />
  );
}

interface ViewProps extends Pick<Props, 'onDelete' | 'onUpdate' | 'onAnnotations'> {
  capture: Capture;
  back: JSX.Element;
  heading: RefObject<HTMLHeadingElement | null>;
}

function CaptureView({ capture, back, heading, onDelete, onUpdate, onAnnotations }: ViewProps) {
  const { t, parse } = useEnv();
  // Once per capture opened: parsing and marking a large page is the slow part.
  const highlighted = useMemo(() => {
    const titleOf = (a: Annotation) =>
      a.evidence ? t('libraryMarkEvidence', [kindLabel(a.evidence.kind)]) : a.body;
    return highlightSnapshot(pageHtml(capture), capture.annotations, { parse, titleOf });
  }, [capture, parse, t]);
  return (
    <section class="detail" aria-labelledby="detail-heading">
      <div class="detail-actions">
        {back}
        <button type="button" class="button button--quiet" onClick={() => onDelete(capture)}>
          {t('libraryDelete')}
        </button>
      </div>
      <h2 id="detail-heading" ref={heading} tabIndex={-1}>
        {capture.title}
      </h2>
      <div class="detail-grid">
        <figure class="snapshot">
          <figcaption>
            <span>{t('librarySnapshotHeading')}</span>
            <span class="legend legend--evidence">{t('libraryLegendEvidence')}</span>
            <span class="legend legend--own">{t('libraryLegendOwn')}</span>
          </figcaption>
          {/* sandbox before srcdoc, and a new frame per capture (key): the snapshot is never
              loaded into a frame without it. */}
          <iframe
            key={capture.id}
            sandbox=""
            referrerpolicy="no-referrer"
            title={t('librarySnapshotFrame')}
            srcdoc={highlighted.html}
          />
        </figure>
        <div class="side">
          <NoteEditor capture={capture} onSave={(change) => onUpdate(capture.id, change)} />
          <ReportPanel
            capture={capture}
            found={highlighted.found}
            onAnnotations={(next, deleted) => onAnnotations(capture.id, next, deleted)}
          />
        </div>
      </div>
    </section>
  );
}
