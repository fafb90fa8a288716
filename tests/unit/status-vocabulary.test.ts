// The status table every part shows statuses from: complete, unambiguous, and strict about
// what is a status.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../src/report.schema.json';
import { isStatus, STATUS_WORDS, STATUSES } from '../../src/status/vocabulary';

const root = resolve(import.meta.dirname, '../..');
const LOCALES = readdirSync(resolve(root, 'public/_locales'));

describe('the status table', () => {
  it('lists the statuses of the report schema, in its order', () => {
    const props = schema.properties as Record<string, { enum?: string[] }>;
    expect(STATUSES).toEqual(props.status?.enum);
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...STATUSES].sort());
  });

  it('gives each status its own badge text and popup mark, so none reads by colour alone', () => {
    const marks = STATUSES.map((s) => STATUS_WORDS[s].mark);
    expect(new Set(marks).size).toBe(STATUSES.length);
    const badges = STATUSES.map((s) => STATUS_WORDS[s].badge).filter(Boolean);
    expect(new Set(badges).size).toBe(badges.length);
  });

  it('names message keys every locale has', () => {
    for (const locale of LOCALES) {
      const path = resolve(root, 'public/_locales', locale, 'messages.json');
      const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      for (const s of STATUSES) {
        const { labelKey, badgeTitleKey, headlineKey } = STATUS_WORDS[s];
        for (const key of [labelKey, badgeTitleKey, headlineKey]) {
          expect(messages[key], `${locale}: ${key}`).toBeDefined();
        }
      }
    }
  });

  it('takes only the four statuses as statuses', () => {
    for (const s of STATUSES) expect(isStatus(s)).toBe(true);
    for (const x of ['Original', 'crosspost', '', 'constructor', 'toString', null, 1, {}]) {
      expect(isStatus(x)).toBe(false);
    }
  });
});
