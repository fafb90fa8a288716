/**
 * The export formats, in one list: the name the researcher picks, the file it becomes (extension
 * and MIME type) and the exporter that writes it. A new format is an entry here with its
 * exporter's name in `Exporters`, the exporter in src/capture/ and its name in exports.ts's
 * `core`; the export bar and exports.ts read the list.
 *
 * The exporters reach `write` as `core` (exports.ts), loaded only when the researcher exports:
 * the list names them by type only and stays light.
 */
import type { Capture, ParseHtml } from '../../src/capture';
import type { MessageKey } from '../shared/i18n';
import type { OutFile } from './download';

/** The exporters a format may call (exports.ts loads them). */
export type Exporters = Pick<
  typeof import('../../src/capture'),
  'toJson' | 'toWebAnnotation' | 'toCslJson' | 'toRis' | 'toBibtex' | 'toWacz' | 'toStandaloneHtml'
>;

export interface WriteOptions {
  now: Date;
  /** For the HTML export, which sanitises each snapshot again (it may come from an import). */
  parse: ParseHtml;
}

export interface FormatInfo {
  id: string;
  label: MessageKey;
  extension: string;
  type: string;
  /** One file per capture, named after its title (else one file for the whole selection). */
  perCapture?: true;
  write(
    core: Exporters,
    captures: readonly Capture[],
    options: WriteOptions,
  ): OutFile['data'] | Promise<OutFile['data']>;
}

export const FORMATS = [
  {
    id: 'json',
    label: 'libraryFormatJson',
    extension: 'json',
    type: 'application/json',
    write: (core, captures, { now }) => core.toJson(captures, { now }),
  },
  {
    id: 'web-annotation',
    label: 'libraryFormatWebAnnotation',
    extension: 'jsonld',
    type: 'application/ld+json',
    write: (core, captures, { now }) => core.toWebAnnotation(captures, { now }),
  },
  {
    id: 'csl',
    label: 'libraryFormatCsl',
    extension: 'csl.json',
    type: 'application/vnd.citationstyles.csl+json',
    write: (core, captures) => core.toCslJson(captures),
  },
  {
    id: 'ris',
    label: 'libraryFormatRis',
    extension: 'ris',
    type: 'application/x-research-info-systems',
    write: (core, captures) => core.toRis(captures),
  },
  {
    id: 'bibtex',
    label: 'libraryFormatBibtex',
    extension: 'bib',
    type: 'application/x-bibtex',
    write: (core, captures) => core.toBibtex(captures),
  },
  {
    id: 'wacz',
    label: 'libraryFormatWacz',
    extension: 'wacz',
    type: 'application/wacz',
    write: (core, captures, options) => core.toWacz(captures, options),
  },
  {
    id: 'html',
    label: 'libraryFormatHtml',
    extension: 'html',
    type: 'text/html',
    perCapture: true,
    write: (core, [capture], { parse }) => core.toStandaloneHtml(capture!, { parse }),
  },
] as const satisfies readonly FormatInfo[];

export type ExportFormat = (typeof FORMATS)[number]['id'];

/** The entry for `id`. */
export function formatInfo(id: ExportFormat): FormatInfo {
  return FORMATS.find((f) => f.id === id)!;
}
