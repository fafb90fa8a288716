/**
 * WACZ 1.1.1 (Web Archive Collection Zipped), the package ReplayWeb.page opens: the WARC, a
 * CDXJ index into it, the list of pages, and a Frictionless data package manifest with the
 * SHA-256 and size of every file, itself hashed in datapackage-digest.json.
 */
import { type Zippable, zipSync } from 'fflate';
import { sha256Hex, utf8 } from '../bytes';
import type { Capture } from '../model/model';
import type { ParseHtml } from '../safety/sanitize';
import { buildWarc } from './archive';
import { cdxjIndex } from './cdxj';

export const WACZ_VERSION = '1.1.1';

export interface WaczOptions {
  now?: Date;
  /** Shown by replay tools as the collection's name. */
  title?: string;
  /** Gzip each WARC record (`data.warc.gz`); true by default. */
  gzip?: boolean;
  software?: string;
  newId?: () => string;
  /**
   * When given, each page's HTML is sanitised again before it is archived, as
   * `toStandaloneHtml` does: a capture may come from an imported file rather than the sanitiser.
   */
  parse?: ParseHtml;
}

interface Resource {
  name: string;
  path: string;
  hash: string;
  bytes: number;
}

/** The captures (as `validateCapture` accepts them) as a .wacz file's bytes. */
export async function toWacz(
  captures: readonly Capture[],
  options: WaczOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const now = options.now ?? new Date();
  const gzip = options.gzip ?? true;
  const software = options.software ?? 'Provenance Lens';
  const title = options.title ?? 'Provenance Lens captures';
  const warcName = gzip ? 'data.warc.gz' : 'data.warc';
  const warc = await buildWarc(captures, {
    filename: warcName,
    gzip,
    now,
    software,
    newId: options.newId ?? (() => crypto.randomUUID()),
    parse: options.parse,
  });
  const files: Array<[path: string, bytes: Uint8Array, store: boolean]> = [
    // Archives are stored, not deflated: replay reads records by offset straight from the zip.
    [`archive/${warcName}`, warc.bytes, true],
    ['indexes/index.cdx', utf8(cdxjIndex(warc.entries)), false],
    ['pages/pages.jsonl', utf8(pagesJsonl(captures, title)), false],
  ];
  const resources: Resource[] = [];
  for (const [path, bytes] of files) {
    resources.push({
      name: path.slice(path.lastIndexOf('/') + 1),
      path,
      hash: `sha256:${await sha256Hex(bytes)}`,
      bytes: bytes.length,
    });
  }
  const main = captures[0];
  const datapackage = utf8(
    `${JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: WACZ_VERSION,
        title,
        description: `${captures.length} page${captures.length === 1 ? '' : 's'} saved with ${software}, each with its provenance report.`,
        created: now.toISOString(),
        modified: now.toISOString(),
        software,
        ...(main ? { mainPageUrl: new URL(main.url).href, mainPageDate: main.savedAt } : {}),
        resources,
      },
      null,
      2,
    )}\n`,
  );
  const digest = utf8(
    `${JSON.stringify({ path: 'datapackage.json', hash: `sha256:${await sha256Hex(datapackage)}` }, null, 2)}\n`,
  );
  const zip: Zippable = {};
  for (const [path, bytes, store] of files) zip[path] = [bytes, { level: store ? 0 : 6 }];
  zip['datapackage.json'] = [datapackage, { level: 6 }];
  zip['datapackage-digest.json'] = [digest, { level: 6 }];
  return zipSync(zip, { mtime: now });
}

/** The pages list: a header line, then one line per captured page. */
export function pagesJsonl(captures: readonly Capture[], title: string): string {
  const header = { format: 'json-pages-1.0', id: 'pages', title };
  const pages = captures.map((c) => ({
    id: c.id,
    url: new URL(c.url).href,
    ts: c.savedAt,
    title: c.title,
  }));
  return [header, ...pages].map((p) => `${JSON.stringify(p)}\n`).join('');
}
