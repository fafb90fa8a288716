/** What every popup component needs: the translate function and the tab it describes. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../shared/i18n';
import type { HighlightRequest, Result } from '../shared/protocol';

export interface PopupEnv {
  t: Translate;
  /** Asks the page to highlight a quote; resolves to whether it was found. */
  highlight(req: HighlightRequest): Promise<Result<{ found: boolean }>>;
}

export const Env = createContext<PopupEnv>({
  t: (key) => key,
  highlight: async () => ({ ok: false, error: 'no-page' }),
});

export const useEnv = () => useContext(Env);
