import { describe, expect, it } from 'vitest';
import { loadView } from '../../../extension/popup/load';
import { restrictionOf } from '../../../extension/shared/restricted';
import { restrictionFromFailure } from '../../../extension/shared/restriction-failure';
import { fakeBrowser } from './fake-browser';

describe('restrictions', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/x', 'extension-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'extension-store'],
    ['data:text/html,hi', 'other'],
    ['https://news.example/story', null],
    ['file:///home/me/page.html', null],
    [undefined, null],
  ])('%s before trying: %s', (url, why) => {
    expect(restrictionOf(url)).toBe(why);
  });

  it.each([
    ['file:///home/me/page.html', 'Cannot access contents of url', 'file-access'],
    ['https://x.example/paper.pdf', 'Cannot access contents of the page', 'pdf-viewer'],
    [null, 'Cannot access a chrome:// URL', 'browser-page'],
    [null, 'The extensions gallery cannot be scripted.', 'extension-store'],
    [null, 'Missing host permission for the tab', 'no-access'],
    [
      'https://news.example/story',
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-access',
    ],
    [null, 'Cannot access contents of url "https://news.example/story".', 'no-access'],
    [null, 'Something else went wrong', 'other'],
  ])('%s failing with "%s": %s', (url, error, why) => {
    expect(restrictionFromFailure(url, error)).toBe(why);
  });
});

describe('the popup on a page it cannot read', () => {
  /** A browser that refuses both the message and the injection, as it does on such pages. */
  const refusing = (error: string) =>
    fakeBrowser({
      tabs: { sendMessage: async () => Promise.reject(new Error('Receiving end does not exist.')) },
      scripting: { executeScript: async () => Promise.reject(new Error(error)) },
    }).api;

  it.each([
    ['chrome://settings/', 'Cannot access a chrome:// URL', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'Missing host permission', 'extension-store'],
    ['https://news.example/story', 'Cannot access contents of the page', 'no-access'],
    ['file:///home/me/page.html', 'Cannot access contents of url', 'file-access'],
  ])('%s → %s', async (url, error, reason) => {
    expect(await loadView(refusing(error), { tabId: 3, url })).toEqual({
      kind: 'restricted',
      reason,
    });
  });
});
