/** Annotate window entry: wires the browser API into the Preact page. */
import { render } from 'preact';
import { getBrowser, translator } from '../shared/browser';
import { App } from './App';

const api = getBrowser();
const t = translator(api);
document.documentElement.lang = api.i18n.getUILanguage();
document.title = t('annotateTitle');
const root = document.getElementById('app');
if (root)
  render(<App api={api} t={t} search={location.search} close={() => window.close()} />, root);
