/** Library page entry: the translate function, DOMParser and downloads, and the store. */
import { render } from 'preact';
import { getBrowser, translator } from '../shared/browser';
import { openLibrary } from '../storage/store';
import { App } from './App';
import type { LibraryEnv } from './context';
import { saveFiles } from './download';

const api = getBrowser();
const t = translator(api);
document.documentElement.lang = api.i18n.getUILanguage();
document.title = t('libraryPageTitle');

const env: LibraryEnv = {
  t,
  parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
  now: () => new Date(),
  save: (files) => saveFiles(files),
};
const open = () =>
  openLibrary(globalThis.indexedDB, { privateWindow: api.extension.inIncognitoContext });

const root = document.getElementById('app');
if (root) render(<App env={env} open={open} />, root);
