import { describe, expect, it, vi } from 'vitest';
import { ANNOTATE, createAnnotateMenu, onAnnotate } from '../../../extension/background/annotate';
import type { Browser } from '../../../extension/shared/browser';
import { t } from './translate';

/** A tab whose content script is missing until injected, and then answers. */
function fakeApi({ injectable = true } = {}) {
  const injected: string[] = [];
  const sent: Array<{ tabId: number; method: string }> = [];
  const ok = (value: unknown) => ({ ok: true, value });
  const api = {
    tabs: {
      query: vi.fn(async () => [{ id: 9 }]),
      sendMessage: vi.fn(async (tabId: number, m: { method: string }) => {
        sent.push({ tabId, method: m.method });
        if (!injected.includes('content.js')) throw new Error('Receiving end does not exist.');
        if (m.method === 'ping') return ok({ ready: true, full: injected.includes('analyzer.js') });
        if (m.method === 'annotateSelection') return ok({ opened: true });
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
    contextMenus: { removeAll: vi.fn(async () => {}), create: vi.fn() },
  };
  return { api: api as unknown as Browser, raw: api, injected, sent };
}

describe('annotate selection', () => {
  it('puts content.js, then analyzer.js, into the tab and opens the comment box', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(fake.injected).toEqual(['content.js', 'analyzer.js']);
    expect(fake.sent.at(-1)).toEqual({ tabId: 4, method: 'annotateSelection' });
  });

  it('uses the active tab when the browser does not say which', async () => {
    const fake = fakeApi();
    await onAnnotate(fake.api, ANNOTATE, undefined);
    expect(fake.sent.at(-1)).toEqual({ tabId: 9, method: 'annotateSelection' });
  });

  it('ignores other commands and menu items', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, '_execute_action', { id: 4 })).toBeNull();
    expect(fake.raw.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('says why when the page cannot be reached', async () => {
    const fake = fakeApi({ injectable: false });
    expect(await onAnnotate(fake.api, ANNOTATE, { id: 4 })).toEqual({
      ok: false,
      error: 'inject:Cannot access contents of the page.',
    });
  });

  it('refuses a tab id the browser gives for no tab (-1: devtools, an extension page)', async () => {
    const fake = fakeApi();
    expect(await onAnnotate(fake.api, ANNOTATE, { id: -1 })).toEqual({
      ok: false,
      error: 'no-tab',
    });
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
