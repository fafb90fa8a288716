// The interface's catalogues: one per language the analyser reads, each complete, with the
// English placeholders, and translated (not the English text copied).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from './translate';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');
/** English, French, German, Spanish, Italian, Portuguese (Brazil and Portugal), Russian. */
const EXPECTED = ['de', 'en', 'es', 'fr', 'it', 'pt_BR', 'pt_PT', 'ru'];
const en = catalogue('en');
const others = EXPECTED.filter((l) => l !== 'en');

/** The `$NAME$` references of a message, lower-cased and sorted. */
const refs = (message: string) =>
  [...new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]?.toLowerCase()))]
    .filter((n) => n !== undefined)
    .sort();

/** Words of a message, placeholders and file extensions left out. */
const words = (message: string) =>
  message
    .replace(/\$[A-Za-z0-9_]+\$/g, ' ')
    .replace(/\.[a-z]+\b/g, ' ')
    .match(/\p{L}+/gu) ?? [];

describe('locales', () => {
  it('has a catalogue for each language the analyser reads, and no other', () => {
    const dirs = readdirSync(LOCALES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(dirs).toEqual(EXPECTED);
  });

  it('English placeholders each name a reference the message makes', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(refs(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  describe.each(others)('%s', (locale) => {
    const messages = catalogue(locale);

    it('has every English key and no other', () => {
      const missing = Object.keys(en).filter((k) => !(k in messages));
      const extra = Object.keys(messages).filter((k) => !(k in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('keeps the placeholders: the same block and the same references', () => {
      const wrong = Object.keys(en)
        .filter((k) => k in messages)
        .filter((k) => {
          const ours = messages[k];
          const theirs = en[k];
          return (
            !ours ||
            !theirs ||
            JSON.stringify(ours.placeholders ?? null) !==
              JSON.stringify(theirs.placeholders ?? null) ||
            refs(ours.message).join() !== refs(theirs.message).join()
          );
        });
      expect(wrong).toEqual([]);
    });

    it('translates every message of three words or more', () => {
      const copied = Object.keys(en).filter((k) => {
        const english = en[k]?.message ?? '';
        return words(english).length >= 3 && messages[k]?.message.trim() === english.trim();
      });
      expect(copied).toEqual([]);
    });

    it('has no empty message', () => {
      expect(Object.keys(messages).filter((k) => !messages[k]?.message.trim())).toEqual([]);
    });
  });
});
