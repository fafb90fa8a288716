/**
 * The extension's own words, read from `public/_locales/<locale>/messages.json` and filled in
 * as `i18n.getMessage` does, so e2e tests assert the catalogue's sentence in the language the
 * browser runs in, never a copy of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageKey } from '../../extension/shared/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const cache = new Map<string, Record<string, Entry>>();

/** One message of a locale's catalogue (`en`, `de`, `pt_BR`…), placeholders substituted. */
export function message(locale: string, key: MessageKey, subs: string[] = []): string {
  let catalogue = cache.get(locale);
  if (!catalogue) {
    catalogue = JSON.parse(readFileSync(resolve(LOCALES, locale, 'messages.json'), 'utf8'));
    cache.set(locale, catalogue as Record<string, Entry>);
  }
  const entry = catalogue?.[key];
  if (!entry) throw new Error(`no message "${key}" in ${locale}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}
