/**
 * The export formats, as files. Loaded only when the researcher exports: it brings the zip
 * writer and every exporter, which the list itself does not need.
 */
import {
  type Capture,
  type ParseHtml,
  toBibtex,
  toCslJson,
  toJson,
  toRis,
  toStandaloneHtml,
  toWacz,
  toWebAnnotation,
} from '../../src/capture';
import { fileName, type OutFile, slugify } from './download';

export const FORMATS = ['json', 'web-annotation', 'csl', 'ris', 'bibtex', 'wacz', 'html'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportOptions {
  now: Date;
  /** For the HTML export, which sanitises each snapshot again (it may come from an import). */
  parse: ParseHtml;
}

/** The files for `captures` in `format`: one file, or one HTML file per capture. */
export async function exportFiles(
  format: ExportFormat,
  captures: readonly Capture[],
  { now, parse }: ExportOptions,
): Promise<OutFile[]> {
  const one = (ext: string, type: string, data: OutFile['data']): OutFile[] => [
    { name: fileName(now, ext), type, data },
  ];
  switch (format) {
    case 'json':
      return one('json', 'application/json', toJson(captures, { now }));
    case 'web-annotation':
      return one('jsonld', 'application/ld+json', toWebAnnotation(captures, { now }));
    case 'csl':
      return one('csl.json', 'application/vnd.citationstyles.csl+json', toCslJson(captures));
    case 'ris':
      return one('ris', 'application/x-research-info-systems', toRis(captures));
    case 'bibtex':
      return one('bib', 'application/x-bibtex', toBibtex(captures));
    case 'wacz':
      return one('wacz', 'application/wacz', await toWacz(captures, { now, parse }));
    case 'html':
      return htmlFiles(captures, now, parse);
  }
}

function htmlFiles(captures: readonly Capture[], now: Date, parse: ParseHtml): OutFile[] {
  const used = new Set<string>();
  return captures.map((c) => {
    const base = slugify(c.title) || 'capture';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return {
      name: fileName(now, 'html', slug),
      type: 'text/html',
      data: toStandaloneHtml(c, { parse }),
    };
  });
}
