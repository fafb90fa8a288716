/** What every library component needs: the translate function and the page's seams. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ParseHtml } from '../../src/capture';
import { formatMoment } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import type { OutFile } from './download';

export interface LibraryEnv {
  t: Translate;
  /** DOMParser in the page: snapshots are parsed into detached documents, never shown. */
  parse: ParseHtml;
  now(): Date;
  /** Hands files to the browser's downloads. */
  save(files: readonly OutFile[]): Promise<void>;
}

export const Env = createContext<LibraryEnv>({
  t: (key) => key,
  parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
  now: () => new Date(),
  save: async () => {},
});

export const useEnv = () => useContext(Env);

/** "1 May 2024, 14:05" in the reader's own time and language: the one date format (shared/dates). */
export function formatSaved(iso: string): string {
  return formatMoment(iso);
}
