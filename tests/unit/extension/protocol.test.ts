import { describe, expect, it } from 'vitest';
import {
  dispatch,
  type SenderInfo,
  senderTrust,
  type Tier,
} from '../../../extension/shared/dispatch';
import {
  CHANNEL,
  type ContentToBackground,
  contentToBackground,
  isMessage,
  isResult,
  type PageToBackground,
  pageToAnalyzer,
  pageToBackground,
  pageToContent,
  pageToContentScript,
  request,
} from '../../../extension/shared/protocol';
import { sampleCapture } from '../capture/sample';

const msg = (method: string, params: unknown) => ({ channel: CHANNEL, method, params });
const hint = { status: 'cross-post', source: 'South Front', date: '2020-01-21', full: false };

describe('guards', () => {
  it.each([
    ['a hint', contentToBackground, msg('badgeState', hint), true],
    [
      'a hint with no source',
      contentToBackground,
      msg('badgeState', { ...hint, source: null }),
      true,
    ],
    [
      'a hint with a made-up status',
      contentToBackground,
      msg('badgeState', { ...hint, status: 'x' }),
      false,
    ],
    [
      'a hint with an extra key',
      contentToBackground,
      msg('badgeState', { ...hint, tabId: 3 }),
      false,
    ],
    [
      'a hint with a huge source',
      contentToBackground,
      msg('badgeState', { ...hint, source: 'x'.repeat(301) }),
      false,
    ],
    [
      'another channel',
      contentToBackground,
      { ...msg('badgeState', hint), channel: 'other' },
      false,
    ],
    ['a method of another map', contentToBackground, msg('getTabState', { tabId: 1 }), false],
    ['an inherited name', contentToBackground, msg('toString', {}), false],
    ['no params', contentToBackground, { channel: CHANNEL, method: 'badgeState' }, false],
    ['getTabState', pageToBackground, msg('getTabState', { tabId: 7 }), true],
    ['getTabState, negative tab', pageToBackground, msg('getTabState', { tabId: -1 }), false],
    ['getTabState, string tab', pageToBackground, msg('getTabState', { tabId: '7' }), false],
    ['ping', pageToContent, msg('ping', {}), true],
    ['ping with params', pageToContent, msg('ping', { a: 1 }), false],
    ['analyze', pageToContent, msg('analyze', { force: true }), true],
    ['analyze without force', pageToContent, msg('analyze', {}), false],
    ['highlight', pageToContent, msg('highlight', { text: 'a b', position: null }), true],
    [
      'highlight at',
      pageToContent,
      msg('highlight', { text: 'a', position: { start: 1, end: 2 } }),
      true,
    ],
    ['highlight, blank', pageToContent, msg('highlight', { text: '  ', position: null }), false],
    [
      'highlight, bad position',
      pageToContent,
      msg('highlight', { text: 'a', position: { start: 'x' } }),
      false,
    ],
    ['clearHighlights', pageToContent, msg('clearHighlights', {}), true],
    ['capture', pageToContent, msg('capture', {}), true],
    ['capture with params', pageToContent, msg('capture', { full: true }), false],
    ['annotateSelection', pageToContent, msg('annotateSelection', {}), true],
    [
      'annotateSelection with a quote',
      pageToContent,
      msg('annotateSelection', { text: 'a' }),
      false,
    ],
    ['annotations', pageToContent, msg('annotations', {}), true],
    ['saveCapture', pageToBackground, msg('saveCapture', { capture: sampleCapture() }), true],
    [
      'saveCapture, an extra key',
      pageToBackground,
      msg('saveCapture', { capture: sampleCapture(), tabId: 1 }),
      false,
    ],
    ['saveCapture, the capture bare', pageToBackground, msg('saveCapture', sampleCapture()), false],
    [
      'saveCapture, a javascript: address',
      pageToBackground,
      msg('saveCapture', { capture: { ...sampleCapture(), url: 'javascript:alert(1)' } }),
      false,
    ],
    [
      'saveCapture, a screenshot that is not a PNG',
      pageToBackground,
      msg('saveCapture', {
        capture: {
          ...sampleCapture(),
          screenshot: { dataUrl: 'data:text/html;base64,PHA+', width: 1, height: 1 },
        },
      }),
      false,
    ],
    [
      'saveCapture, a comment without its text',
      pageToBackground,
      msg('saveCapture', {
        capture: {
          ...sampleCapture(),
          annotations: sampleCapture().annotations.map((a) => ({ ...a, body: null })),
        },
      }),
      false,
    ],
    [
      'saveCapture, an unknown field',
      pageToBackground,
      msg('saveCapture', { capture: { ...sampleCapture(), html: '<script>' } }),
      false,
    ],
    ['saveCapture, no capture', pageToBackground, msg('saveCapture', {}), false],
    [
      'fetchOriginal',
      pageToBackground,
      msg('fetchOriginal', { url: 'https://southfront.org/a', pageUrl: 'https://copy.example/b' }),
      true,
    ],
    [
      'fetchOriginal, page address unknown',
      pageToBackground,
      msg('fetchOriginal', { url: 'http://southfront.org/a', pageUrl: null }),
      true,
    ],
    [
      'fetchOriginal, a javascript: address',
      pageToBackground,
      msg('fetchOriginal', { url: 'javascript:alert(1)', pageUrl: null }),
      false,
    ],
    [
      'fetchOriginal, a file: address',
      pageToBackground,
      msg('fetchOriginal', { url: 'file:///etc/passwd', pageUrl: null }),
      false,
    ],
    [
      'fetchOriginal, a relative address',
      pageToBackground,
      msg('fetchOriginal', { url: '/a', pageUrl: null }),
      false,
    ],
    [
      'fetchOriginal, a page address that is not http(s)',
      pageToBackground,
      msg('fetchOriginal', { url: 'https://a.example/', pageUrl: 'chrome://settings' }),
      false,
    ],
    [
      'fetchOriginal, an address too long',
      pageToBackground,
      msg('fetchOriginal', { url: `https://a.example/${'a'.repeat(9_000)}`, pageUrl: null }),
      false,
    ],
    [
      'fetchOriginal, an extra key',
      pageToBackground,
      msg('fetchOriginal', { url: 'https://a.example/', pageUrl: null, credentials: 'include' }),
      false,
    ],
    [
      'fetchOriginal, no page address',
      pageToBackground,
      msg('fetchOriginal', { url: 'https://a.example/' }),
      false,
    ],
    [
      'fetchOriginal, a number',
      pageToBackground,
      msg('fetchOriginal', { url: 5, pageUrl: null }),
      false,
    ],
    ['articleText', pageToContent, msg('articleText', {}), true],
    ['articleText, with parameters', pageToContent, msg('articleText', { all: true }), false],
    ['highlightPassages', pageToAnalyzer, msg('highlightPassages', { passages: ['a', 'b'] }), true],
    ['highlightPassages, none', pageToAnalyzer, msg('highlightPassages', { passages: [] }), true],
    [
      'highlightPassages, not strings',
      pageToAnalyzer,
      msg('highlightPassages', { passages: [{ html: '<b>' }] }),
      false,
    ],
    [
      'highlightPassages, too many',
      pageToAnalyzer,
      msg('highlightPassages', { passages: Array(501).fill('a') }),
      false,
    ],
    [
      'highlightPassages, one too long',
      pageToAnalyzer,
      msg('highlightPassages', { passages: ['a'.repeat(20_001)] }),
      false,
    ],
    [
      'highlightPassages, on content.js alone',
      pageToContentScript,
      msg('highlightPassages', { passages: [] }),
      false,
    ],
    ['null', pageToContent, null, false],
    ['a string', pageToContent, 'analyze', false],
  ] as const)('%s', (_name, guards, message, expected) => {
    expect(isMessage(message, guards as never)).toBe(expected);
  });
});

describe('guard maps', () => {
  it('split the content script allow-list between content.js and analyzer.js, whole', () => {
    const parts = [...Object.keys(pageToContentScript), ...Object.keys(pageToAnalyzer)];
    expect(parts.sort()).toEqual(Object.keys(pageToContent).sort());
    for (const [method, guard] of Object.entries({ ...pageToContentScript, ...pageToAnalyzer })) {
      expect(pageToContent[method as keyof typeof pageToContent], method).toBe(guard);
    }
  });
});

describe('senderTrust', () => {
  const self = { id: 'ext', origin: 'chrome-extension://ext/' };
  it.each<[string, SenderInfo, string]>([
    ['the popup', { id: 'ext', url: 'chrome-extension://ext/popup.html' }, 'extension-page'],
    [
      'the popup opened in a tab',
      { id: 'ext', url: 'chrome-extension://ext/popup.html?tab=3', tab: { id: 9 } },
      'extension-page',
    ],
    [
      'a content script',
      { id: 'ext', url: 'https://news.example/a', tab: { id: 3 } },
      'content-script',
    ],
    ['a content script without a tab', { id: 'ext', url: 'https://news.example/a' }, 'none'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'none'],
    [
      'another extension posing as a page',
      { id: 'other', url: 'chrome-extension://ext/x' },
      'none',
    ],
    [
      'a look-alike origin',
      { id: 'ext', url: 'chrome-extension://ext.evil/', tab: { id: 1 } },
      'none',
    ],
    ['no url', { id: 'ext', tab: { id: 3 } }, 'none'],
    [
      'a page whose renderer forges an extension address (the browser gives its origin)',
      {
        id: 'ext',
        origin: 'https://evil.example',
        url: 'chrome-extension://ext/popup.html',
        tab: { id: 3 },
      },
      'content-script',
    ],
    [
      'the popup, with the origin the browser gives',
      { id: 'ext', origin: 'chrome-extension://ext', url: 'chrome-extension://ext/popup.html' },
      'extension-page',
    ],
    [
      'an opaque origin (a sandboxed frame)',
      { id: 'ext', origin: 'null', url: 'https://news.example/a', tab: { id: 3 } },
      'none',
    ],
    [
      'a data: address without an origin',
      { id: 'ext', url: 'data:text/html,<p>x', tab: { id: 3 } },
      'none',
    ],
  ])('%s', (_name, sender, trust) => {
    expect(senderTrust(sender, self)).toBe(trust);
  });
});

describe('dispatch', () => {
  const contentTier: Tier<ContentToBackground, null> = {
    guards: contentToBackground,
    handlers: { badgeState: () => null, styleSheet: () => ({ error: 'none' }) },
  };
  const pageTier: Tier<PageToBackground, null> = {
    guards: pageToBackground,
    handlers: {
      getTabState: ({ tabId }) => {
        if (tabId === 0) throw new Error('boom');
        return null;
      },
      saveCapture: ({ capture }) => ({ saved: true, id: capture.id }),
      updateCapture: () => ({ updated: true }),
      fetchOriginal: ({ url }) => ({ ok: false, error: 'network', url, finalUrl: null }),
    },
  };

  it('runs an allowed method and returns its value', async () => {
    expect(await dispatch(contentTier, msg('badgeState', hint), null)).toEqual({
      ok: true,
      value: null,
    });
  });

  it("refuses another tier's method", async () => {
    expect(await dispatch(contentTier, msg('getTabState', { tabId: 1 }), null)).toEqual({
      ok: false,
      error: 'rejected',
    });
  });

  it('returns a failing handler as an error value', async () => {
    expect(await dispatch(pageTier, msg('getTabState', { tabId: 0 }), null)).toEqual({
      ok: false,
      error: 'boom',
    });
  });
});

describe('request', () => {
  it('passes a Result through', async () => {
    const r = await request<PageToBackground, 'getTabState'>(
      async () => ({ ok: true, value: null }),
      'getTabState',
      { tabId: 1 },
    );
    expect(r).toEqual({ ok: true, value: null });
  });

  it('turns a missing receiver into an error value', async () => {
    const r = await request<PageToBackground, 'getTabState'>(
      () => Promise.reject(new Error('Receiving end does not exist.')),
      'getTabState',
      { tabId: 1 },
    );
    expect(r).toEqual({ ok: false, error: 'Receiving end does not exist.' });
  });

  it('turns a malformed answer into an error value', async () => {
    const r = await request<PageToBackground, 'getTabState'>(async () => 42, 'getTabState', {
      tabId: 1,
    });
    expect(r.ok).toBe(false);
    expect(isResult({ ok: true })).toBe(false);
  });
});
