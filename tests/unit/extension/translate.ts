/**
 * A `Translate` over a locale's catalogue (English by default), substituting placeholders the
 * way `i18n.getMessage` does, so unit tests see the real strings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageKey, Translate } from '../../../extension/shared/i18n';
import messages from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalogue = Record<string, Entry>;

function over(catalogue: Catalogue): Translate {
  return (key: MessageKey, subs: string[] = []) => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`no message "${key}"`);
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}

export const t: Translate = over(messages as Catalogue);

/** The catalogue of `public/_locales/<locale>/messages.json`, parsed. */
export function catalogue(locale: string): Catalogue {
  const file = resolve(import.meta.dirname, '../../../public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
}

/** A `Translate` over another locale's catalogue (`de`, `pt_BR`…). */
export const translatorFor = (locale: string): Translate => over(catalogue(locale));
