// The capture library's store over a complete in-memory IndexedDB (a fresh one per test).
// fake-indexeddb/auto installs the IDB* classes idb's wrappers test values against.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownChain } from '../../../extension/library/chain';
import { MIGRATIONS } from '../../../extension/storage/schema';
import {
  DB_NAME,
  DB_VERSION,
  describeStoreError,
  type Library,
  openDatabase,
  openLibrary,
  StoreError,
  summarise,
} from '../../../extension/storage/store';
import { type Capture, fromJson, toJson } from '../../../src/capture';
import { FIXTURE_URL, fixtureCapture, seedCapture } from './captures';

let factory: IDBFactory;
let lib: Library;

beforeEach(async () => {
  factory = new IDBFactory();
  lib = await openLibrary(factory);
});

afterEach(() => {
  lib.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const older = () => fixtureCapture('2024-06-12T10:00:00.000Z', 'a');
const newer = () => seedCapture('2024-07-01T09:30:00.000Z', 'b');

async function failure(p: Promise<unknown>): Promise<StoreError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StoreError);
  return e as StoreError;
}

/** Makes the summaries store's `put` throw a quota error on its `nth` call. */
function quotaOnSummaryPut(nth = 1) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'summaries' && ++calls === nth) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
}

describe('summarise', () => {
  it('keeps what the list shows: status, chain line, every publisher once, counts', () => {
    const c = newer();
    expect(summarise(c)).toEqual({
      id: c.id,
      url: c.url,
      title: c.title,
      savedAt: '2024-07-01T09:30:00.000Z',
      status: 'cross-post',
      chain: 'Global Research (22 Jan 2020) ← South Front (21 Jan 2020)',
      hops: [
        { name: 'Global Research', date: '2020-01-22' },
        { name: 'South Front', date: '2020-01-21' },
      ],
      publishers: ['Global Research', 'globalresearch.ca', 'South Front', 'southfront.org'],
      note: 'Ask South Front about the licence.',
      tags: ['Syria'],
      annotations: c.annotations.length,
      evidence: c.annotations.filter((a) => a.evidence).length,
      own: c.annotations.filter((a) => !a.evidence).length,
    });
  });
});

describe('shownChain', () => {
  it("writes the hops' dates in the reader's language, not the language they were saved in", () => {
    const s = summarise(newer());
    expect(shownChain(s, 'de')).toBe(
      'Global Research (22. Jan. 2020) ← South Front (21. Jan. 2020)',
    );
    expect(shownChain(s, 'en-US')).toBe(
      'Global Research (Jan 22, 2020) ← South Front (Jan 21, 2020)',
    );
    expect(shownChain(s, 'fr')).toContain('(22 janv. 2020)');
  });

  it('shows the line written at save time for a summary kept before the hops were', () => {
    const { hops: _, ...old } = summarise(newer());
    expect(shownChain(old, 'de')).toBe('Global Research (22 Jan 2020) ← South Front (21 Jan 2020)');
  });
});

describe('library', () => {
  it('saves, lists newest first, and gets captures whole', async () => {
    const [a, b] = [older(), newer()];
    await lib.save(a);
    await lib.save(b);
    const list = await lib.list();
    expect(list.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(list[1]).toEqual(summarise(a));
    expect(await lib.get(a.id)).toEqual(a);
    expect(await lib.get('missing')).toBeNull();
  });

  it('refuses an invalid capture and writes nothing', async () => {
    const bad = { ...older(), url: 'javascript:alert(1)' };
    const e = await failure(lib.save(bad));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^Not saved: the capture is not valid \(capture\.url/);
    expect(await lib.list()).toEqual([]);
  });

  it('updates the note and normalised tags in capture and summary alike', async () => {
    const a = older();
    await lib.save(a);
    const updated = await lib.update(a.id, {
      note: 'Check the licence.',
      tags: [' CC ', 'cc', 'x'],
    });
    expect(updated).toEqual({ ...a, note: 'Check the licence.', tags: ['CC', 'x'] });
    expect(await lib.get(a.id)).toEqual(updated);
    expect((await lib.list())[0]).toMatchObject({ note: 'Check the licence.', tags: ['CC', 'x'] });
    const tagsOnly = await lib.update(a.id, { tags: [] });
    expect(tagsOnly.note).toBe('Check the licence.');
    expect(tagsOnly.tags).toEqual([]);
    expect((await failure(lib.update('missing', { note: 'x' }))).code).toBe('not-found');
  });

  it('removes a capture, returning it, and restores it as it was', async () => {
    const [a, b] = [older(), newer()];
    await lib.save(a);
    await lib.save(b);
    const removed = await lib.remove(a.id);
    expect(removed).toEqual(a);
    expect(await lib.get(a.id)).toBeNull();
    expect((await lib.list()).map((s) => s.id)).toEqual([b.id]);
    await lib.restore(removed);
    expect(await lib.get(a.id)).toEqual(a);
    expect((await lib.list()).map((s) => s.id)).toEqual([b.id, a.id]);
    expect((await failure(lib.remove(a.id.replace('a', 'z')))).code).toBe('not-found');
  });

  it('imports many, counting the added and the replaced, and gives them back deep-equal', async () => {
    const [a, b] = [older(), newer()];
    await lib.save({ ...a, note: 'old note' });
    expect(await lib.importMany([a, b])).toEqual({ added: 1, replaced: 1 });
    expect(await lib.get(a.id)).toEqual(a);
    expect(await lib.get(b.id)).toEqual(b);
    expect(await lib.importMany([])).toEqual({ added: 0, replaced: 0 });
  });

  it('round-trips an export file through another library', async () => {
    const [a, b] = [older(), newer()];
    await lib.importMany([a, b]);
    const exported = await Promise.all((await lib.list()).map((s) => lib.get(s.id)));
    const file = fromJson(toJson(exported as Capture[]));
    expect(file.ok).toBe(true);
    const other = await openLibrary(new IDBFactory());
    expect(await other.importMany(file.ok ? file.value : [])).toEqual({ added: 2, replaced: 0 });
    expect(await other.get(a.id)).toEqual(a);
    expect(await other.get(b.id)).toEqual(b);
    expect(await other.list()).toEqual(await lib.list());
    other.close();
  });

  it('changes nothing when one capture of an import is invalid', async () => {
    const a = older();
    await lib.save(a);
    const b = newer();
    const bad = {
      ...seedCapture('2024-08-01T00:00:00.000Z', 'c'),
      version: 2,
    } as unknown as Capture;
    const e = await failure(lib.importMany([{ ...a, note: 'changed' }, b, bad]));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^Not imported: capture 3 of 3 is not valid \(capture\.version/);
    expect(await lib.list()).toEqual([summarise(a)]);
    expect(await lib.get(a.id)).toEqual(a);
    expect(await lib.get(b.id)).toBeNull();
  });

  it('refuses an import that repeats an id', async () => {
    const a = older();
    const e = await failure(lib.importMany([a, newer(), a]));
    expect(e.message).toContain('capture 3 of 3 repeats the id');
    expect(await lib.list()).toEqual([]);
  });
});

describe('full-text search', () => {
  it('finds a capture by words of its article, its quotes and its comments, by prefix', async () => {
    const a = older();
    const base = newer();
    const comment = 'Compare with the agency wording';
    const quoted = base.annotations[0] as Capture['annotations'][number];
    const own = { ...quoted, id: 'urn:uuid:00000000-0000-4000-8000-0000000000ff' };
    const b: Capture = {
      ...base,
      annotations: [
        ...base.annotations,
        { ...own, motivation: 'commenting', creator: 'user', body: comment, evidence: null },
      ],
    };
    await lib.save(a);
    await lib.save(b);
    const articleWord = a.articleHtml.replace(/<[^>]*>/g, ' ').match(/[a-z]{8,}/i)?.[0] ?? '';
    const commentWord = comment.match(/[a-z]{5,}/i)?.[0] ?? '';
    expect(articleWord && commentWord).toBeTruthy();
    const prefix = articleWord.slice(0, 5).toUpperCase();
    const hits = await lib.findText([articleWord, commentWord, prefix, 'zzzqqq']);
    expect(hits.get(articleWord)?.has(a.id)).toBe(true);
    expect(hits.get(commentWord)?.has(b.id)).toBe(true);
    expect(hits.get(prefix)?.has(a.id)).toBe(true);
    expect(hits.get('zzzqqq')).toEqual(new Set());
  });

  it('forgets the words of a deleted capture', async () => {
    const a = older();
    await lib.save(a);
    const word = a.articleHtml.replace(/<[^>]*>/g, ' ').match(/[a-z]{8,}/i)?.[0] ?? '';
    await lib.remove(a.id);
    expect((await lib.findText([word])).get(word)).toEqual(new Set());
  });
});

describe('a full disk', () => {
  it('leaves no half capture when the summary cannot be written, and says so', async () => {
    const a = older();
    await lib.save(a);
    quotaOnSummaryPut();
    const b = newer();
    const e = await failure(lib.save(b));
    expect(e.code).toBe('quota');
    expect(e.message).toBe(
      "Not saved: the browser's storage for extensions is full. Nothing was changed; free some space or delete old captures.",
    );
    vi.restoreAllMocks();
    expect(await lib.get(b.id)).toBeNull();
    expect(await lib.list()).toEqual([summarise(a)]);
    expect(await lib.get(a.id)).toEqual(a);
  });

  it('rolls a whole import back when the disk fills half-way', async () => {
    const a = older();
    await lib.save(a);
    quotaOnSummaryPut(2);
    const changed = { ...a, note: 'changed' };
    const b = newer();
    const e = await failure(lib.importMany([changed, b]));
    expect(e.code).toBe('quota');
    vi.restoreAllMocks();
    expect(await lib.get(a.id)).toEqual(a);
    expect(await lib.get(b.id)).toBeNull();
    expect(await lib.list()).toEqual([summarise(a)]);
  });

  it('maps a quota error that aborts the transaction at commit', () => {
    const abort = new DOMException('Quota exceeded', 'QuotaExceededError');
    expect(describeStoreError(abort).code).toBe('quota');
  });
});

describe('errors', () => {
  it('a closed library says so', async () => {
    lib.close();
    const e = await failure(lib.list());
    expect(e.code).toBe('closed');
    expect(e.message).toMatch(/reload this page/);
  });

  it('steps aside for a newer connection and then reports closed', async () => {
    await lib.save(older());
    await new Promise<void>((resolve, reject) => {
      const req = factory.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect((await failure(lib.get('x'))).code).toBe('closed');
  });

  it('no indexedDB at all (a private window) is unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const e = await failure(openLibrary());
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/private window/);
  });

  it('a private window is unavailable even where it has an indexedDB of its own', async () => {
    // Firefox gives a private window's extension pages a separate, in-memory database: the
    // library there would look empty, and what is kept there would vanish with the window.
    const e = await failure(openLibrary(factory, { privateWindow: true }));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/private window/);
    const normal = await openLibrary(factory, { privateWindow: false });
    expect(Array.isArray(await normal.list())).toBe(true);
    normal.close();
  });

  it('an indexedDB that throws on open is unavailable', async () => {
    const throwing = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    expect((await failure(openLibrary(throwing))).code).toBe('unavailable');
  });

  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [new DOMException('x', 'InvalidStateError'), 'closed'],
    [new DOMException('x', 'AbortError'), 'failed'],
    [new DOMException('x', 'UnknownError'), 'failed'],
    [new Error('disk on fire'), 'failed'],
    ['plain string', 'failed'],
    [new StoreError('not-found', 'gone'), 'not-found'],
  ] as const)('describeStoreError(%s) is %s', (e, code) => {
    const d = describeStoreError(e);
    expect(d.code).toBe(code);
    expect(d.message).toMatch(/^[A-Z].*\.$|^gone$/);
  });
});

describe('schema', () => {
  /** A database made with the raw API, as version 1 of the extension wrote it. */
  async function handMadeVersion1(f: IDBFactory, capture: Capture): Promise<IDBDatabase> {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = f.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('captures', { keyPath: 'id' });
        req.result
          .createObjectStore('summaries', { keyPath: 'id' })
          .createIndex('savedAt', 'savedAt');
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['captures', 'summaries'], 'readwrite');
      tx.objectStore('captures').put(capture);
      // Version 1's summary: one count of annotations.
      const { evidence: _e, own: _o, ...v1 } = summarise(capture);
      tx.objectStore('summaries').put(v1);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return db;
  }

  it('a new database gets both stores and the date index', async () => {
    expect(DB_VERSION).toBe(2);
    const db = await openDatabase(new IDBFactory());
    expect([...db.objectStoreNames]).toEqual(['captures', 'summaries', 'words']);
    expect([...db.transaction('summaries').store.indexNames]).toEqual(['savedAt']);
    const words = db.transaction('words').store.index('words');
    expect(words.multiEntry).toBe(true);
    db.close();
  });

  it('reads a version 1 database made by hand', async () => {
    const f = new IDBFactory();
    const a = older();
    (await handMadeVersion1(f, a)).close();
    const opened = await openLibrary(f);
    expect(await opened.get(a.id)).toEqual(a);
    // Version 2's upgrade counted evidence and own annotations apart, and indexed the words of
    // what was already saved.
    expect(await opened.list()).toEqual([summarise(a)]);
    const word = a.articleHtml.replace(/<[^>]*>/g, ' ').match(/[a-z]{6,}/i)?.[0] as string;
    expect((await opened.findText([word])).get(word)).toEqual(new Set([a.id]));
    opened.close();
  });

  it('upgrades an older database by its own steps only, keeping the data', async () => {
    const f = new IDBFactory();
    const a = older();
    (await handMadeVersion1(f, a)).close();
    const step2 = vi.fn((_db, tx) => {
      tx.objectStore('summaries').createIndex('tags', 'tags', { multiEntry: true });
    });
    const step0 = vi.fn(MIGRATIONS[0]);
    const db = await openDatabase(f, 3, { 0: step0, 1: MIGRATIONS[1] as never, 2: step2 });
    expect(step0).not.toHaveBeenCalled();
    expect(step2).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(3);
    expect(await db.get('captures', a.id)).toEqual(a);
    const tagged = await db
      .transaction('summaries')
      .store.index('tags' as 'savedAt')
      .getAll('education');
    expect(tagged.map((s) => s.id)).toEqual([a.id]);
    db.close();
    // This version cannot read what a newer one wrote: it says so instead of failing later.
    const e = await failure(openLibrary(f));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/newer version/);
  });

  it('a failing step leaves the database at its old version', async () => {
    const f = new IDBFactory();
    (await handMadeVersion1(f, older())).close();
    const e = await failure(
      openDatabase(f, 2, {
        ...MIGRATIONS,
        1: () => {
          throw new Error('step failed');
        },
      }),
    );
    expect(e.code).toBe('failed');
    const again = await openLibrary(f);
    expect(await again.list()).toHaveLength(1);
    again.close();
  });

  it('an old connection that will not close blocks the upgrade: said at once', async () => {
    const f = new IDBFactory();
    const stuck = await handMadeVersion1(f, older());
    const e = await failure(openDatabase(f, 2, { ...MIGRATIONS, 1: () => {} }));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/other pages/);
    stuck.close();
  });
});

it('the fixture capture is the page it says', () => {
  expect(older().url).toBe(FIXTURE_URL);
  expect(older().report.status).toBe('cross-post');
});
