// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addCheck } from '../../../extension/popup/checks';
import { SaveForm } from '../../../extension/popup/components/SaveForm';
import { SaveSection } from '../../../extension/popup/components/SaveSection';
import { Env } from '../../../extension/popup/context';
import { pngSize } from '../../../extension/popup/save';
import type { Browser } from '../../../extension/shared/browser';
import type { Capture } from '../../../src/capture/model';
import { validateCapture } from '../../../src/capture/validate';
import type { Verification } from '../../../src/report';
import { PAGE_URL, sampleCapture } from '../capture/sample';
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
}

function fakeApi(o: Options = {}) {
  const saved: Capture[] = [];
  const kept = new Map<string, unknown>();
  const area = {
    get: async (k: string) => (kept.has(k) ? { [k]: structuredClone(kept.get(k)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) kept.set(k, structuredClone(v));
    },
  };
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
    storage: { session: area },
    runtime: {
      getURL: (p: string) => `chrome-extension://ext/${p}`,
      sendMessage: vi.fn(async (m: { method: string; params: { capture: Capture } }) => {
        await o.hold;
        saved.push(m.params.capture);
        if (o.sendFails) throw o.sendFails;
        return 'answer' in o ? o.answer : ok({ saved: true, id: m.params.capture.id });
      }),
    },
  };
  return { api: api as unknown as Browser, raw: api, saved };
}

const env = { t, highlight: async () => ({ ok: true as const, value: { found: true } }) };

async function showForm(api: Browser, pageUrl: string | null = null) {
  const root = document.createElement('div');
  document.body.append(root);
  const onOpenLibrary = vi.fn();
  await act(async () => {
    render(
      <Env.Provider value={env}>
        <SaveForm api={api} tabId={TAB} pageUrl={pageUrl} onOpenLibrary={onOpenLibrary} />
      </Env.Provider>,
      root,
    );
  });
  return { root, onOpenLibrary };
}

function type(root: HTMLElement, selector: string, value: string) {
  const field = root.querySelector<HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function save(root: HTMLElement) {
  await act(async () => {
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  });
}

const status = (root: HTMLElement) =>
  root.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the save form', () => {
  it('saves the capture with the note, tidy tags and a screenshot of the tab in view', async () => {
    const fake = fakeApi();
    const { root, onOpenLibrary } = await showForm(fake.api);
    await act(async () => {
      type(root, '#save-note', '  Check the terms.  ');
      type(root, '#save-tags', 'syria, cross-post,, Syria ,');
    });
    await save(root);
    await vi.waitFor(() => expect(status(root)).toBe('Saved. Open library'));
    expect(fake.raw.tabs.captureVisibleTab).toHaveBeenCalledWith(WINDOW, { format: 'png' });
    const [capture] = fake.saved;
    expect(capture).toMatchObject({
      note: 'Check the terms.',
      tags: ['syria', 'cross-post'],
      screenshot: { dataUrl: png(1280, 720), width: 1280, height: 720 },
    });
    expect(fake.raw.runtime.sendMessage).toHaveBeenCalledWith({
      channel: 'provenance-lens',
      method: 'saveCapture',
      params: { capture },
    });
    act(() => root.querySelector<HTMLButtonElement>('[role="status"] button')!.click());
    expect(onOpenLibrary).toHaveBeenCalledOnce();
  });

  it('is disabled while saving, so one click saves once', async () => {
    let release = () => {};
    const hold = new Promise<void>((r) => {
      release = r;
    });
    const fake = fakeApi({ hold });
    const { root } = await showForm(fake.api);
    await save(root);
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
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
      expect(status(root)).toBe(
        'Saved, without a screenshot: the browser did not allow one. Open library',
      ),
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
    [0, 'To comment on a passage, select it'],
    [1, 'Your comment on this page will be saved with it.'],
    [3, 'Your 3 comments on this page will be saved with it.'],
  ])('with %i comments of the reader on the page, says so', async (n, text) => {
    const { root } = await showForm(fakeApi({ annotations: n }).api);
    await vi.waitFor(() => expect(root.querySelector('.muted')?.textContent).toContain(text));
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
    expect(root.querySelector('label[for="save-note"]')?.textContent).toBe('Note');
    expect(root.querySelector('label[for="save-tags"]')?.textContent).toBe(
      'Tags, separated by commas',
    );
  });
});

describe('the save section', () => {
  it('loads the form when opened, and opens the library in a tab', async () => {
    const fake = fakeApi();
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <Env.Provider value={env}>
          <SaveSection api={fake.api} tabId={TAB} />
        </Env.Provider>,
        root,
      );
    });
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(toggle.textContent).toBe('Save to library');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('form')).toBeNull();
    await act(async () => toggle.click());
    await vi.waitFor(() => expect(root.querySelector('form')).not.toBeNull());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => root.querySelector<HTMLButtonElement>('.link-button')!.click());
    expect(fake.raw.tabs.create).toHaveBeenCalledWith({
      url: 'chrome-extension://ext/library.html',
    });
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
