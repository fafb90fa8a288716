import { describe, expect, it } from 'vitest';
import { loadView } from '../../../extension/popup/load';
import type { Browser } from '../../../extension/shared/browser';
import { isPageRefusal } from '../../../extension/shared/protocol';
import { fakeBrowser } from './fake-browser';

describe('a page’s refusal is a typed value', () => {
  it.each([
    [{ kind: 'too-large', elements: 40_000, characters: 12 }, true],
    [{ kind: 'restricted', reason: 'pdf-viewer' }, true],
    [{ kind: 'too-large', elements: '40000', characters: 12 }, false],
    [{ kind: 'too-large', elements: -1, characters: 12 }, false],
    [{ kind: 'too-large', elements: 1, characters: 2, extra: true }, false],
    [{ kind: 'restricted', reason: 'browser-page' }, false],
    ['too-large:40000:12', false],
    [null, false],
  ])('%j → %s', (x, expected) => {
    expect(isPageRefusal(x)).toBe(expected);
  });
});

/** A tab whose content script is ready and answers `analyze` with `answer`. */
function tabAnswering(answer: unknown): Browser {
  const api = {
    tabs: {
      sendMessage: async (_tab: number, m: { method: string }) =>
        m.method === 'ping'
          ? { ok: true, value: { ready: true, full: true } }
          : { ok: true, value: answer },
    },
  };
  return fakeBrowser(api).api;
}

describe('the popup reads the refusal', () => {
  const target = { tabId: 1, url: 'https://news.example/story' };

  it('shows the counts of a page over the budget', async () => {
    const api = tabAnswering({ refused: { kind: 'too-large', elements: 40_000, characters: 7 } });
    expect(await loadView(api, target)).toEqual({
      kind: 'too-large',
      counts: [(40_000).toLocaleString(), '7'],
    });
  });

  it('says a PDF cannot be read', async () => {
    const api = tabAnswering({ refused: { kind: 'restricted', reason: 'pdf-viewer' } });
    expect(await loadView(api, target)).toEqual({ kind: 'restricted', reason: 'pdf-viewer' });
  });

  it('takes a malformed refusal for an error, not for a restriction it names', async () => {
    const api = tabAnswering({ refused: { kind: 'restricted', reason: 'constructor' } });
    expect(await loadView(api, target)).toEqual({ kind: 'error', message: 'malformed-answer' });
  });
});
