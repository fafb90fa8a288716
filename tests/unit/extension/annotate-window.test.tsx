// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, parseAddress } from '../../../extension/annotate/App';
import type { Browser } from '../../../extension/shared/browser';
import { fakeBrowser } from './fake-browser';
import { t } from './translate';

const PENDING = '5f0c6a1e-2b3d-4c5e-8f70-1a2b3c4d5e6f';
const QUOTE = 'Aleppo city came under <img src=x onerror=alert(1)> strikes';

type Sent = { tabId: number; method: string; params: unknown };

/** The tab as the window reaches it: `answer` gives the content script's reply per method. */
function fakeApi(answer: (m: Sent) => unknown = () => ({ ok: true, value: null })) {
  const sent: Sent[] = [];
  const { api } = fakeBrowser({
    tabs: {
      sendMessage: vi.fn(async (tabId: number, m: { method: string; params: unknown }) => {
        const s = { tabId, method: m.method, params: m.params };
        sent.push(s);
        return answer(s);
      }),
    },
  });
  return { api, sent };
}

const pendingAnswer = (m: Sent) => {
  if (m.method === 'pendingAnnotation') return { ok: true, value: { quote: QUOTE } };
  if (m.method === 'addAnnotation') return { ok: true, value: { id: 'urn:uuid:x' } };
  return { ok: true, value: null };
};

const mounted: HTMLElement[] = [];

async function show(api: Browser, search = `?tab=7&pending=${PENDING}`) {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  const close = vi.fn();
  await act(async () => {
    render(<App api={api} t={t} search={search} close={close} />, root);
  });
  // Let the page's answer arrive and the window show it.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  const field = () => root.querySelector('textarea');
  const button = (label: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === label);
  return { root, close, field, button };
}

async function type(field: HTMLTextAreaElement, text: string) {
  await act(async () => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function key(init: KeyboardEventInit) {
  await act(async () => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** Unmounts every window shown, so no listener of one test hears the next. */
function unmount() {
  for (const root of mounted.splice(0)) render(null, root);
  document.body.innerHTML = '';
}

afterEach(unmount);

describe('the annotate window', () => {
  it('shows the selected words as text and a focused, labelled field', async () => {
    const { api, sent } = fakeApi(pendingAnswer);
    const { root, field, button } = await show(api);
    expect(sent).toEqual([{ tabId: 7, method: 'pendingAnnotation', params: { pending: PENDING } }]);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelector('h1')?.textContent).toBe('Your comment on the selected words');
    expect(root.querySelector('blockquote')?.textContent).toBe(QUOTE);
    expect(root.querySelector('img')).toBeNull();
    expect(document.activeElement).toBe(field());
    expect(field()?.getAttribute('aria-labelledby')).toBe('title');
    expect(field()?.maxLength).toBe(5_000);
    expect(button('Save')).toBeDefined();
    expect(button('Cancel')).toBeDefined();
  });

  it('Save adds the comment (trimmed) to the pending annotation, then closes', async () => {
    const { api, sent } = fakeApi(pendingAnswer);
    const { field, button, close } = await show(api);
    await type(field()!, '  Same wording as the original.  ');
    await act(async () => {
      button('Save')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(sent.at(-1)).toEqual({
      tabId: 7,
      method: 'addAnnotation',
      params: { pending: PENDING, comment: 'Same wording as the original.' },
    });
    expect(close).toHaveBeenCalledOnce();
    // Closing after the save has nothing left to drop.
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.map((s) => s.method)).toEqual(['pendingAnnotation', 'addAnnotation']);
  });

  it('Ctrl+Enter saves, Esc cancels (dropping the pending annotation)', async () => {
    const saving = fakeApi(pendingAnswer);
    const a = await show(saving.api);
    await type(a.field()!, 'Kept.');
    await key({ key: 'Enter', ctrlKey: true });
    expect(saving.sent.at(-1)?.method).toBe('addAnnotation');
    expect(a.close).toHaveBeenCalledOnce();
    unmount();

    const cancelling = fakeApi(pendingAnswer);
    const b = await show(cancelling.api);
    await type(b.field()!, 'Not kept.');
    await key({ key: 'Escape' });
    expect(cancelling.sent.at(-1)).toEqual({
      tabId: 7,
      method: 'dropAnnotation',
      params: { pending: PENDING },
    });
    expect(cancelling.sent.map((s) => s.method)).not.toContain('addAnnotation');
    expect(b.close).toHaveBeenCalledOnce();
  });

  it('does not save an empty comment, and says why', async () => {
    const { api, sent } = fakeApi(pendingAnswer);
    const { root, field, button, close } = await show(api);
    await type(field()!, '   ');
    await act(async () => button('Save')!.click());
    expect(sent.map((s) => s.method)).toEqual(['pendingAnnotation']);
    expect(field()?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Write a comment first, or cancel.',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('says so plainly when the page no longer has the selection', async () => {
    const { api, sent } = fakeApi(() => ({ ok: true, value: null }));
    const { root, field, button, close } = await show(api);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /^The page was closed or has changed since you selected the words/,
    );
    expect(field()).toBeNull();
    expect(document.activeElement).toBe(button('Close'));
    await act(async () => button('Close')!.click());
    expect(close).toHaveBeenCalledOnce();
    expect(sent.map((s) => s.method)).toEqual(['pendingAnnotation']);
  });

  it('keeps the comment on screen when the page is gone by the time of Save', async () => {
    const { api } = fakeApi((m) =>
      m.method === 'addAnnotation'
        ? { ok: false, error: 'Could not establish connection. Receiving end does not exist.' }
        : pendingAnswer(m),
    );
    const { root, field, button, close } = await show(api);
    await type(field()!, 'Typed before the tab closed.');
    await key({ key: 'Enter', metaKey: true });
    expect(close).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^The page was closed/);
    expect(field()?.value).toBe('Typed before the tab closed.');
    expect(field()?.readOnly).toBe(true);
    expect(button('Save')).toBeUndefined();
    expect(button('Close')).toBeDefined();
  });

  it('asks for a selection when nothing was selected', async () => {
    const { api, sent } = fakeApi();
    const { root, button, close } = await show(api, '?tab=7');
    expect(sent).toEqual([]);
    expect(root.textContent).toContain('Select the words you want to comment on, then try again.');
    expect(document.activeElement).toBe(button('Close'));
    await key({ key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('drops the pending annotation when the window is closed some other way', async () => {
    const { api, sent } = fakeApi(pendingAnswer);
    await show(api);
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.at(-1)).toEqual({
      tabId: 7,
      method: 'dropAnnotation',
      params: { pending: PENDING },
    });
  });
});

describe('the window address', () => {
  it.each([
    [`?tab=7&pending=${PENDING}`, { tabId: 7, pending: PENDING }],
    ['?tab=7', { tabId: 7, pending: null }],
    ['', null],
    ['?tab=-1', null],
    ['?tab=7.5', null],
    ['?tab=0x7', null],
    [`?tab=7&pending=${PENDING.toUpperCase()}`, null],
    ['?tab=7&pending=../../library.html', null],
    ['?tab=7&pending=', null],
  ])('%s', (search, expected) => {
    expect(parseAddress(search)).toEqual(expected);
  });

  it('a malformed address asks the page nothing', async () => {
    const { api, sent } = fakeApi(pendingAnswer);
    const { root } = await show(api, '?tab=7&pending=nope');
    expect(sent).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^The page was closed/);
  });
});
