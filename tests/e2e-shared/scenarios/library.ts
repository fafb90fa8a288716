/**
 * A researcher's journey with the capture library on the seed page (a Global Research
 * cross-post of a South Front article): a comment on a sentence in the annotate window, a
 * capture saved from the popup with a note and tags, found again in the library, opened,
 * edited, deleted and restored, exported in every format (each file read back as a tool that
 * reads the format would), and imported back.
 */
import type { Capture } from '../../../src/capture/model/model';
import { checkCsl, checkWacz, checkWebAnnotation, type Known } from '../exports';
import {
  type Context,
  catchDownloads,
  type Downloaded,
  eventually,
  highlighted,
  scenarios,
  selectText,
  type View,
} from '../lens';
import {
  addedSince,
  forget,
  ROWS,
  readStore,
  runWord,
  SEARCH,
  saveFromPopup,
  search,
} from '../library';
import { axeViolations } from './a11y';
import { SEED } from './popup';

const { list, scenario } = scenarios();
export default list;

const SENTENCE =
  'On January 19, the Syrian Army repelled a large attack by Hayat Tahrir al-Sham (formerly the Syrian branch of al-Qaeda) and its allies on the town of Abu Dafn.';
const COMMENT = 'Casualty claim sourced to pro-government accounts only; compare with SOHR.';

/** Comments on SENTENCE in the annotate window, then saves the seed from a popup beside it
 * with a note and the run's tags; returns the capture and the page's address. */
async function saveSeed(
  { lens, expect }: Context,
  run: string,
): Promise<{ saved: Capture; known: Known }> {
  const tab = await lens.open(SEED);
  await eventually(async () => expect((await lens.badge(tab)).text).toBe('COPY'));
  await tab.front();
  expect(await selectText(tab, SENTENCE)).toBe(SENTENCE);
  const { window, answer } = await lens.annotate(tab);
  expect(answer).toEqual({
    ok: true,
    value: { pending: expect.stringMatching(/^[0-9a-f-]{36}$/) },
  });
  expect(await window.text('blockquote')).toBe(SENTENCE);
  // The comment is typed in the window, whose field has the focus (given once the window has
  // drawn: Firefox can show the quote a moment before); Ctrl+Enter saves it.
  await eventually(async () =>
    expect(await window.evaluate(() => document.activeElement?.localName)).toBe('textarea'),
  );
  await window.type(COMMENT);
  await window.press('Control+Enter');
  await window.closed();
  await eventually(async () =>
    expect(await highlighted(tab, 'provenance-lens-note')).toEqual([SENTENCE]),
  );
  // Nothing of the extension's was put into the page to type in.
  expect(await tab.count('textarea, [contenteditable]')).toBe(0);

  const note = `Idlib front, January 2020: republished a day later. Batch ${run}.`;
  const before = await readStore(lens);
  const popup = await lens.popup(tab, { beside: true });
  const said = await saveFromPopup(popup, { note, tags: `syria, ${run}, Syria` });
  expect(said.kind, said.text).toBe('saved');
  expect(said.text).toMatch(/^Saved\.$/);
  await popup.close();
  const added = addedSince(before, await readStore(lens));
  expect(added).toHaveLength(1);
  const saved = added[0] as Capture;
  const pageUrl = await tab.url();
  await tab.close();
  return { saved, known: { saved, pageUrl, note, comment: COMMENT, sentence: SENTENCE } };
}

scenario('a comment in the annotate window, then Save: one capture with all of it', async (ctx) => {
  const { lens, expect } = ctx;
  const run = runWord();
  const { saved, known } = await saveSeed(ctx, run);
  try {
    expect(saved.url).toBe(known.pageUrl);
    expect(saved.note).toBe(known.note);
    expect(saved.tags).toEqual(['syria', run]);
    expect(saved.report.status).toBe('cross-post');
    const own = saved.annotations.filter((a) => a.creator === 'user');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ motivation: 'commenting', body: COMMENT });
    expect(own[0]?.target.selector[0].exact).toBe(SENTENCE);
    const evidence = saved.annotations.filter((a) => a.evidence !== null);
    expect(evidence.map((a) => a.target.selector[0].exact)).toContain(
      'The original source of this article is South Front',
    );
    expect(saved.snapshot.html).toContain(SENTENCE);
    expect(saved.snapshot.html).not.toMatch(/<script|provenance-lens-(note|pending)/i);
    // The fixture's logo lives on globalresearch.ca, which the test browser cannot reach.
    expect(saved.snapshot.omitted).toContain(
      'image https://www.globalresearch.ca/wp-content/themes/globalresearch/images/logo-gr.png could not be fetched',
    );
    // The popup sat beside the page: the page was in view, and its picture was taken.
    expect(saved.screenshot?.dataUrl).toMatch(/^data:image\/(png|jpeg);base64,/);
    expect(saved.screenshot?.width ?? 0).toBeGreaterThan(400);
  } finally {
    await forget(lens, [saved.id]);
  }
});

scenario('Escape closes the annotate window and keeps nothing', async ({ lens, expect }) => {
  const tab = await lens.open(SEED);
  await eventually(async () => expect((await lens.badge(tab)).text).toBe('COPY'));
  expect(await selectText(tab, 'Abu Dafn')).toBe('Abu Dafn');
  const { window } = await lens.annotate(tab);
  expect(await window.text('blockquote')).toBe('Abu Dafn');
  await noViolations(window, expect);
  await eventually(async () =>
    expect(await highlighted(tab, 'provenance-lens-pending')).toEqual(['Abu Dafn']),
  );
  await window.type('not kept');
  await window.press('Escape');
  await window.closed();
  await eventually(async () =>
    expect(await highlighted(tab, 'provenance-lens-pending')).toEqual([]),
  );
  expect(await highlighted(tab, 'provenance-lens-note')).toEqual([]);
  await tab.close();
});

/** axe-core finds nothing in the view, in light and then dark (left dark). */
async function noViolations(view: View, expect: Context['expect']): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await view.colorScheme(scheme);
    expect((await axeViolations(view)).violations, scheme).toEqual([]);
  }
}

/** Saves the seed from a popup tab with a note and the run's tag (no annotation). */
async function quickSave({ lens, expect }: Context, run: string): Promise<Capture> {
  const tab = await lens.open(SEED);
  const popup = await lens.popup(tab);
  const before = await readStore(lens);
  const said = await saveFromPopup(popup, {
    note: `A note of run ${run}, about the republished article.`,
    tags: `syria, ${run}`,
  });
  expect(said.kind, said.text).toBe('saved');
  // Opened as a tab, the popup itself is the tab in view: no picture of the page.
  expect(said.text).toContain('Saved, without a screenshot: the tab was not the one in view.');
  await popup.close();
  await tab.close();
  const [saved] = addedSince(before, await readStore(lens));
  expect(saved?.screenshot).toBeNull();
  return saved as Capture;
}

scenario('the library finds a capture by note and tag, and opens it', async (ctx) => {
  const { lens, expect } = ctx;
  const run = runWord();
  const saved = await quickSave(ctx, run);
  const library = await lens.library();
  try {
    // A word of the note alone (not in the title), then the run's tag.
    await search(library, `republished ${run}`, 1, expect);
    await search(library, run, 1, expect);
    // The row's dates are in the browser's language, however the capture was saved.
    const day = await library.evaluate(() =>
      new Intl.DateTimeFormat(document.documentElement.lang, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2020, 0, 22)),
    );
    expect(await library.text(ROWS)).toContain(`Global Research (${day}) ← South Front`);
    await noViolations(library, expect);
    await search(library, 'qzxv wibblequark', 0, expect);
    await library.waitFor('p.empty', { text: /^No capture matches the search and filters\./ });

    // Words of the article itself, in none of the list's own fields, find it too.
    await search(library, `${run} service members wounded`, 1, expect);
    await search(library, `${run} syria`, 1, expect);
    await library.click(`${ROWS} .title-button`);
    await library.waitFor('iframe[sandbox]');
    expect(await library.attr('iframe[sandbox]', 'sandbox')).toBe('');
    // The snapshot is shown without scripts, with the evidence highlighted.
    await eventually(async () => {
      // Read from the frame's srcdoc, parsed inert: a sandboxed frame without scripts is
      // closed to its parent, and to a BiDi driver in Firefox.
      const inside = await library.evaluate(() => {
        const source = document.querySelector('iframe[sandbox]')?.getAttribute('srcdoc') ?? '';
        const doc = new DOMParser().parseFromString(source, 'text/html');
        return {
          text: doc.body?.textContent ?? '',
          scripts: doc.querySelectorAll('script').length,
          evidence: doc.querySelectorAll('mark.pl-evidence').length,
        };
      });
      expect(inside.text).toContain('Abu Dafn');
      expect(inside.scripts).toBe(0);
      expect(inside.evidence).toBeGreaterThan(0);
    });
    expect(await library.text('section.report')).toContain('South Front');
    await noViolations(library, expect);
  } finally {
    await library.close();
    await forget(lens, [saved.id]);
  }
});

scenario('the library edits the note and tags, and deletes with undo', async (ctx) => {
  const { lens, expect } = ctx;
  const run = runWord();
  const saved = await quickSave(ctx, run);
  const library = await lens.library();
  try {
    await search(library, run, 1, expect);
    await library.click(`${ROWS} .title-button`);
    await library.waitFor('form.note-editor');
    await library.fill('form.note-editor textarea', `Edited in run ${run}.`);
    await library.fill('form.note-editor input[type="text"]', `${run}, edited, Edited`);
    await library.click('form.note-editor button[type="submit"]');
    await eventually(async () => {
      const now = (await readStore(lens)).captures.find((c) => c.id === saved.id);
      expect(now?.note).toBe(`Edited in run ${run}.`);
      expect(now?.tags).toEqual([run, 'edited']);
    });

    await library.click('button', /Back to the list$/);
    await search(library, run, 1, expect);
    await library.click(`${ROWS} button`, `Delete “${saved.title}”`);
    await library.waitFor('*', { text: `“${saved.title}” was deleted.` });
    await eventually(async () =>
      expect((await readStore(lens)).captures.some((c) => c.id === saved.id)).toBe(false),
    );
    await library.click('button', 'Undo');
    await eventually(async () => {
      const back = (await readStore(lens)).captures.find((c) => c.id === saved.id);
      expect(back?.note).toBe(`Edited in run ${run}.`);
    });
    await search(library, run, 1, expect);
  } finally {
    await library.close();
    await forget(lens, [saved.id]);
  }
});

/** Exports the run's one capture in `format` and returns the file. */
async function exportAs(library: View, format: string): Promise<Downloaded> {
  const caught = await catchDownloads(library);
  await library.evaluate((value) => {
    const select = document.querySelector<HTMLSelectElement>('.export-bar select');
    if (!select) throw new Error('no export select');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    select.dispatchEvent(new Event('input', { bubbles: true }));
  }, format);
  await library.click('.export-bar button', 'Export selected (1)');
  const files = await eventually(async () => {
    const got = await caught();
    if (got.length === 0) throw new Error(`no ${format} file`);
    return got;
  });
  return files[0] as Downloaded;
}

async function selectRun(library: View, run: string, expect: Context['expect']) {
  await search(library, run, 1, expect);
  await library.click(`${ROWS} input.capture-check`);
  await library.waitFor('.export-bar button', { text: 'Export selected (1)' });
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

scenario(
  'every export format, read back as its readers would',
  async (ctx) => {
    const { lens, expect } = ctx;
    const run = runWord();
    const { saved, known } = await saveSeed(ctx, run);
    const library = await lens.library();
    try {
      await selectRun(library, run, expect);
      const files: Record<string, Downloaded> = {};
      for (const format of ['json', 'web-annotation', 'csl', 'ris', 'bibtex', 'wacz', 'html']) {
        files[format] = await exportAs(library, format);
      }
      const name = (f: string) => files[f]?.name ?? '';
      expect(name('json')).toMatch(/^provenance-lens-\d{4}-\d{2}-\d{2}\.json$/);
      expect(name('web-annotation')).toMatch(/\.jsonld$/);
      expect(name('csl')).toMatch(/\.csl\.json$/);
      expect(name('ris')).toMatch(/\.ris$/);
      expect(name('bibtex')).toMatch(/\.bib$/);
      expect(name('wacz')).toMatch(/\.wacz$/);
      expect(name('html')).toMatch(/-video-dozens-army-troops-[a-z0-9-]+\.html$/);

      // JSON: the whole capture, as stored.
      const json = JSON.parse(text(files.json?.bytes as Uint8Array));
      expect(json).toMatchObject({ format: 'provenance-lens-captures', version: 1 });
      expect(json.captures).toEqual([saved]);
      await checkWacz(expect, known, files.wacz?.bytes as Uint8Array);
      checkWebAnnotation(
        expect,
        known,
        JSON.parse(text(files['web-annotation']?.bytes as Uint8Array)),
      );
      checkCsl(expect, known, JSON.parse(text(files.csl?.bytes as Uint8Array)));
      const ris = text(files.ris?.bytes as Uint8Array);
      expect(ris.startsWith('TY  - NEWS\r\n')).toBe(true);
      expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
      expect(ris).toContain(`UR  - ${known.pageUrl}\r\n`);
      expect(ris).toContain(`KW  - ${run}\r\n`);
      expect(ris).toContain('PY  - 2020/01/22/\r\n');
      // biblatex: @online with the original publisher and date.
      const bib = text(files.bibtex?.bytes as Uint8Array);
      expect(bib).toMatch(/^@online\{[a-z0-9]+,\n/);
      expect(bib).toContain(`  url = {${known.pageUrl}},\n`);
      expect(bib).toContain('  origpublisher = {South Front},\n');
      expect(bib).toContain('  origdate = {2020-01-21},\n');
      // HTML: the provenance panel and the snapshot, nothing of the page's scripts, not even
      // escaped inside the snapshot's srcdoc.
      const html = text(files.html?.bytes as Uint8Array);
      expect(html).not.toMatch(/<script|&lt;script/i);
      expect(html).not.toContain('gr_ajax');
      expect(html).toContain('South Front');
      expect(html).toContain(COMMENT);
      expect(html).toMatch(/<iframe[^>]*sandbox=""/);
    } finally {
      await library.close();
      await forget(lens, [saved.id]);
    }
  },
  { timeout: 60_000 },
);

scenario(
  'a JSON export imports back identical; a cut or foreign file changes nothing',
  async (ctx) => {
    const { lens, expect } = ctx;
    const run = runWord();
    const saved = await quickSave(ctx, run);
    try {
      const library = await lens.library();
      await selectRun(library, run, expect);
      const json = await exportAs(library, 'json');
      const annotations = await exportAs(library, 'web-annotation');
      await library.close();
      const original = (await readStore(lens)).captures.find((c) => c.id === saved.id);
      await forget(lens, [saved.id]);

      const fresh = await lens.library();
      try {
        await fresh.upload('input[type="file"]', {
          name: json.name,
          mimeType: 'application/json',
          text: text(json.bytes),
        });
        await fresh.waitFor('[role="status"]', { text: 'Imported 1 capture.' });
        await search(fresh, run, 1, expect);
        const imported = await readStore(lens);
        expect(imported.captures.find((c) => c.id === saved.id)).toEqual(original);
        expect(imported.summaryIds).toContain(saved.id);

        const whole = text(json.bytes);
        for (const bad of [
          { name: 'truncated.json', text: whole.slice(0, Math.floor(whole.length / 2)) },
          { name: 'annotations.json', text: text(annotations.bytes) },
        ]) {
          await fresh.upload('input[type="file"]', { ...bad, mimeType: 'application/json' });
          await fresh.waitFor('[role="alert"]', {
            text: /Not imported:.*The library is unchanged\./,
          });
          expect(await readStore(lens)).toEqual(imported);
        }
        expect(await fresh.text('[role="alert"]')).toContain('Not a Provenance Lens captures file');
        await fresh.fill(SEARCH, run);
      } finally {
        await fresh.close();
      }
    } finally {
      await forget(lens, [saved.id]);
    }
  },
  { timeout: 60_000 },
);
