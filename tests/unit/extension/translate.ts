/**
 * A `Translate` over the English catalogue, substituting placeholders the way
 * `i18n.getMessage` does, so unit tests see the real strings.
 */

import type { MessageKey, Translate } from '../../../extension/shared/i18n';
import messages from '../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export const t: Translate = (key: MessageKey, subs: string[] = []) => {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) throw new Error(`no message "${key}"`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
};
