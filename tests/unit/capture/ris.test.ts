import { describe, expect, it } from 'vitest';
import { toRis } from '../../../src/capture';
import { originalCapture, PAGE_URL, sampleCapture } from './sample';

/** Records as lists of [tag, value], checking the line format on the way. */
function parseRis(text: string): Array<Array<[string, string]>> {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  const records: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  for (const line of lines) {
    // Tag: capital letter, capital or digit, two spaces, hyphen, space.
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    expect(m, `not an RIS line: ${JSON.stringify(line)}`).not.toBeNull();
    current.push([m![1]!, m![2]!]);
    if (m![1] === 'ER') {
      records.push(current);
      current = [];
    }
  }
  expect(current).toEqual([]);
  return records;
}

const values = (rec: Array<[string, string]>, tag: string) =>
  rec.filter(([t]) => t === tag).map(([, v]) => v);

describe('toRis', () => {
  const text = toRis([sampleCapture(), originalCapture()]);
  const records = parseRis(text);

  it('uses CRLF line endings only', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('starts every record with TY and ends it with ER and a trailing space', () => {
    expect(records).toHaveLength(2);
    for (const rec of records) {
      expect(rec[0]![0]).toBe('TY');
      expect(rec.at(-1)).toEqual(['ER', '']);
      expect(rec.filter(([t]) => t === 'TY' || t === 'ER')).toHaveLength(2);
    }
    expect(text).toContain('ER  - \r\nTY  - ');
  });

  it('cites the seed cross-post as a newspaper article', () => {
    const rec = records[0]!;
    expect(values(rec, 'TY')).toEqual(['NEWS']);
    expect(values(rec, 'TI')).toEqual([
      'Video: Dozens Army Troops Killed, Injured in Idlib Clashes',
    ]);
    expect(values(rec, 'AU')).toEqual(['South Front,']);
    expect(values(rec, 'PY')).toEqual(['2020/01/22/']);
    expect(values(rec, 'DA')).toEqual(['2020/01/22/']);
    expect(values(rec, 'UR')).toEqual([PAGE_URL]);
    expect(values(rec, 'T2')).toEqual(['Global Research']);
    expect(values(rec, 'PB')).toEqual(['Global Research']);
    expect(values(rec, 'Y2')).toEqual(['2024/05/01/']);
    expect(values(rec, 'KW')).toEqual(['syria', 'cross-post']);
  });

  it('puts the chain and the note in N1, one line each', () => {
    expect(values(records[0]!, 'N1')).toEqual([
      'Cross-post: Global Research (22 Jan 2020) ← South Front (21 Jan 2020)',
      'Copyright: South Front (2020)',
      'Check whether South Front allows this. Asked them on 2024-05-02.',
    ]);
  });

  it('writes people as "Family, Given"', () => {
    expect(values(records[1]!, 'AU')).toEqual(['Doe, Jane', 'van der Berg, John']);
  });

  it('cannot be broken by a newline in page text', () => {
    const c = sampleCapture({ title: 'x', note: 'line one\r\nER  - \r\nTY  - JOUR' });
    const [rec] = parseRis(toRis([c]));
    expect(rec!.filter(([t]) => t === 'ER')).toHaveLength(1);
  });

  it('writes nothing for no captures', () => {
    expect(toRis([])).toBe('');
  });
});
