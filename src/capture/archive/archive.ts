/**
 * Captures as one WARC file: a warcinfo record, then per capture the snapshot as an HTTP
 * response at the page's address, the screenshot at `urn:view:<address>` (the name Browsertrix
 * gives page screenshots), and the capture's provenance data as JSON.
 */
import { concatBytes, dataUrlBytes, utf8 } from '../bytes';
import type { Capture } from '../model/model';
import { type ParseHtml, sanitizeHtml } from '../safety/sanitize';
import { pageHtml } from '../snapshot/page-html';
import type { CdxEntry } from './cdxj';
import { httpResponseBlock, type WarcRecordSpec, warcFieldsBlock, writeWarcRecord } from './warc';

export interface WarcFileOptions {
  filename: string;
  gzip: boolean;
  now: Date;
  software: string;
  newId: () => string;
  /** Sanitises each page's HTML again (see `WaczOptions.parse`). */
  parse?: ParseHtml;
}

/** The address of a capture's provenance record inside the archive. */
export function reportUri(capture: Capture): string {
  return `urn:provenance-lens:capture:${encodeURIComponent(capture.id)}`;
}

/** The WARC bytes and one index entry per record that replay may look up. */
export async function buildWarc(
  captures: readonly Capture[],
  opts: WarcFileOptions,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; entries: CdxEntry[] }> {
  const parts: Uint8Array[] = [];
  const entries: CdxEntry[] = [];
  let offset = 0;
  const add = async (spec: WarcRecordSpec, mime?: string) => {
    const rec = await writeWarcRecord(spec, opts.gzip);
    if (mime && spec.targetUri) {
      entries.push({
        url: spec.targetUri,
        date: spec.date,
        mime,
        status: 200,
        digest: rec.payloadDigest,
        offset,
        length: rec.bytes.length,
        filename: opts.filename,
      });
    }
    parts.push(rec.bytes);
    offset += rec.bytes.length;
    return rec.recordId;
  };

  const infoId = await add({
    type: 'warcinfo',
    recordId: `urn:uuid:${opts.newId()}`,
    date: opts.now.toISOString(),
    contentType: 'application/warc-fields',
    fields: [['WARC-Filename', opts.filename]],
    block: warcFieldsBlock({
      software: opts.software,
      format: 'WARC File Format 1.1',
      conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
      description: 'Pages saved by a researcher, with their provenance reports',
    }),
  });

  for (const capture of captures) {
    const url = new URL(capture.url).href;
    const date = capture.savedAt;
    const common = [['WARC-Warcinfo-ID', `<${infoId}>`]] as const;
    const page = pageHtml(capture);
    const html = opts.parse ? sanitizeHtml(page, opts.parse).html : page;
    const http = httpResponseBlock(utf8(html), 'text/html; charset=utf-8');
    const responseId = await add(
      {
        type: 'response',
        recordId: `urn:uuid:${opts.newId()}`,
        date,
        targetUri: url,
        contentType: 'application/http; msgtype=response',
        block: http.block,
        payloadOffset: http.payloadOffset,
        fields: common,
      },
      'text/html',
    );
    const related = [...common, ['WARC-Concurrent-To', `<${responseId}>`] as const];
    const png = capture.screenshot ? dataUrlBytes(capture.screenshot.dataUrl) : null;
    if (png) {
      await add(
        {
          type: 'resource',
          recordId: `urn:uuid:${opts.newId()}`,
          date,
          targetUri: `urn:view:${url}`,
          contentType: png.mime,
          block: png.bytes,
          fields: related,
        },
        png.mime,
      );
    }
    await add(
      {
        type: 'resource',
        recordId: `urn:uuid:${opts.newId()}`,
        date,
        targetUri: reportUri(capture),
        contentType: 'application/json',
        block: utf8(
          JSON.stringify(provenanceRecord(capture, png ? `urn:view:${url}` : null), null, 2),
        ),
        fields: related,
      },
      'application/json',
    );
  }
  return { bytes: concatBytes(parts), entries };
}

// Everything of the capture except the two large parts, which are records of their own.
function provenanceRecord(capture: Capture, screenshotUri: string | null): Record<string, unknown> {
  const { snapshot, screenshot: _screenshot, ...rest } = capture;
  return {
    format: 'provenance-lens-capture',
    ...rest,
    snapshotOmitted: snapshot.omitted,
    screenshotUri,
  };
}
