// @vitest-environment jsdom
/**
 * Forged and malformed messages against both receivers: the background router and the content
 * script's listener (the real extension/content/page/main.ts, loaded over a fake `chrome`). Every
 * forgery must come back `{ ok: false }` and change nothing: not the tab states in storage, not
 * a badge, not the page, not Object.prototype.
 *
 * The methods are read from the guard objects of protocol.ts rather than listed here, so a
 * method added to any map later is forged too without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../../extension/background/router';
import { tabStore } from '../../../extension/background/tab-state';
import type { SenderInfo } from '../../../extension/shared/dispatch';
import { isRecord } from '../../../extension/shared/guards';
import * as protocol from '../../../extension/shared/protocol';
import { sampleCapture } from '../capture/sample';
import { fakeBrowser } from '../extension/fake-browser';
import { t } from '../extension/translate';

const { CHANNEL, contentToBackground, pageToBackground, pageToContent } = protocol;

type GuardMap = Record<string, (p: unknown) => boolean>;

/** Every guard map protocol.ts exports (an object whose values are all guard functions). */
const MAPS: Record<string, GuardMap> = Object.fromEntries(
  Object.entries(protocol).filter(
    ([, v]) =>
      typeof v === 'object' &&
      v !== null &&
      Object.keys(v).length > 0 &&
      Object.values(v).every((f) => typeof f === 'function'),
  ),
) as Record<string, GuardMap>;
const ALL_METHODS = [...new Set(Object.values(MAPS).flatMap((m) => Object.keys(m)))];

const EXT = 'ext';
const TAB = 5;
const PAGE_URL = 'https://news.example/story';
const hint = { status: 'cross-post', source: 'South Front', date: '2020-01-21', full: false };

/** Candidate parameters; a method is forged with the first one its own guard accepts. */
const CANDIDATES: unknown[] = [
  hint,
  { tabId: TAB },
  { force: true },
  { text: 'The original source of this article is South Front', position: null },
  {},
  { capture: sampleCapture() },
  sampleCapture(),
  { tabId: TAB, capture: sampleCapture() },
  { id: sampleCapture().id },
  { ids: [sampleCapture().id] },
  { pending: '5f0c6a1e-2b3d-4c5e-8f70-1a2b3c4d5e6f' },
  { pending: '5f0c6a1e-2b3d-4c5e-8f70-1a2b3c4d5e6f', comment: 'A comment.' },
];

function validParams(method: string): { params: unknown; valid: boolean } {
  for (const map of Object.values(MAPS)) {
    const guard = map[method];
    if (!guard) continue;
    const found = CANDIDATES.find((c) => guard(structuredClone(c)));
    if (found !== undefined) return { params: structuredClone(found), valid: true };
  }
  return { params: {}, valid: false };
}

const msg = (method: unknown, params: unknown) => ({ channel: CHANNEL, method, params });

const popup: SenderInfo = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };
const contentScript: SenderInfo = { id: EXT, url: PAGE_URL, tab: { id: TAB, url: PAGE_URL } };

/** Senders that are not this extension at all, or not one of its own contexts. */
const STRANGERS: Array<[string, SenderInfo]> = [
  ['a web page (no sender id)', { url: 'https://evil.example/', tab: { id: TAB } }],
  ['a web page claiming the popup address', { url: `chrome-extension://${EXT}/popup.html` }],
  ['a web page with an empty id', { id: '', url: 'https://evil.example/', tab: { id: TAB } }],
  ['another extension', { id: 'other', url: 'chrome-extension://other/background.js' }],
  ['another extension posing as our popup', { id: 'other', url: popup.url }],
  [
    "another extension's content script",
    { id: 'other', url: PAGE_URL, tab: { id: TAB, url: PAGE_URL } },
  ],
  ['a look-alike origin', { id: EXT, url: `chrome-extension://${EXT}.evil/popup.html` }],
  ['our id with no address', { id: EXT, tab: { id: TAB } }],
  ['our id in a file: page', { id: EXT, url: 'file:///tmp/a.html', tab: { id: TAB } }],
  ['our id in about:blank', { id: EXT, url: 'about:blank', tab: { id: TAB } }],
  ['our id in a data: page', { id: EXT, url: 'data:text/html,x', tab: { id: TAB } }],
];

/** Messages that are malformed whoever sends them. */
function malformed(): Array<[string, unknown]> {
  const huge = 'x'.repeat(5_000_000);
  const cases: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'getTabState'],
    ['an array', [CHANNEL, 'getTabState', { tabId: TAB }]],
    ['no channel', { method: 'getTabState', params: { tabId: TAB } }],
    ['another channel', { ...msg('getTabState', { tabId: TAB }), channel: 'other' }],
    ['the channel in capitals', { ...msg('badgeState', hint), channel: CHANNEL.toUpperCase() }],
    ['the channel with a space', { ...msg('badgeState', hint), channel: `${CHANNEL} ` }],
    ['the channel as an array', { ...msg('badgeState', hint), channel: [CHANNEL] }],
    ['a 5 MB channel', { ...msg('badgeState', hint), channel: CHANNEL + huge }],
    ['no method', { channel: CHANNEL, params: {} }],
    ['an unknown method', msg('deleteEverything', {})],
    ['an empty method', msg('', {})],
    ['a method in capitals', msg('GETTABSTATE', { tabId: TAB })],
    ['a method with a space', msg('hint ', hint)],
    ['a 5 MB method', msg(huge, {})],
    ['a number as method', msg(42, {})],
    ['null as method', msg(null, {})],
    ['an array as method', msg(['getTabState'], { tabId: TAB })],
    ['an object as method', msg({ toString: () => 'getTabState' }, { tabId: TAB })],
  ];
  for (const inherited of [
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'toString',
    'valueOf',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    '__defineGetter__',
    '__defineSetter__',
    '__lookupGetter__',
  ]) {
    cases.push([`"${inherited}" as method`, msg(inherited, {})]);
    cases.push([
      `"${inherited}" as method, parsed from JSON`,
      JSON.parse(`{"channel":"${CHANNEL}","method":"${inherited}","params":{}}`),
    ]);
  }
  for (const method of ALL_METHODS) {
    const { params } = validParams(method);
    const base = isRecord(params) ? params : {};
    const baseJson = JSON.stringify(base);
    const withProto = `{"__proto__":{"polluted":1}${baseJson === '{}' ? '' : `,${baseJson.slice(1, -1)}`}}`;
    cases.push(
      [`${method}: no params`, { channel: CHANNEL, method }],
      [`${method}: null params`, msg(method, null)],
      [`${method}: array params`, msg(method, [params])],
      [`${method}: string params`, msg(method, JSON.stringify(params))],
      [`${method}: an extra key`, msg(method, { ...(base as object), tabId: 999, extra: true })],
      [`${method}: a 5 MB extra key`, msg(method, { ...(base as object), [huge]: 1 })],
      [
        `${method}: __proto__ in params, parsed from JSON`,
        msg(method, JSON.parse('{"__proto__":{"polluted":1}}')),
      ],
      [`${method}: params plus __proto__, parsed from JSON`, msg(method, JSON.parse(withProto))],
      [
        `${method}: constructor.prototype in params`,
        msg(method, JSON.parse('{"constructor":{"prototype":{"polluted":1}}}')),
      ],
    );
  }
  cases.push(
    ['getTabState: tab id as a string', msg('getTabState', { tabId: String(TAB) })],
    ['getTabState: negative tab id', msg('getTabState', { tabId: -1 })],
    ['getTabState: fractional tab id', msg('getTabState', { tabId: 1.5 })],
    ['getTabState: NaN tab id', msg('getTabState', { tabId: Number.NaN })],
    ['getTabState: infinite tab id', msg('getTabState', { tabId: Number.POSITIVE_INFINITY })],
    ['getTabState: tab id past 2^53', msg('getTabState', { tabId: 2 ** 53 })],
    ['getTabState: tab id as an object', msg('getTabState', { tabId: { valueOf: () => TAB } })],
    ['hint: a made-up status', msg('badgeState', { ...hint, status: 'hacked' })],
    ['hint: an inherited status', msg('badgeState', { ...hint, status: 'constructor' })],
    ['hint: full as a string', msg('badgeState', { ...hint, full: 'true' })],
    ['hint: source as a number', msg('badgeState', { ...hint, source: 42 })],
    ['hint: a 301-character source', msg('badgeState', { ...hint, source: 'S'.repeat(301) })],
    ['hint: a 5 MB source', msg('badgeState', { ...hint, source: huge })],
    ['hint: a 5 MB date', msg('badgeState', { ...hint, date: huge })],
    ['hint: the tab named in params', msg('badgeState', { ...hint, tabId: 999 })],
    [
      'hint: an address in params',
      msg('badgeState', { ...hint, url: 'https://elsewhere.example/' }),
    ],
    ['analyze: force as a string', msg('analyze', { force: 'yes' })],
    ['highlight: a 5 MB quote', msg('highlight', { text: huge, position: null })],
    ['highlight: a blank quote', msg('highlight', { text: ' \n ', position: null })],
    ['highlight: a negative position', msg('highlight', { text: 'a', position: { start: -1 } })],
    ['ping: with params', msg('ping', { now: true })],
  );
  return cases;
}

const tally = { router: { sent: 0, refused: 0 }, content: { sent: 0, refused: 0 } };

afterAll(() => {
  console.log(
    `forged messages: background router ${tally.router.refused} of ${tally.router.sent} refused, content script ${tally.content.refused} of ${tally.content.sent} refused or left alone (the others: genuine requests that show the checks can fail)`,
  );
});

/** Fails when anything reachable from `{}` gained a property called "polluted". */
function expectPrototypesClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect((Function.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

describe('protocol maps read for this test', () => {
  it('finds the three maps and at least the methods the extension started with', () => {
    expect(Object.keys(MAPS)).toEqual(
      expect.arrayContaining(['contentToBackground', 'pageToBackground', 'pageToContent']),
    );
    expect(ALL_METHODS).toEqual(
      expect.arrayContaining(['badgeState', 'getTabState', 'ping', 'analyze', 'highlight']),
    );
  });

  it('no method is reachable by both a content script and extension pages', () => {
    const both = Object.keys(contentToBackground).filter((m) => Object.hasOwn(pageToBackground, m));
    expect(both).toEqual([]);
  });

  it('guard maps have no prototype methods of their own', () => {
    for (const map of Object.values(MAPS)) {
      for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
        expect(Object.hasOwn(map, name), name).toBe(false);
      }
    }
  });
});

describe('background router', () => {
  /** A worker whose tab 5 already holds a state and a badge from its own content script. */
  async function seeded() {
    const fake = fakeBrowser();
    // The capture library, where the router takes one: opening it is already a side effect.
    const opened: string[] = [];
    const library = () => {
      opened.push('library');
      return Promise.reject(new Error('no library in this test'));
    };
    const router = createRouter(fake.api, tabStore(fake.api), t, library);
    const route = async (message: unknown, sender: SenderInfo) => {
      const answer = await router(message, sender);
      tally.router.sent++;
      if (!answer.ok) tally.router.refused++;
      return answer;
    };
    expect(await router(msg('badgeState', hint), contentScript)).toEqual({ ok: true, value: null });
    const before = {
      storage: structuredClone([...fake.storage]),
      badges: structuredClone([...fake.badges]),
    };
    const unchanged = () => {
      expect([...fake.storage]).toEqual(before.storage);
      expect([...fake.badges]).toEqual(before.badges);
      expect(opened).toEqual([]);
      expectPrototypesClean();
    };
    // `router` for the tests' own genuine requests, `route` (counted) for the forged ones.
    return { fake, route, router, unchanged };
  }

  it('the side-effect check sees a genuine hint (it can fail)', async () => {
    const { router, unchanged } = await seeded();
    await router(msg('badgeState', { ...hint, status: 'original' }), contentScript);
    expect(unchanged).toThrow();
  });

  it.runIf(Object.hasOwn(pageToBackground, 'saveCapture'))(
    'the side-effect check sees a genuine save reach the library (it can fail)',
    async () => {
      const { router, unchanged } = await seeded();
      const answer = await router(msg('saveCapture', validParams('saveCapture').params), popup);
      expect(answer).not.toMatchObject({ error: expect.stringMatching(/^(untrusted|rejected)$/) });
      expect(unchanged).toThrow();
    },
  );

  describe.each(STRANGERS)('from %s', (_name, sender) => {
    it.each(ALL_METHODS)('%s is refused as untrusted, with no side effect', async (method) => {
      const { route, unchanged } = await seeded();
      const answer = await route(msg(method, validParams(method).params), sender);
      expect(answer).toEqual({ ok: false, error: 'untrusted' });
      unchanged();
    });
  });

  describe('from a content script', () => {
    it.each(Object.keys(pageToBackground))(
      '%s (an extension-page method) is refused, with no side effect',
      async (method) => {
        const { route, unchanged } = await seeded();
        const answer = await route(msg(method, validParams(method).params), contentScript);
        expect(answer).toEqual({ ok: false, error: 'rejected' });
        unchanged();
      },
    );

    it.each(Object.keys(pageToContent))(
      '%s (a method of the content script itself) is refused',
      async (method) => {
        const { route, unchanged } = await seeded();
        const answer = await route(msg(method, validParams(method).params), contentScript);
        expect(answer).toEqual({ ok: false, error: 'rejected' });
        unchanged();
      },
    );

    it('a content script without a tab id is refused', async () => {
      const { route, unchanged } = await seeded();
      const sender = { id: EXT, url: PAGE_URL, tab: {} };
      expect((await route(msg('badgeState', { ...hint, status: 'original' }), sender)).ok).toBe(
        false,
      );
      unchanged();
    });
  });

  // The refusals above must come from who sent the message, not from parameters that no
  // guard would have taken: each forged message passes its own guard.
  it.each(Object.keys(pageToBackground))(
    '%s is forged with parameters its guard accepts',
    (method) => {
      const { params, valid } = validParams(method);
      if (!valid) {
        console.warn(`security: no sample parameters for ${method}; forged with {}`);
        return;
      }
      expect(protocol.isMessage(msg(method, params), pageToBackground as never)).toBe(true);
    },
  );

  describe.each([
    ['the popup', popup],
    ['a content script', contentScript],
  ] as const)('malformed, from %s', (_name, sender) => {
    it.each(malformed())('%s: refused, with no side effect', async (_case, message) => {
      const { route, unchanged } = await seeded();
      const answer = await route(message, sender);
      expect(answer.ok).toBe(false);
      unchanged();
    });
  });

  // The envelope's extra keys are ignored rather than refused: harmless today (no handler
  // reads anything but `params`), but a sender adding keys is one the protocol does not know.
  const envelopes: Array<[string, unknown]> = [
    ['a tab id', { ...msg('badgeState', { ...hint, status: 'original' }), tabId: 999 }],
    [
      '__proto__, parsed from JSON',
      JSON.parse(
        `{"channel":"${CHANNEL}","method":"hint","params":${JSON.stringify({ ...hint, status: 'original' })},"__proto__":{"polluted":1}}`,
      ),
    ],
  ];

  it.each(envelopes)('an envelope with extra keys (%s) is refused', async (_name, message) => {
    const { router, unchanged } = await seeded();
    const answer = await router(message, contentScript);
    unchanged();
    expect(answer.ok).toBe(false);
  });

  it.each(envelopes)(
    'an envelope with %s reaches no other tab and pollutes nothing',
    async (_name, message) => {
      const { fake, router } = await seeded();
      await router(message, contentScript);
      expect([...fake.storage.keys()]).toEqual([`tab:${TAB}`]);
      expect([...fake.badges.keys()]).toEqual([TAB]);
      expect((fake.storage.get(`tab:${TAB}`) as { url: string }).url).toBe(PAGE_URL);
      expectPrototypesClean();
    },
  );
});

/** The content script's listener, captured from a fake `chrome.runtime.onMessage`. */
type Listener = (msg: unknown, sender: SenderInfo, reply: (a: unknown) => void) => boolean;

describe('content script', () => {
  const listeners: Listener[] = [];
  const sent: unknown[] = [];
  /** Every handler analyzer.js would bring, as a spy: a call is a side effect. */
  const calls: string[] = [];
  const spy =
    (method: string, value: unknown = null) =>
    () => {
      calls.push(method);
      return value;
    };
  const analyzerGuards = MAPS.pageToAnalyzer ?? pageToContent;
  // analyzer.js as content.js finds it after the popup injected it: `extend` adds its methods
  // to the content script's tier (the older shape offered highlight and clearHighlights).
  const full = {
    analyze: spy('analyze(full)'),
    highlight: spy('highlight', true),
    clearHighlights: spy('clearHighlights'),
    extend: (base: { guards: GuardMap; handlers: Record<string, unknown> }) => {
      const guards: GuardMap = { ...base.guards };
      const handlers: Record<string, unknown> = { ...base.handlers };
      for (const [m, g] of Object.entries(analyzerGuards)) {
        if (Object.hasOwn(base.guards, m)) continue;
        guards[m] = g;
        handlers[m] = spy(m, m === 'highlight' ? { found: true } : null);
      }
      return { guards, handlers };
    },
  };
  const scope = globalThis as Record<string, unknown>;

  beforeAll(async () => {
    document.body.innerHTML = `<main><article><h1>Storm closes coastal road</h1>
      <p>The original source of this article is South Front</p>
      <p>Copyright © South Front, 2020</p></article></main>`;
    scope.__LENS_BENCH__ = false;
    scope.chrome = {
      runtime: {
        id: EXT,
        getURL: (p: string) => `chrome-extension://${EXT}/${p}`,
        sendMessage: async (m: unknown) => {
          sent.push(m);
          return { ok: true, value: null };
        },
        onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
      },
    };
    // analyzer.js present, as after the popup opened: every handler could act.
    scope.__provenanceLensFull = full;
    await import('../../../extension/content/page/main');
    // Let the quick pass finish and report its badge state before watching for side effects.
    await new Promise((r) => setTimeout(r, 100));
  });

  afterAll(() => {
    delete scope.chrome;
    delete scope.__provenanceLensFull;
    delete scope.__LENS_BENCH__;
  });

  /** The answer the content script gives, or 'no-answer' when it leaves the message alone. */
  function ask(message: unknown, sender: SenderInfo): Promise<unknown> {
    expect(listeners).toHaveLength(1);
    return new Promise<unknown>((resolve) => {
      const waits = listeners[0]!(message, sender, resolve);
      if (!waits) resolve('no-answer');
    }).then((answer) => {
      tally.content.sent++;
      if (answer === 'no-answer' || (answer as { ok?: boolean }).ok === false)
        tally.content.refused++;
      return answer;
    });
  }

  function watch() {
    const page = document.body.innerHTML;
    const sentBefore = sent.length;
    const callsBefore = calls.length;
    return () => {
      expect(document.body.innerHTML).toBe(page);
      expect(document.querySelectorAll('mark, style')).toHaveLength(0);
      expect(sent.slice(sentBefore)).toEqual([]);
      expect(calls.slice(callsBefore)).toEqual([]);
      expectPrototypesClean();
    };
  }

  it('answers the popup (the listener is wired as in the browser)', async () => {
    expect(await ask(msg('ping', {}), popup)).toEqual({
      ok: true,
      value: { ready: true, full: true },
    });
  });

  it('the side-effect check sees a genuine highlight (it can fail)', async () => {
    const unchanged = watch();
    const answer = await ask(msg('highlight', { text: 'South Front', position: null }), popup);
    expect(answer).toMatchObject({ ok: true });
    expect(unchanged).toThrow();
  });

  describe.each([
    ...STRANGERS,
    ['another content script of this extension', contentScript] as [string, SenderInfo],
  ])('from %s', (_name, sender) => {
    it.each(ALL_METHODS)('%s is refused as untrusted, with no side effect', async (method) => {
      const unchanged = watch();
      expect(await ask(msg(method, validParams(method).params), sender)).toEqual({
        ok: false,
        error: 'untrusted',
      });
      unchanged();
    });
  });

  describe('from the popup', () => {
    it.each(
      [...Object.keys(contentToBackground), ...Object.keys(pageToBackground)].filter(
        (m) => !Object.hasOwn(pageToContent, m),
      ),
    )('%s (a method of the background) is refused', async (method) => {
      const unchanged = watch();
      expect(await ask(msg(method, validParams(method).params), popup)).toEqual({
        ok: false,
        error: 'rejected',
      });
      unchanged();
    });

    it.each(malformed())(
      '%s: refused or left alone, with no side effect',
      async (_case, message) => {
        const unchanged = watch();
        const answer = await ask(message, popup);
        // Messages on another channel are not the content script's to answer.
        if (answer !== 'no-answer') expect(answer).toMatchObject({ ok: false });
        else expect(protocol.isOurs(message)).toBe(false);
        unchanged();
      },
    );
  });
});
