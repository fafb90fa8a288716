import { describe, expect, it, vi } from 'vitest';
import {
  ANNOTATE,
  annotateUrl,
  createAnnotateMenu,
  onAnnotate,
} from '../../../extension/background/annotate';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

const PENDING = '5f0c6a1e-2b3d-4c5e-8f70-1a2b3c4d5e6f';

/**
 * A tab whose content script is missing until injected, and then answers; `selected` is what
 * analyzer.js finds selected in the page.
 */
function fakeApi({ injectable = true, selected = true, windows = true } = {}) {
  const injected: string[] = [];
  const sent: Array<{ tabId: number; method: string; params: unknown }> = [];
  const ok = (value: unknown) => ({ ok: true, value });
  const api = {
    runtime: { getURL: (p: string) => `chrome-extension://ext/${p}` },
    tabs: {
      query: vi.fn(async () => [{ id: 9 }]),
      sendMessage: vi.fn(async (tabId: number, m: { method: string; params: unknown }) => {
        sent.push({ tabId, method: m.method, params: m.params });
        if (!injected.includes('content.js')) throw new Error('Receiving end does not exist.');
        if (m.method === 'ping') return ok({ ready: true, full: injected.includes('analyzer.js') });
        if (m.method === 'annotateSelection')
          return ok(selected ? { pending: PENDING, quote: 'the words' } : { pending: null });
        if (m.method === 'dropAnnotation') return ok(null);
        return { ok: false, error: 'rejected' };
      }),
    },
    scripting: {
      executeScript: vi.fn(async ({ files }: { files: string[] }) => {
        if (!injectable) throw new Error('Cannot access contents of the page.');
        injected.push(...files);
        return [];
      }),
    },
    windows: {
      create: vi.fn(async (_: unknown) => {
        if (!windows) throw new Error('No window.');
        return { id: 3 };
      }),
    },
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn() },
  };
  return { api: fakeBrowser(api).api, raw: api, injected, sent };
}

describe('annotate selection', () => {
  it('puts content.js, then analyzer.js, into the tab, keeps the selection pending and opens the annotate window', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: true,
      value: { pending: PENDING },
    });
    expect(fake.injected).toEqual(['content.js', 'analyzer.js']);
    expect(fake.sent.at(-1)).toEqual({ tabId: 4, method: 'annotateSelection', params: {} });
    expect(fake.raw.windows.create).toHaveBeenCalledExactlyOnceWith({
      type: 'popup',
      url: `chrome-extension://ext/annotate.html?tab=4&pending=${PENDING}`,
      width: 440,
      height: 320,
      focused: true,
    });
  });

  it('opens the window without a pending annotation when nothing is selected', async () => {
    const fake = fakeApi({ selected: false });
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: true,
      value: { pending: null },
    });
    expect(fake.raw.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'chrome-extension://ext/annotate.html?tab=4' }),
    );
  });

  it('drops the pending annotation when no window can be opened', async () => {
    const fake = fakeApi({ windows: false });
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: false,
      error: 'window:No window.',
    });
    expect(fake.sent.at(-1)).toEqual({
      tabId: 4,
      method: 'dropAnnotation',
      params: { pending: PENDING },
    });
  });

  it('uses the active tab when the browser does not say which', async () => {
    const fake = fakeApi();
    await onAnnotate(fake.api, ANNOTATE, undefined);
    expect(fake.sent.at(-1)).toMatchObject({ tabId: 9, method: 'annotateSelection' });
  });

  it('ignores other commands and menu items', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, '_execute_action', { id: 4 })).toBeNull();
    expect(fake.raw.scripting.executeScript).not.toHaveBeenCalled();
    expect(fake.raw.windows.create).not.toHaveBeenCalled();
  });

  it('says why when the page cannot be reached, and opens no window', async () => {
    const fake = fakeApi({ injectable: false });
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: false,
      error: 'inject:Cannot access contents of the page.',
    });
    expect(fake.raw.windows.create).not.toHaveBeenCalled();
  });

  it('refuses a tab id the browser gives for no tab (-1: devtools, an extension page)', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, ANNOTATE, { id: -1 })).toEqual({
      ok: false,
      error: 'no-tab',
    });
  });

  it('builds the window address from the tab and the pending id only', () => {
    const { api } = fakeApi();
    expect(annotateUrl(api, 12, PENDING)).toBe(
      `chrome-extension://ext/annotate.html?tab=12&pending=${PENDING}`,
    );
    expect(annotateUrl(api, 12, null)).toBe('chrome-extension://ext/annotate.html?tab=12');
  });

  it('offers the menu item on selected text only', async () => {
    const fake = fakeApi();
    await createAnnotateMenu(fake.api, t);
    expect(fake.raw.contextMenus.removeAll).toHaveBeenCalledBefore(fake.raw.contextMenus.create);
    expect(fake.raw.contextMenus.create).toHaveBeenCalledWith({
      id: ANNOTATE,
      title: 'Annotate selection',
      contexts: ['selection'],
    });
  });
});
