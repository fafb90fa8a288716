// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCheck } from '../../../extension/popup/checks';
import { SaveSection } from '../../../extension/popup/components/SaveSection';
import { Env } from '../../../extension/popup/context';
import { pngSize } from '../../../extension/popup/save';
import type { Browser } from '../../../extension/shared/browser';
import type { Capture } from '../../../src/capture/model/model';
import { validateCapture } from '../../../src/capture/model/validate';
import type { Verification } from '../../../src/report';
import { PAGE_URL, sampleCapture } from '../capture/sample';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

const TAB = 7;
const WINDOW = 3;

/** A PNG data URL whose IHDR says `width` × `height` (the rest of the file is not read). */
function png(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  bytes.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12,
  );
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

/** What the content script hands over: a capture with no screenshot, note or tags yet. */
function draft(): Capture {
  return { ...sampleCapture(), screenshot: null, note: '', tags: [] };
}

interface Options {
  capture?: unknown;
  annotations?: number;
  active?: boolean;
  shot?: string | Error;
  /** What the background answers saveCapture with, or how sending fails. */
  answer?: unknown;
  sendFails?: Error;
  hold?: Promise<void>;
  /** What the background answers updateCapture with. */
  update?: unknown;
}

interface Update {
  id: string;
  note: string;
  tags: string[];
}

function fakeApi(o: Options = {}) {
  const saved: Capture[] = [];
  const updates: Update[] = [];
  const kept = new Map<string, unknown>();
  const ok = (value: unknown) => ({ ok: true, value });
  const api = {
    tabs: {
      sendMessage: vi.fn(async (_tab: number, m: { method: string }) => {
        if (m.method === 'ping') return ok({ ready: true, full: true });
        if (m.method === 'annotations') {
          return ok(Array.from({ length: o.annotations ?? 0 }, () => draft().annotations.at(-1)));
        }
        if (m.method === 'capture') return o.capture ?? ok(draft());
        return { ok: false, error: 'rejected' };
      }),
      get: vi.fn(async (id: number) => ({ id, windowId: WINDOW, active: o.active ?? true })),
      captureVisibleTab: vi.fn(async () => {
        if (o.shot instanceof Error) throw o.shot;
        return o.shot ?? png(1280, 720);
      }),
      create: vi.fn(async () => ({})),
    },
    scripting: { executeScript: vi.fn(async () => []) },
    runtime: {
      getURL: (p: string) => `chrome-extension://ext/${p}`,
      sendMessage: vi.fn(async (m: { method: string; params: { capture: Capture } }) => {
        if (m.method === 'updateCapture') {
          updates.push(m.params as unknown as Update);
          return o.update ?? ok({ updated: true });
        }
        await o.hold;
        saved.push(m.params.capture);
        if (o.sendFails) throw o.sendFails;
        return 'answer' in o ? o.answer : ok({ saved: true, id: m.params.capture.id });
      }),
    },
  };
  return { api: fakeBrowser(api, kept).api, raw: api, saved, updates };
}

const env = { t, highlight: async () => ({ ok: true as const, value: { found: true } }) };

/** The popup's "Save to library" section for the tab. */
async function showForm(api: Browser, pageUrl: string | null = null) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(
      <Env.Provider value={env}>
        <SaveSection api={api} tabId={TAB} pageUrl={pageUrl} />
      </Env.Provider>,
      root,
    );
  });
  return { root };
}

function type(root: HTMLElement, selector: string, value: string) {
  const field = root.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** One click on "Save to library". */
async function save(root: HTMLElement) {
  await act(async () => {
    root.querySelector<HTMLButtonElement>('.save-bar button.button')!.click();
  });
}

const status = (root: HTMLElement) =>
  root.querySelector('.save-said')?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('saving from the popup', () => {
  it('saves with one click, then adds the note and tidy tags to that capture', async () => {
    const fake = fakeApi();
    const { root } = await showForm(fake.api);
    expect(root.querySelector('form')).toBeNull();
    await save(root);
    await vi.waitFor(() => expect(status(root)).toBe('Saved.'));
    expect(fake.raw.tabs.captureVisibleTab).toHaveBeenCalledWith(WINDOW, { format: 'png' });
    const [capture] = fake.saved;
    expect(capture).toMatchObject({
      note: '',
      tags: [],
      screenshot: { dataUrl: png(1280, 720), width: 1280, height: 720 },
    });
    expect(fake.raw.runtime.sendMessage).toHaveBeenCalledWith({
      channel: 'provenance-lens',
      method: 'saveCapture',
      params: { capture },
    });

    // The note and tags come after, in a form right under the button.
    await vi.waitFor(() => expect(root.querySelector('form.save-form')).not.toBeNull());
    await act(async () => {
      type(root, '#save-note', '  Check the terms.  ');
      type(root, '#save-tags', 'syria, cross-post,, Syria ,');
    });
    await act(async () => {
      root.querySelector<HTMLButtonElement>('form.save-form button[type="submit"]')!.click();
    });
    await vi.waitFor(() =>
      expect(root.querySelector('.details-said')?.textContent).toBe('Note and tags saved.'),
    );
    expect(fake.updates).toEqual([
      { id: capture?.id, note: 'Check the terms.', tags: ['syria', 'cross-post'] },
    ]);
    expect(fake.saved).toHaveLength(1);
  });

  it('says why the note and tags were not kept, and keeps what was typed', async () => {
    const message =
      'That capture is no longer in the library; it may have been deleted in another window.';
    const fake = fakeApi({
      update: { ok: true, value: { updated: false, code: 'not-found', message } },
    });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() => expect(root.querySelector('form.save-form')).not.toBeNull());
    await act(async () => type(root, '#save-note', 'kept'));
    await act(async () => {
      root.querySelector<HTMLButtonElement>('form.save-form button[type="submit"]')!.click();
    });
    await vi.waitFor(() => expect(root.querySelector('.details-said')?.textContent).toBe(message));
    expect(root.querySelector<HTMLTextAreaElement>('#save-note')?.value).toBe('kept');
  });

  it('opens the library in a tab', async () => {
    const fake = fakeApi();
    const { root } = await showForm(fake.api);
    act(() => root.querySelector<HTMLButtonElement>('.save-bar .link-button')!.click());
    expect(fake.raw.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://ext/library.html',
    });
  });

  it('is disabled while saving, so one click saves once', async () => {
    let release = () => {};
    const hold = new Promise<void>((r) => {
      release = r;
    });
    const fake = fakeApi({ hold });
    const { root } = await showForm(fake.api);
    await save(root);
    const button = root.querySelector<HTMLButtonElement>('.save-bar button.button')!;
    await vi.waitFor(() => expect(button.disabled).toBe(true));
    expect(button.textContent).toBe('Saving…');
    await save(root);
    await act(async () => release());
    await vi.waitFor(() => expect(status(root)).toMatch(/^Saved\./));
    expect(fake.raw.runtime.sendMessage).toHaveBeenCalledOnce();
    expect(button.disabled).toBe(false);
  });

  it('saves without a screenshot when the browser refuses one, and says so', async () => {
    const fake = fakeApi({ shot: new Error("Either the '<all_urls>' or 'activeTab' permission") });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() =>
      expect(status(root)).toBe('Saved, without a screenshot: the browser did not allow one.'),
    );
    expect(fake.saved[0]?.screenshot).toBeNull();
  });

  it('takes no screenshot of another tab when the page is not the one in view', async () => {
    const fake = fakeApi({ active: false });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() => expect(status(root)).toMatch(/the tab was not the one in view/));
    expect(fake.raw.tabs.captureVisibleTab).not.toHaveBeenCalled();
  });

  it("shows the library's sentence when the save fails", async () => {
    const message = "Not saved: the browser's storage for extensions is full. Nothing was changed.";
    const fake = fakeApi({ answer: { ok: true, value: { saved: false, code: 'quota', message } } });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() => expect(status(root)).toBe(message));
  });

  it('says "Not saved" before a library sentence that does not', async () => {
    const message = 'The capture library cannot open: a private window.';
    const fake = fakeApi({
      answer: { ok: true, value: { saved: false, code: 'unavailable', message } },
    });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() => expect(status(root)).toBe(`Not saved. ${message}`));
  });

  it.each([
    [
      'the message port closed',
      { sendFails: new Error('The message port closed before a response was received.') },
    ],
    ['no answer at all', { answer: undefined }],
  ] as const)('says the background stopped when %s', async (_name, options) => {
    const fake = fakeApi(options);
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() =>
      expect(status(root)).toBe(
        "Not saved: the extension's background stopped before the capture was stored. Nothing was half-written; try again.",
      ),
    );
  });

  it('sends nothing when the page gives no capture', async () => {
    const fake = fakeApi({ capture: { ok: false, error: 'rejected' } });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() =>
      expect(status(root)).toBe(
        'Not saved: the page could not be read (rejected). Nothing was changed.',
      ),
    );
    expect(fake.raw.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('sends nothing when the capture is malformed, and says what is wrong', async () => {
    const fake = fakeApi({
      capture: { ok: true, value: { ...draft(), url: 'javascript:alert(1)' } },
    });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() =>
      expect(status(root)).toMatch(
        /^Not saved: the capture did not pass its checks \(capture\.url/,
      ),
    );
    expect(fake.raw.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it.each([
    [1, 'Your comment on this page will be saved with it.'],
    [3, 'Your 3 comments on this page will be saved with it.'],
  ])('with %i comments of the reader on the page, says so before saving', async (n, text) => {
    const { root } = await showForm(fakeApi({ annotations: n }).api);
    await vi.waitFor(() => expect(root.querySelector('.save .muted')?.textContent).toBe(text));
  });

  it('with no comment of the reader, says how to add one once saved', async () => {
    const { root } = await showForm(fakeApi({ annotations: 0 }).api);
    expect(root.querySelector('.save .muted')).toBeNull();
    await save(root);
    await vi.waitFor(() =>
      expect(root.querySelector('.save-form .muted')?.textContent).toContain(
        'To comment on a passage, select it',
      ),
    );
  });

  it('saves the checks made of the page, and adds later ones when saved again', async () => {
    const check = (checkedAt: string, status: Verification['status']): Verification => ({
      url: 'https://southfront.org/idlib',
      finalUrl: 'https://southfront.org/idlib',
      checkedAt,
      status,
      containment: status === 'unreachable' ? null : 0.94,
      coverage: status === 'unreachable' ? null : 0.9,
      original: null,
      dateOrder: 'unknown',
      error: status === 'unreachable' ? 'timeout' : null,
    });
    const first = check('2024-05-01T10:00:00.000Z', 'unreachable');
    const second = check('2024-05-01T10:05:00.000Z', 'same-text');
    const third = check('2024-05-02T09:00:00.000Z', 'same-text');
    const fake = fakeApi();
    // A check of another page in the same tab is not this page's.
    await addCheck(fake.api, TAB, 'https://elsewhere.example/', third);
    await addCheck(fake.api, TAB, PAGE_URL, first);
    await addCheck(fake.api, TAB, PAGE_URL, second);
    const { root } = await showForm(fake.api, PAGE_URL);
    await save(root);
    await vi.waitFor(() => expect(status(root)).toMatch(/^Saved\./));
    expect(fake.saved[0]?.verifications).toEqual([first, second]);
    expect(fake.saved[0]?.report.verification).toEqual(second);
    expect(validateCapture(fake.saved[0]).ok).toBe(true);

    // Checked again later, then saved again: the new capture holds all three.
    await addCheck(fake.api, TAB, PAGE_URL, third);
    await save(root);
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2));
    expect(fake.saved[1]?.verifications).toEqual([first, second, third]);
    expect(fake.saved[1]?.report.verification).toEqual(third);
    // The first capture is as it was saved.
    expect(fake.saved[0]?.verifications).toEqual([first, second]);
  });

  it('saves no checks when none were made, or the page address is not known', async () => {
    const fake = fakeApi();
    await addCheck(fake.api, TAB, PAGE_URL, {
      url: 'https://southfront.org/idlib',
      finalUrl: null,
      checkedAt: '2024-05-01T10:00:00.000Z',
      status: 'unreachable',
      containment: null,
      coverage: null,
      original: null,
      dateOrder: 'unknown',
      error: 'network',
    });
    const { root } = await showForm(fake.api);
    await save(root);
    await vi.waitFor(() => expect(status(root)).toMatch(/^Saved\./));
    expect(fake.saved[0]).not.toHaveProperty('verifications');
    expect(fake.saved[0]?.report.verification ?? null).toBeNull();
  });

  it('labels its fields', async () => {
    const { root } = await showForm(fakeApi().api);
    await save(root);
    await vi.waitFor(() => expect(root.querySelector('form.save-form')).not.toBeNull());
    expect(root.querySelector('label[for="save-note"]')?.textContent).toBe('Note');
    expect(root.querySelector('label[for="save-tags"]')?.textContent).toBe(
      'Tags, separated by commas',
    );
  });
});

describe('pngSize', () => {
  it('reads the size from the IHDR chunk', () => {
    expect(pngSize(png(1280, 720))).toEqual({ width: 1280, height: 720 });
  });

  it.each([
    ['a JPEG', 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD'],
    ['too short', 'data:image/png;base64,iVBORw0KGgo='],
    ['no IHDR', `data:image/png;base64,${btoa('x'.repeat(33))}`],
  ])('gives null for %s', (_name, url) => {
    expect(pngSize(url)).toBeNull();
  });
});
