/**
 * The hostile page set (tests/e2e/pages/hostile/*.html, forge.html aside): markup and scripts
 * in titles, bylines and publisher names, javascript:/data:/vbscript: addresses plain and in
 * disguise, bidi controls, 10 KB names. For each page the popup is opened and everything in it
 * that reveals more is clicked; then nothing may have run and nothing unsafe may be offered:
 * no dialog, no Content Security Policy violation in the popup (an inline handler or script the
 * policy had to block means page text became markup), only http(s) links, no inline
 * event-handler attribute, nothing embedded, no source from outside the package.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually, scenarios, settle, type View } from '../lens';

const { list, scenario } = scenarios();
export default list;

const PAGES = readdirSync(resolve(import.meta.dirname, '../../e2e/pages/hostile'))
  .filter((f) => f.endsWith('.html') && f !== 'forge.html')
  .sort();

/** Collects the popup's CSP violations from its first script on (in Firefox, from just after
 * its first scripts: see `PopupOptions.before`). */
const WATCH_CSP = `(() => {
  const seen = [];
  window.__cspViolations = seen;
  document.addEventListener('securitypolicyviolation',
    (e) => seen.push((e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sample).trim()), true);
})();`;

const violations = (popup: View) =>
  popup.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** What an extension page shows that could run or lead somewhere other than the web: run in
 * the page (`view.evaluate(exposure)`), by the Chromium-only spec as well. */
export function exposure() {
  const all = Array.from(document.querySelectorAll('*'));
  // Links a reader can follow: anything in the body with an address (the head's stylesheet
  // links are the package's own files).
  const hrefs = Array.from(document.body.querySelectorAll('[href], [*|href]')).map(
    (a) => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '',
  );
  const handlers = all.flatMap((el) =>
    Array.from(el.attributes)
      .filter((a) => /^on/i.test(a.name.replace(/^.*:/, '')))
      .map((a) => `<${el.localName} ${a.name}>`),
  );
  const embedded = Array.from(
    document.querySelectorAll('main script, main iframe:not([sandbox]), object, embed, base'),
  ).map((el) => el.localName);
  const sources = Array.from(document.querySelectorAll('[src]'))
    .map((el) => el.getAttribute('src') ?? '')
    .filter((s) => !/^(\.\/|\/|chrome-extension:|moz-extension:|data:image\/)/.test(s) && s !== '');
  return { hrefs, handlers, embedded, sources };
}

const audit = (popup: View) => popup.evaluate(exposure);

/**
 * Clicks what reveals more, until nothing new appears: disclosures (`<summary>`, collapsed
 * `aria-expanded` controls) and "Show on page". Settings, copying, saving and leaving are not
 * clicked. Each control is marked once clicked.
 */
async function expandAll(popup: View): Promise<number> {
  let clicked = 0;
  for (let round = 0; round < 5; round++) {
    const fresh = await popup.evaluate(() => {
      const found = Array.from(
        document.querySelectorAll('summary, [aria-expanded="false"], button'),
      ).filter(
        (e) =>
          !e.hasAttribute('data-lens-clicked') &&
          !e.hasAttribute('data-lens-next') &&
          !e.closest('footer.settings') &&
          !(e as HTMLButtonElement).disabled &&
          (e as HTMLElement).offsetParent !== null &&
          (e.localName === 'summary' ||
            e.getAttribute('aria-expanded') === 'false' ||
            /^show on page/i.test(e.getAttribute('aria-label') ?? e.textContent ?? '')),
      );
      for (const [i, e] of found.entries()) e.setAttribute('data-lens-next', String(i));
      return found.length;
    });
    for (let i = 0; i < fresh; i++) {
      const selector = `[data-lens-next="${i}"]`;
      await popup.evaluate((s) => {
        const e = document.querySelector(s);
        e?.removeAttribute('data-lens-next');
        e?.setAttribute('data-lens-clicked', '');
        e?.setAttribute('data-lens-now', '');
      }, selector);
      await popup.click('[data-lens-now]');
      await popup.evaluate(() =>
        document.querySelector('[data-lens-now]')?.removeAttribute('data-lens-now'),
      );
    }
    clicked += fresh;
    if (fresh === 0) break;
    await settle(200);
  }
  return clicked;
}

scenario(
  'the hostile set: the watches see a dialog and a blocked inline handler (they can fail)',
  async ({ lens, expect }) => {
    expect(PAGES.length).toBeGreaterThan(7);
    const tab = await lens.open('/pages/original.html');
    await tab.evaluate(() => {
      setTimeout(() => alert('probe'), 0);
    });
    await eventually(async () => expect(tab.dialogs()).toHaveLength(1));
    const popup = await lens.popup(tab, { before: WATCH_CSP });
    await popup.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'void 0');
      img.src = 'data:image/png;base64,AAAA';
      document.body.append(img);
    });
    await eventually(async () => expect((await violations(popup)).length).toBeGreaterThan(0));
    expect((await audit(popup)).handlers).toEqual(['<img onerror>']);
    await popup.close();
    await tab.close();
  },
);

for (const file of PAGES) {
  scenario(`the hostile set: ${file}`, async ({ lens, expect }) => {
    const tab = await lens.open(`/pages/hostile/${file}`);
    await eventually(async () => expect((await lens.badge(tab)).text).not.toBe(''));
    const popup = await lens.popup(tab, { before: WATCH_CSP });
    expect(await popup.text('.status')).not.toBe('');
    await expandAll(popup);
    await tab.front();
    await settle(300);
    const found = await audit(popup);
    expect(
      found.hrefs.filter((h) => !/^https?:\/\//i.test(h)),
      'links that are not http(s)',
    ).toEqual([]);
    expect(found.handlers, 'inline event handlers').toEqual([]);
    expect(found.embedded, 'scripts, frames, objects').toEqual([]);
    expect(found.sources, 'sources from outside the package').toEqual([]);
    expect(await violations(popup), 'CSP violations').toEqual([]);
    expect([...tab.dialogs(), ...popup.dialogs()], 'dialogs').toEqual([]);
    await popup.close();
    await tab.close();
  });
}
