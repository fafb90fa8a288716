import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../../extension/library/exports';
import { FORMATS } from '../../../extension/library/formats';
import messages from '../../../public/_locales/en/messages.json';
import { counterIds, sampleCapture } from '../capture/sample';

const parse = (html: string) => parseHTML(html).document as unknown as Document;
const now = new Date(2026, 11, 6, 10, 0);

describe('the export formats, one list', () => {
  it('gives each format its own id, label and file extension', () => {
    for (const key of ['id', 'label', 'extension'] as const) {
      const values = FORMATS.map((f) => f[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const f of FORMATS) expect(Object.hasOwn(messages, f.label), f.label).toBe(true);
  });

  it.each(FORMATS.filter((f) => !('perCapture' in f)))(
    '$id: one file for the selection, with the list’s name and type',
    async (f) => {
      const captures = [sampleCapture({}, counterIds('a')), sampleCapture({}, counterIds('b'))];
      const files = await exportFiles(f.id, captures, { now, parse });
      expect(files).toHaveLength(1);
      expect(files[0]!.name).toBe(`provenance-lens-2026-12-06.${f.extension}`);
      expect(files[0]!.type).toBe(f.type);
      expect(files[0]!.data.length).toBeGreaterThan(0);
    },
  );

  it('html: one file per capture, named after its title, never twice the same', async () => {
    const captures = [sampleCapture({}, counterIds('a')), sampleCapture({}, counterIds('b'))];
    const files = await exportFiles('html', captures, { now, parse });
    expect(files.map((f) => f.type)).toEqual(['text/html', 'text/html']);
    const [first, second] = files.map((f) => f.name);
    expect(first).toMatch(/^provenance-lens-2026-12-06-video-dozens-army-troops.*\.html$/);
    expect(second).toBe(first!.replace(/\.html$/, '-2.html'));
    expect(String(files[0]!.data)).toContain('<html');
  });
});
