// @vitest-environment jsdom
// The library page over a complete in-memory IndexedDB: the list, search, delete and undo,
// import and export, one capture opened, and a browser that gives the page no storage.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../extension/library/App';
import { ReportPanel } from '../../../extension/library/components/ReportPanel';
import { Env, type LibraryEnv } from '../../../extension/library/context';
import type { OutFile } from '../../../extension/library/download';
import { openLibrary, StoreError } from '../../../extension/storage/store';
import { type Annotation, type Capture, STANDALONE_CSP, toJson } from '../../../src/capture';
import { PNG_1X1 } from '../capture/sample';
import { t } from '../extension/translate';
import { fixtureCapture, seedCapture } from './captures';

const OLDER = fixtureCapture('2024-06-12T10:00:00.000Z', 'a');
const NEWER = seedCapture('2024-07-01T09:30:00.000Z', 'b', { title: 'Idlib clashes, Zürich desk' });

let root: HTMLElement;
let factory: IDBFactory;
let saved: OutFile[][];

function env(): LibraryEnv {
  return {
    t,
    parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
    now: () => new Date(2026, 11, 1, 9, 0),
    save: async (files) => {
      saved.push([...files]);
    },
  };
}

async function show(open = () => openLibrary(factory)) {
  await act(() => render(<App env={env()} open={open} undoMs={300} />, root));
}

/** Lets IndexedDB and Preact run until `check` passes. */
async function until(check: () => unknown, what = 'condition') {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const titles = () =>
  Array.from(root.querySelectorAll('.capture .title-button')).map((b) => b.textContent);
const notice = () => root.querySelector('[role="status"].notice')?.textContent ?? '';
const alertText = () => root.querySelector('.notice--error')?.textContent ?? '';
const button = (text: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function importFile(text: string) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], 'captures.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

beforeEach(async () => {
  // The page's language, as main.tsx sets it from the browser's: dates are written in it.
  document.documentElement.lang = 'en-GB';
  root = document.createElement('div');
  document.body.append(root);
  saved = [];
  factory = new IDBFactory();
  const lib = await openLibrary(factory);
  await lib.importMany([OLDER, NEWER]);
  lib.close();
});

afterEach(async () => {
  await act(() => render(null, root));
  document.body.innerHTML = '';
});

describe('report beside the snapshot', () => {
  it('links only http(s) addresses, and shows the screenshot and what was left out', async () => {
    const capture: Capture = {
      ...NEWER,
      url: 'https://host.example/a',
      report: {
        ...NEWER.report,
        chain: [
          {
            role: 'host',
            publisher: 'Host',
            domain: 'host.example',
            url: null,
            date: null,
            evidence: [],
          },
          {
            role: 'intermediate',
            publisher: 'Mid',
            domain: null,
            url: 'javascript:alert(1)',
            date: null,
            evidence: [],
          },
          {
            role: 'original',
            publisher: 'Orig',
            domain: null,
            url: 'data:text/html,<script>1</script>',
            date: '2020-01-21',
            evidence: [],
          },
        ],
      },
      screenshot: { dataUrl: PNG_1X1, width: 1, height: 1 },
    };
    await act(() =>
      render(
        <Env.Provider value={env()}>
          <ReportPanel capture={capture} found={new Set()} onAnnotations={async () => null} />
        </Env.Provider>,
        root,
      ),
    );
    const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://host.example/a']);
    expect(root.querySelector('.chain')?.textContent).toContain('Mid');
    expect(root.querySelector<HTMLImageElement>('.screenshot')?.getAttribute('src')).toBe(PNG_1X1);
    expect(root.querySelector('.omitted')).toBeNull();
    expect(root.textContent).toContain('Nothing was left out.');
    expect(root.querySelectorAll('.tag')).toHaveLength(capture.annotations.length);
  });
});

describe('the checks against the original', () => {
  const panel = async (capture: Capture) => {
    await act(() =>
      render(
        <Env.Provider value={env()}>
          <ReportPanel capture={capture} found={new Set()} onAnnotations={async () => null} />
        </Env.Provider>,
        root,
      ),
    );
    return Array.from(root.querySelectorAll('.checks > li'));
  };
  const same = {
    url: 'https://southfront.org/idlib',
    finalUrl: 'https://southfront.org/idlib',
    checkedAt: '2024-07-01T09:00:00.000Z',
    status: 'same-text',
    containment: 0.94,
    coverage: 0.881,
    original: { title: 'Idlib clashes', publisher: 'South Front', publishedTime: '2020-01-21' },
    dateOrder: 'original-first',
    error: null,
  } as const;
  const gone = {
    ...same,
    checkedAt: '2024-07-01T09:20:00.000Z',
    status: 'unreachable',
    containment: null,
    coverage: null,
    original: null,
    dateOrder: 'unknown',
    error: 'http-404',
  } as const;

  it('shows each, the latest first: sentence, figures, original, when', async () => {
    const items = await panel({ ...NEWER, verifications: [same, gone] });
    expect(root.querySelector('#checks-heading')?.textContent).toBe('Checked against the original');
    expect(items.map((li) => li.querySelector('.check-verdict')?.textContent)).toEqual([
      'Could not reach the original (404)',
      "Same text as South Front's article (94% of this copy is in the original), published one day earlier",
    ]);
    const [, first] = items;
    expect(first?.querySelector('.check-figures')?.textContent).toBe(
      '94% of this copy is in the original, 88% of the original is in this copy.',
    );
    expect(first?.querySelector('.check-original')?.textContent).toMatch(
      /^Original: Idlib clashes, South Front, 21 Jan 2020 southfront\.org$/,
    );
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://southfront.org/idlib');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe(same.checkedAt);
    expect(first?.querySelector('time')?.textContent).toMatch(/^Checked .*2024/);
  });

  it("shows the report's own check when the capture keeps no list, and none without", async () => {
    expect(await panel({ ...NEWER, report: { ...NEWER.report, verification: same } })).toHaveLength(
      1,
    );
    expect(await panel(NEWER)).toHaveLength(0);
    expect(root.querySelector('#checks-heading')).toBeNull();
  });

  it('renders what a check says as text, and links only http(s)', async () => {
    const hostile = {
      ...same,
      finalUrl: 'javascript:alert(1)',
      original: {
        title: '<img src=x onerror=alert(1)>',
        publisher: '<b>South Front</b>',
        publishedTime: null,
      },
      dateOrder: 'copy-first',
    } as const;
    const [item] = await panel({ ...NEWER, verifications: [hostile] });
    expect(item?.querySelector('img, b')).toBeNull();
    expect(item?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(item?.querySelector('a')).toBeNull();
    expect(item?.textContent).toContain('This copy is dated before the original');
  });
});

describe('library page', () => {
  it('lists the captures newest first, with status words, chain and tags', async () => {
    await show();
    await until(() => titles().length === 2, 'the list');
    expect(titles()).toEqual([NEWER.title, OLDER.title]);
    const first = root.querySelector('.capture')!;
    expect(first.querySelector('.status')?.textContent).toBe('Cross-post');
    expect(first.querySelector('.capture-chain')?.textContent).toBe(
      'Global Research (22 Jan 2020) ← South Front (21 Jan 2020)',
    );
    expect(first.querySelector('.tags')?.textContent).toBe('Syria');
    expect(root.querySelector('h1')?.textContent).toBe('Capture library');
    expect(root.querySelector('.count')?.textContent).toBe('2 of 2');
  });

  it('says so when the library is empty', async () => {
    factory = new IDBFactory();
    await show();
    await until(() => root.querySelector('.empty'), 'the empty state');
    expect(root.querySelector('.empty')?.textContent).toMatch(/^No captures yet/);
  });

  it('finds a capture by a phrase of its saved article, not only by its title or note', async () => {
    await show();
    await until(() => titles().length === 2);
    const text = OLDER.articleHtml.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    // Three words of the article that are not in its title, note, tags or publishers.
    const words = text.split(' ').filter((w) => /^[a-z]{4,}$/i.test(w));
    const listed = `${OLDER.title} ${OLDER.note} ${OLDER.tags.join(' ')}`.toLowerCase();
    const phrase = words
      .filter((w) => !listed.includes(w.toLowerCase()))
      .slice(3, 6)
      .join(' ');
    expect(phrase.split(' ')).toHaveLength(3);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => type(search, phrase.toUpperCase()));
    await until(() => titles().length === 1, 'the article phrase to match');
    expect(titles()).toEqual([OLDER.title]);
  });

  it('filters by words without regard to case or accents, by status and by publisher', async () => {
    await show();
    await until(() => titles().length === 2);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => type(search, 'ZURICH'));
    expect(titles()).toEqual([NEWER.title]);
    await act(() => type(search, 'global voices'));
    expect(titles()).toEqual([OLDER.title]);
    await act(() => type(search, 'nothing like this'));
    expect(titles()).toEqual([]);
    expect(root.querySelector('.empty')?.textContent).toMatch(/^No capture matches/);
    await act(() => button('Clear search and filters')?.click());
    expect(titles()).toHaveLength(2);
    const [status, publisher] = Array.from(
      root.querySelectorAll<HTMLSelectElement>('.filters select'),
    );
    await act(() => choose(publisher!, 'South Front'));
    expect(titles()).toEqual([NEWER.title]);
    await act(() => choose(publisher!, ''));
    await act(() => choose(status!, 'original'));
    expect(titles()).toEqual([]);
  });

  it('deletes a capture and brings it back with Undo', async () => {
    await show();
    await until(() => titles().length === 2);
    const del = root.querySelector<HTMLButtonElement>(`[aria-label="Delete “${NEWER.title}”"]`)!;
    await act(() => del.click());
    await until(() => titles().length === 1, 'the delete');
    expect(notice()).toContain(`“${NEWER.title}” was deleted.`);
    await until(() => document.activeElement?.id === 'undo', 'focus on Undo');
    await act(() => button('Undo')?.click());
    await until(() => titles().length === 2, 'the undo');
    expect(notice()).toBe(`“${NEWER.title}” was restored.`);
    const lib = await openLibrary(factory);
    expect(await lib.get(NEWER.id)).toEqual(NEWER);
    lib.close();
  });

  it('offers Undo for a short while only', async () => {
    await show();
    await until(() => titles().length === 2);
    await act(() => root.querySelector<HTMLButtonElement>('.capture .button--quiet')?.click());
    await until(() => button('Undo'), 'Undo');
    await until(() => !button('Undo'), 'Undo to go');
    expect(notice()).toContain('was deleted');
    expect(titles()).toHaveLength(1);
  });

  it('a corrupt or foreign file changes nothing and says why', async () => {
    await show();
    await until(() => titles().length === 2);
    await importFile('{"captures": [');
    await until(() => alertText(), 'the error');
    expect(alertText()).toMatch(
      /^Not imported: The file is not valid JSON \(.*\)\. The library is unchanged\.$/,
    );
    await importFile('{"format":"zotero","items":[]}');
    await until(() => alertText().includes('zotero'));
    expect(alertText()).toBe(
      'Not imported: Not a Provenance Lens captures file (its format is "zotero"). The library is unchanged.',
    );
    expect(titles()).toEqual([NEWER.title, OLDER.title]);
  });

  it('imports a captures file', async () => {
    await show();
    await until(() => titles().length === 2);
    const third = seedCapture('2024-08-01T00:00:00.000Z', 'c', { title: 'Third' });
    await importFile(toJson([third, { ...OLDER, note: 'replaced' }]));
    await until(() => titles().length === 3, 'the import');
    expect(titles()[0]).toBe('Third');
    expect(notice()).toBe('Imported 2 captures. 1 of them replaced a copy already in the library.');
  });

  it('exports the selected captures in the chosen format', async () => {
    await show();
    await until(() => titles().length === 2);
    const exportButton = () => button('Export selected (0)') ?? button('Export selected (1)');
    expect(exportButton()?.disabled).toBe(true);
    const check = root.querySelector<HTMLInputElement>(`[aria-label="Select “${OLDER.title}”"]`)!;
    await act(() => check.click());
    await act(() => choose(root.querySelector<HTMLSelectElement>('.export-bar select')!, 'ris'));
    await act(() => button('Export selected (1)')?.click());
    await until(() => saved.length === 1, 'the download');
    const [file] = saved[0] ?? [];
    expect(file?.name).toBe('provenance-lens-2026-12-01.ris');
    expect(String(file?.data)).toMatch(/^TY {2}- NEWS\r\n/);
    expect(notice()).toBe('Saved to your downloads: provenance-lens-2026-12-01.ris');

    await act(() =>
      root.querySelector<HTMLInputElement>('.export-bar input[type="checkbox"]')!.click(),
    );
    await act(() => choose(root.querySelector<HTMLSelectElement>('.export-bar select')!, 'html'));
    await act(() => button('Export selected (2)')?.click());
    await until(() => saved.length === 2);
    expect(saved[1]?.map((f) => f.name)).toEqual([
      'provenance-lens-2026-12-01-idlib-clashes-zurich-desk.html',
      `provenance-lens-2026-12-01-${OLDER.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 60)
        .replace(/-+$/, '')}.html`,
    ]);
  });

  it('opens a capture: the snapshot sandboxed and locked down, the report beside it', async () => {
    const hostile: Capture = {
      ...NEWER,
      snapshot: {
        html: `<html><head><script>parent.pwned = 1</script></head><body><p>The original source of this article is South Front</p><img src=x onerror="parent.pwned = 2"></body></html>`,
        omitted: ['script elements (4)'],
      },
    };
    const lib = await openLibrary(factory);
    await lib.save(hostile);
    lib.close();
    await show();
    await until(() => titles().length === 2);
    await act(() => (root.querySelector('.title-button') as HTMLButtonElement).click());
    await until(() => root.querySelector('iframe'), 'the snapshot');
    expect(document.activeElement?.id).toBe('detail-heading');
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    const doc = new DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html');
    expect(doc.head.firstElementChild?.getAttribute('content')).toBe(STANDALONE_CSP);
    expect(doc.querySelector('mark.pl-evidence')?.textContent).toBe(
      'The original source of this article is South Front',
    );
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(root.querySelector('.report .status')?.textContent).toBe('Cross-post');
    expect(root.querySelector('.omitted')?.textContent).toBe('script elements (4)');
    expect(root.querySelector<HTMLImageElement>('.screenshot')).toBeNull();

    // The note and tags are saved through the store, tags tidied.
    const note = root.querySelector<HTMLTextAreaElement>('.note-editor textarea')!;
    const tags = root.querySelector<HTMLInputElement>('.note-editor input')!;
    await act(() => type(note, 'Licence asked for.'));
    await act(() => type(tags, 'syria,  wire , Syria'));
    await act(() => button('Save note and tags')?.click());
    await until(() => notice() === 'Note and tags saved.', 'the save');
    expect(tags.value).toBe('syria, wire');

    await act(() => button('← Back to the list')?.click());
    await until(() => document.activeElement?.classList.contains('title-button'), 'focus back');
    expect(root.querySelector('.capture .tags')?.textContent).toBe('syriawire');
  });

  it('counts evidence and own annotations apart; Escape closes; comments edit and delete with undo', async () => {
    const base = NEWER.annotations[0] as Annotation;
    const mine: Annotation = {
      ...base,
      id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa',
      motivation: 'commenting',
      creator: 'user',
      body: 'Check this line.',
      evidence: null,
    };
    const capture: Capture = { ...NEWER, annotations: [...NEWER.annotations, mine] };
    const evidence = NEWER.annotations.filter((a) => a.evidence).length;
    expect(evidence).toBeGreaterThan(0);
    const lib = await openLibrary(factory);
    await lib.save(capture);
    lib.close();
    await show();
    await until(() => titles().length === 2);
    const row = root.querySelector('.capture')!;
    expect(row.querySelector('.count--evidence')?.textContent).toBe(`Evidence: ${evidence}`);
    expect(row.querySelector('.count--own')?.textContent).toBe('Your annotations: 1');

    await act(() => (row.querySelector('.title-button') as HTMLButtonElement).click());
    await until(() => root.querySelector('.detail-grid'), 'the capture');
    await act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await until(() => !root.querySelector('.detail'), 'Escape to close');
    await until(() => document.activeElement?.classList.contains('title-button'), 'focus back');

    await act(() => (root.querySelector('.title-button') as HTMLButtonElement).click());
    await until(() => root.querySelector('.quote--own'), 'the own annotations');
    const stored = async () => {
      const l = await openLibrary(factory);
      const c = await l.get(capture.id);
      l.close();
      return c?.annotations.filter((a) => !a.evidence) ?? [];
    };
    // Edit: Escape in the comment field cancels the edit only.
    await act(() => button('Edit')?.click());
    const field = root.querySelector<HTMLTextAreaElement>('.comment-editor textarea')!;
    await act(() => type(field, 'Agency wording, not theirs.'));
    await act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.detail')).not.toBeNull();
    expect(root.querySelector('.comment-editor')).toBeNull();
    await act(() => button('Edit')?.click());
    await act(() =>
      type(root.querySelector<HTMLTextAreaElement>('.comment-editor textarea')!, 'Agency wording.'),
    );
    await act(() => button('Save comment')?.click());
    await until(() => notice() === 'Annotation saved.', 'the comment saved');
    expect(root.querySelector('.quote--own .quote-label')?.textContent).toBe('Agency wording.');
    expect((await stored()).map((a) => a.body)).toEqual(['Agency wording.']);

    // Delete, then Undo.
    const del = root.querySelector<HTMLButtonElement>(
      '.quote--own .quote-actions button:last-child',
    )!;
    await act(() => del.click());
    await until(() => notice().startsWith('Deleted the annotation on'), 'the delete');
    expect(root.querySelector('.quote--own')).toBeNull();
    expect(await stored()).toEqual([]);
    await act(() => button('Undo')?.click());
    await until(() => notice() === 'Annotation restored.', 'the undo');
    await until(() => root.querySelector('.quote--own'), 'the annotation back');
    expect((await stored()).map((a) => a.body)).toEqual(['Agency wording.']);
    // The evidence was never touched.
    const l = await openLibrary(factory);
    expect((await l.get(capture.id))?.annotations.filter((a) => a.evidence)).toEqual(
      NEWER.annotations.filter((a) => a.evidence),
    );
    l.close();
  });

  it('a browser without storage for the page gets a clear message', async () => {
    await show(() =>
      Promise.reject(new StoreError('unavailable', 'The capture library cannot open: test.')),
    );
    await until(() => root.querySelector('.failed'), 'the error state');
    expect(root.querySelector('.failed h2')?.textContent).toBe('The capture library cannot open');
    expect(root.querySelector('.failed p')?.textContent).toBe(
      'The capture library cannot open: test.',
    );
    expect(root.querySelector('input[type="file"]')).toBeNull();
  });
});

it('the page never writes HTML into its own document', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { resolve, join } = await import('node:path');
  const dir = resolve(import.meta.dirname, '../../../extension/library');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  expect(files.length).toBeGreaterThan(5);
  for (const f of files) {
    expect(readFileSync(f, 'utf8'), f).not.toMatch(
      /dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/,
    );
  }
});

vi.setConfig({ testTimeout: 30_000 });
