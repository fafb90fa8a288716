/**
 * Reference tools nobody here wrote, to read the citation exports as researchers' software
 * does: citeproc-js (the engine of Zotero and Mendeley) formatting CSL-JSON with the APA,
 * Vancouver and Harvard styles, and citation-js's RIS and BibTeX/biblatex parsers. The styles
 * and the en-US locale are the copies that @citation-js/plugin-csl ships: nothing is fetched.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  makeCitationCluster(items: Array<{ id: string }>): string;
}
interface Citeproc {
  Engine: new (
    sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown },
    style: string,
    lang?: string,
  ) => CiteprocEngine;
}

const CSL = require('citeproc') as Citeproc;
const STYLES = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const LOCALES = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;

export type Style = 'apa' | 'vancouver' | 'harvard1';
export const STYLE_NAMES: Style[] = ['apa', 'vancouver', 'harvard1'];

/** An item as citeproc-js reads it: CSL-JSON with an id. */
export type CslData = Record<string, unknown> & { id: string };

/**
 * The bibliography entry and the in-text citation of each item, in the order given, as plain text (citeproc's
 * HTML output with the tags taken out and its entities decoded).
 */
export function formatWith(
  style: Style,
  items: readonly CslData[],
): { references: string[]; citations: string[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => LOCALES[lang] ?? (LOCALES['en-US'] as string),
      retrieveItem: (id) => byId.get(id),
    },
    STYLES[style] as string,
    'en-US',
  );
  const ids = items.map((i) => i.id);
  engine.updateItems(ids);
  const bib = engine.makeBibliography();
  // The style sorts its entries; they are given back in the order of `items`.
  const sorted = bib ? bib[0].entry_ids.map((e, i) => [e[0], text(bib[1][i] ?? '')]) : [];
  const byEntry = new Map(sorted as Array<[string, string]>);
  const references = ids.map((id) => byEntry.get(id) ?? '');
  const citations = ids.map((id) => text(engine.makeCitationCluster([{ id }])));
  return { references, citations };
}

function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#38;/g, '&')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#60;/g, '<')
    .replace(/&#62;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CiteInstance {
  data: CslData[];
}
interface CiteJs {
  Cite: new (input: string, options?: { forceType?: string }) => CiteInstance;
}

const citationJs = require('@citation-js/core') as CiteJs;
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');

/** What citation-js makes of an RIS file: one CSL item per record. */
export function parseRisFile(ris: string): CslData[] {
  return new citationJs.Cite(ris, { forceType: '@ris/file' }).data;
}

/** What citation-js makes of a .bib file (biblatex fields included): one CSL item per entry. */
export function parseBibFile(bib: string): CslData[] {
  return new citationJs.Cite(bib, { forceType: '@biblatex/text' }).data;
}
