/**
 * Writing the export files. Loaded only when the researcher exports: it brings the zip writer
 * and every exporter (the capture module), which the list of formats (formats.ts) does not need.
 */

import {
  type Capture,
  toBibtex,
  toCslJson,
  toJson,
  toRis,
  toStandaloneHtml,
  toWacz,
  toWebAnnotation,
} from '../../src/capture';
import { fileName, type OutFile, slugify } from './download';
import { type Exporters, type ExportFormat, formatInfo, type WriteOptions } from './formats';

/** The exporters the formats call (formats.ts). */
const core: Exporters = {
  toJson,
  toWebAnnotation,
  toCslJson,
  toRis,
  toBibtex,
  toWacz,
  toStandaloneHtml,
};

/** The files for `captures` in `format`: one file, or one per capture for a per-capture format. */
export async function exportFiles(
  format: ExportFormat,
  captures: readonly Capture[],
  options: WriteOptions,
): Promise<OutFile[]> {
  const info = formatInfo(format);
  const file = async (group: readonly Capture[], slug = ''): Promise<OutFile> => ({
    name: fileName(options.now, info.extension, slug),
    type: info.type,
    data: await info.write(core, group, options),
  });
  if (!info.perCapture) return [await file(captures)];
  const used = new Set<string>();
  const files: OutFile[] = [];
  for (const c of captures) {
    const base = slugify(c.title) || 'capture';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    files.push(await file([c], slug));
  }
  return files;
}
