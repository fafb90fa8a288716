/**
 * When things go wrong, and when a page is hostile: a full storage refuses a save in words and
 * leaves the library whole; the content script's world cannot ask the background for what only
 * extension pages may.
 */
import { pageToBackground } from '../../../extension/shared/protocol';
import { sampleCapture } from '../../unit/capture/sample';
import { eventually, scenarios, settle } from '../lens';
import {
  addedSince,
  captureIds,
  forget,
  readStore,
  runWord,
  saveFromPopup,
  search,
} from '../library';
import { SEED } from './popup';

const { list, scenario } = scenarios();
export default list;

type Patched = typeof globalThis & { __lensRealPut?: IDBObjectStore['put'] };

scenario(
  'a full storage refuses the save in words, and the library keeps what it had',
  async ({ lens, expect }) => {
    const run = runWord();
    const tab = await lens.open(SEED);
    const popup = await lens.popup(tab);
    const start = await readStore(lens);
    expect((await saveFromPopup(popup, { note: `first ${run}`, tags: run })).kind).toBe('saved');
    const one = await readStore(lens);
    const [first] = addedSince(start, one);
    expect(first?.snapshot.html).toContain('Abu Dafn');

    // Every put into the 'summaries' store throws as a full disk does, in the background.
    await lens.inBackground((g) => {
      const bg = g as Patched;
      const real = bg.__lensRealPut ?? bg.IDBObjectStore.prototype.put;
      bg.__lensRealPut = real;
      bg.IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if (this.name === 'summaries') throw new bg.DOMException('full', 'QuotaExceededError');
        return real.apply(this, args);
      };
    });
    try {
      const said = await saveFromPopup(popup, { note: `second ${run}`, tags: run });
      expect(said.kind).toBe('failed');
      expect(said.text).toMatch(/^Not saved/);
      expect(said.text).toContain('storage for extensions is full');
      const two = await readStore(lens);
      expect(captureIds(two)).toEqual(captureIds(one));
      expect(two.summaryIds).toEqual(captureIds(two));
      expect(two.captures.find((c) => c.id === first?.id)).toEqual(first);
      const library = await lens.library();
      await search(library, run, 1, expect);
      await library.close();
    } finally {
      await lens.inBackground((g) => {
        const bg = g as Patched;
        if (bg.__lensRealPut) bg.IDBObjectStore.prototype.put = bg.__lensRealPut;
        delete bg.__lensRealPut;
      });
    }
    expect((await saveFromPopup(popup, { note: `third ${run}`, tags: run })).kind).toBe('saved');
    const three = await readStore(lens);
    expect(addedSince(one, three)).toMatchObject([{ note: `third ${run}` }]);
    expect(three.summaryIds).toEqual(captureIds(three));
    await forget(
      lens,
      addedSince(start, three).map((c) => c.id),
    );
    await popup.close();
    await tab.close();
  },
);

/** Parameters each extension-page method's own guard accepts, so refusals are about trust. */
function forgedCalls(tabId: number): Array<[string, unknown]> {
  const candidates: unknown[] = [
    { tabId },
    { capture: sampleCapture() },
    {},
    { id: sampleCapture().id },
  ];
  return Object.entries(pageToBackground).map(([method, guard]) => {
    const params = candidates.find((c) => (guard as (p: unknown) => boolean)(c)) ?? {};
    return [method, params];
  });
}

scenario(
  'the content script’s world cannot ask for extension-page methods',
  async ({ lens, expect }) => {
    const tab = await lens.open('/pages/hostile/forge.html');
    await eventually(async () => expect((await lens.badge(tab)).text).toBe('COPY'));
    const calls = forgedCalls(tab.id);
    expect(calls.map(([m]) => m)).toEqual(Object.keys(pageToBackground));
    const before = {
      badge: await lens.badge(tab),
      store: await readStore(lens),
      session: await lens.inExtension(() => browser.storage.session.get(null)),
    };

    // Run in the tab's isolated world, where the content script lives, with its runtime.
    const answers = await lens.inExtension(
      async ({ tabId, calls }) => {
        const [injected] = await browser.scripting.executeScript({
          target: { tabId },
          args: [calls, 'provenance-lens'],
          func: async (calls: Array<[string, unknown]>, channel: string) => {
            type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
            const api = g.browser ?? g.chrome;
            const out: Array<[string, unknown]> = [];
            for (const [method, params] of calls) {
              try {
                out.push([method, await api.runtime.sendMessage({ channel, method, params })]);
              } catch (e) {
                out.push([method, { thrown: String(e) }]);
              }
            }
            return JSON.stringify(out);
          },
        });
        return injected?.result as string;
      },
      { tabId: tab.id, calls },
    );
    const parsed = JSON.parse(answers) as Array<[string, unknown]>;
    expect(parsed.map(([m]) => m)).toEqual(calls.map(([m]) => m));
    for (const [method, answer] of parsed) {
      expect(answer, method).toEqual({
        ok: false,
        error: expect.stringMatching(/^(untrusted|rejected)$/),
      });
    }
    await settle(500);
    expect(await lens.badge(tab)).toEqual(before.badge);
    expect(await readStore(lens)).toEqual(before.store);
    expect(await lens.inExtension(() => browser.storage.session.get(null))).toEqual(before.session);

    // The refusal is about who asks: the popup asking the same is answered.
    const popup = await lens.popup(tab);
    const fromPopup = await popup.evaluate((tabId) => {
      type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (g.browser ?? g.chrome).runtime.sendMessage({
        channel: 'provenance-lens',
        method: 'getTabState',
        params: { tabId },
      });
    }, tab.id);
    expect(fromPopup).toMatchObject({ ok: true, value: { status: 'cross-post' } });
    await popup.close();
    await tab.close();
  },
);

declare const browser: import('webextension-polyfill').Browser;
