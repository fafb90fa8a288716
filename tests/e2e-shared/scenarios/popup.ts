/**
 * The toolbar badge and the popup: every state, the seed cross-post, "Show on page", a
 * single-page site, the keyboard alone.
 */
import { shownDate } from '../../../src/text/shown-dates';
import { message } from '../../e2e/messages';
import { eventually, type Lens, probeHighlight, scenarios, settle, type View } from '../lens';

const { list, scenario } = scenarios();
export default list;

/** A date as the badge's tooltip shows it: in the background's language (src/text/shown-dates.ts). */
const badgeDay = async (lens: Lens, iso: string) =>
  shownDate(iso, await lens.inBackground((bg) => bg.navigator.language));

/** A date as a popup shows it: in the language its root element declares. */
const popupDay = async (popup: View, iso: string) =>
  shownDate(iso, await popup.evaluate(() => document.documentElement.lang));

/** The seed page: a South Front article republished by Global Research a day later. */
export const SEED = '/fixtures/globalresearch-southfront/';

scenario('an original article', async ({ lens, expect }) => {
  const tab = await lens.open('/pages/original.html');
  await eventually(async () => expect((await lens.badge(tab)).text).toBe('ORIG'));
  const popup = await lens.popup(tab);
  expect(await popup.text('.status')).toContain('Original');
  expect(await popup.texts('.hop')).toEqual([expect.stringContaining('The Riverside Courier')]);
  expect(await popup.count('section[aria-labelledby="credit-heading"]')).toBe(0);
  await popup.close();
  await tab.close();
});

scenario('a page that is not an article', async ({ lens, expect }) => {
  const tab = await lens.open('/pages/not-article.html');
  await eventually(async () =>
    expect(await lens.badge(tab)).toEqual({ text: '', title: 'Not an article' }),
  );
  const popup = await lens.popup(tab);
  expect(await popup.text('.status')).toContain('Not an article');
  expect(await popup.count('.chain')).toBe(0);
  await popup.close();
  await tab.close();
});

scenario('a browser page the extension cannot read', async ({ lens, expect }) => {
  const tab = await lens.openRestricted();
  const popup = await lens.popup(tab);
  expect(await popup.text('.status')).toContain("Can't read this page");
  expect(await popup.text('h1')).toContain("browser's own pages");
  await popup.close();
  await tab.close();
});

scenario(
  'the analysing state: the popup says it is reading the page',
  async ({ lens, expect }) => {
    const tab = await lens.open('/pages/original.html');
    const popup = await lens.popup(tab, { hold: true });
    await popup.waitFor('[role="status"]', { text: /Reading the page/ });
    expect(await popup.attr('main', 'aria-busy')).toBe('true');
    await popup.close();
    await tab.close();
  }, // Chromium only: holding the page's answer back needs a script in the popup before its
  // own, which WebDriver BiDi cannot run in a moz-extension:// page.
  { only: 'chromium' },
);

scenario(
  'a page over the analysis budget: the popup says so and goes on when asked',
  async ({ lens, expect }) => {
    const tab = await lens.open('/pages/huge.html');
    const popup = await lens.popup(tab);
    const alert = (await popup.text('[role="alert"]')) ?? '';
    expect(alert).toMatch(/4\d,\d{3} elements/);
    await popup.click('button', 'Analyse anyway');
    await popup.waitFor('main[aria-busy="false"] .status', { text: /Cross-post/, timeout: 30_000 });
    expect(await popup.text('h1')).toContain('The Harbour Gazette');
    await popup.close();
    await tab.close();
  },
);

scenario('the seed: badge and tooltip name the source and its date', async ({ lens, expect }) => {
  const tab = await lens.open(SEED);
  const day = await badgeDay(lens, '2020-01-21');
  await eventually(async () =>
    expect(await lens.badge(tab)).toEqual({
      text: 'COPY',
      title: `Cross-post of South Front (${day})`,
    }),
  );
  await tab.close();
});

scenario(
  'the seed: the popup shows Global Research → South Front, copyright and credit',
  async ({ lens, expect }) => {
    const tab = await lens.open(SEED);
    const popup = await lens.popup(tab);
    expect(await popup.text('.status')).toContain('Cross-post');
    expect(await popup.text('h1')).toContain('South Front');
    const hops = await popup.texts('ol[aria-label="Provenance chain, newest first"] > li');
    expect(hops).toHaveLength(2);
    expect(hops[0]).toContain('Global Research');
    expect(hops[0]).toContain(await popupDay(popup, '2020-01-22'));
    expect(hops[1]).toContain('South Front');
    expect(hops[1]).toContain('southfront.org');
    expect(hops[1]).toContain(await popupDay(popup, '2020-01-21'));
    const copyright = (await popup.text('section[aria-labelledby="copyright-heading"]')) ?? '';
    expect(copyright).toContain('Holders: South Front');
    expect(copyright).toContain('2020');
    const credit = 'section[aria-labelledby="credit-heading"]';
    expect(await popup.text(credit)).toContain('Names the source');
    expect(await popup.text(credit)).toContain("Keeps the source's copyright line");
    expect(await popup.count(`${credit} li`)).toBe(3);
    expect(await popup.text('section[aria-labelledby="terms-heading"]')).toContain(
      'credit the source',
    );
    await popup.close();
    await tab.close();
  },
);

scenario('"Show on page" highlights the original-source line in view', async ({ lens, expect }) => {
  const tab = await lens.open(SEED);
  const popup = await lens.popup(tab);
  await popup.click('button', /^Show on page: The original source of this article is/);
  await popup.waitFor('*', { text: 'Highlighted on the page.' });
  await tab.front();
  await eventually(async () =>
    expect(await probeHighlight(tab)).toEqual({
      text: 'The original source of this article is South Front',
      inView: true,
    }),
  );
  await popup.close();
  await tab.close();
});

scenario(
  'a cross-post that links its original meets every credit item',
  async ({ lens, expect }) => {
    const tab = await lens.open('/pages/crosspost.html');
    const day = await badgeDay(lens, '2024-03-04');
    await eventually(async () =>
      expect(await lens.badge(tab)).toEqual({
        text: 'COPY',
        title: `Cross-post of The Harbour Gazette (${day})`,
      }),
    );
    const popup = await lens.popup(tab);
    // The headline is the catalogue's template filled in, not the report's English summary.
    expect(await popup.text('h1')).toBe(
      message('en', 'headlineCrossPostLag', ['The Harbour Gazette', message('en', 'lagOneDay')]),
    );
    expect(await popup.attr('.hop--original a', 'href')).toBe(
      'https://harbourgazette.example/news/dredging-2024',
    );
    expect(await popup.attr('.hop--original a', 'rel')).toBe('noopener noreferrer');
    expect(await popup.count('.checklist .met')).toBe(3);
    await popup.click('button', /^Show on page: The Harbour Gazette 4 March/);
    await tab.front();
    await eventually(async () =>
      expect(await probeHighlight(tab)).toEqual({
        text: 'The Harbour Gazette 4 March 2024',
        inView: true,
      }),
    );
    await popup.close();
    await tab.close();
  },
);

scenario('a single-page navigation updates the badge', async ({ lens, expect }) => {
  const tab = await lens.open('/pages/spa.html');
  await eventually(async () => expect((await lens.badge(tab)).text).toBe('ORIG'));
  await tab.evaluate(() => (window as unknown as { nextArticle(): void }).nextArticle());
  const day = await badgeDay(lens, '2024-05-03');
  await eventually(async () =>
    expect(await lens.badge(tab)).toEqual({
      text: 'COPY',
      title: `Cross-post of The Harbour Gazette (${day})`,
    }),
  );
  const popup = await lens.popup(tab);
  expect(await popup.text('.hop--original')).toContain('The Harbour Gazette');
  await popup.close();
  await tab.close();
});

scenario('the popup is keyboard operable', async ({ lens, expect }) => {
  const tab = await lens.open('/pages/crosspost.html');
  const popup = await lens.popup(tab);
  // Every control is a tab stop, in reading order.
  const stops = await popup.texts('a[href], button, input');
  const visited: string[] = [];
  for (let i = 0; i < stops.length; i++) {
    await popup.press('Tab');
    visited.push(
      await popup.evaluate(
        () => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
    );
  }
  expect(visited).toEqual(stops);

  // "Show on page" and "Copy citation" work with Enter.
  await popup.focus('button', /^Show on page: The original source/);
  await popup.press('Enter');
  await popup.waitFor('*', { text: 'Highlighted on the page.' });
  await tab.front();
  await eventually(async () => expect((await probeHighlight(tab)).inView).toBe(true));
  await popup.front();
  // Keep a copy of what is written (reading the clipboard back needs a permission neither
  // browser grants an extension page); the real write still happens.
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      (globalThis as unknown as { copied: string }).copied = text;
      return write(text);
    };
  });
  await popup.focus('button', 'Copy citation');
  await popup.press('Enter');
  await popup.waitFor('*', { text: 'Citation copied.' });
  const copied = await popup.evaluate(() => (globalThis as unknown as { copied: string }).copied);
  const [copy, original] = [
    await popupDay(popup, '2024-03-05'),
    await popupDay(popup, '2024-03-04'),
  ];
  expect(copied).toBe(
    `“Harbour dredging to start next month”. Coastal Digest, ${copy}, ${lens.origin}/pages/crosspost.html. Originally published by The Harbour Gazette, ${original}, https://harbourgazette.example/news/dredging-2024.`,
  );
  await popup.close();
  await tab.close();
});

scenario(
  'the popup injects the analyser when the page has no content script',
  async ({ lens, expect }) => {
    const registered = await lens.inExtension(() =>
      browser.scripting.getRegisteredContentScripts(),
    );
    await lens.inExtension(() => browser.scripting.unregisterContentScripts());
    try {
      const tab = await lens.open('/pages/original.html');
      await settle(500);
      expect((await lens.badge(tab)).text).toBe('');
      const popup = await lens.popup(tab);
      expect(await popup.text('.status')).toContain('Original');
      // The injected script also tells the background, so the badge follows.
      await eventually(async () => expect((await lens.badge(tab)).text).toBe('ORIG'));
      await popup.close();
      await tab.close();
    } finally {
      await lens.inExtension(
        (scripts) =>
          browser.scripting.registerContentScripts(
            scripts as Parameters<typeof browser.scripting.registerContentScripts>[0],
          ),
        registered,
      );
    }
  },
);

declare const browser: import('webextension-polyfill').Browser;
