/**
 * Accessibility and hostile input in the popup: axe-core in light and dark, and a page built
 * to be executed if its text were rendered as HTML.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { eventually, scenarios, settle, type Tab, type View } from '../lens';

const { list, scenario } = scenarios();
export default list;

const AXE = resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

/** axe-core's violations in an extension page. Its CSP refuses inline scripts, so the source
 * is run by the driver, which the page's CSP does not govern. */
export async function axeViolations(view: View): Promise<{ passes: number; violations: string[] }> {
  await view.inject(await readFile(AXE, 'utf8'));
  return view.evaluate(async () => {
    type Result = {
      passes: unknown[];
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    };
    const { axe } = globalThis as unknown as { axe: { run(): Promise<Result> } };
    const result = await axe.run();
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    };
  });
}

const PAGES: Array<[string, (lens: import('../lens').Lens) => Promise<Tab>]> = [
  ['a cross-post', (lens) => lens.open('/pages/crosspost.html')],
  ['an original', (lens) => lens.open('/pages/original.html')],
  ['a page it cannot read', (lens) => lens.openRestricted()],
];

for (const [what, open] of PAGES) {
  scenario(
    `axe finds no violations in the popup for ${what}, light and dark`,
    async ({ lens, expect }) => {
      const tab = await open(lens);
      const popup = await lens.popup(tab);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.colorScheme(scheme);
        const { passes, violations } = await axeViolations(popup);
        expect(violations, scheme).toEqual([]);
        expect(passes).toBeGreaterThan(5);
      }
      await popup.close();
      await tab.close();
    },
  );
}

scenario('a hostile page opens no dialog and yields no unsafe link', async ({ lens, expect }) => {
  const tab = await lens.open('/pages/hostile.html');
  await eventually(async () => expect((await lens.badge(tab)).text).not.toBe(''));
  const popup = await lens.popup(tab);
  expect(await popup.text('.status')).not.toBe('');
  const hrefs = await popup.evaluate(() =>
    [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  );
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  // Page text is shown as text: the markup in it never becomes elements.
  expect(await popup.count('main img, main svg, main b, main script')).toBe(0);
  // Every "Show on page" clicked, each by its place in the list.
  const shows = await popup.evaluate(() => {
    const all = [...document.querySelectorAll('button[aria-label^="Show on page"]')];
    for (const [i, b] of all.entries()) b.setAttribute('data-show', String(i));
    return all.length;
  });
  expect(shows).toBeGreaterThan(0);
  for (let i = 0; i < shows; i++) await popup.click(`button[data-show="${i}"]`);
  await tab.front();
  await settle(300);
  expect([...tab.dialogs(), ...popup.dialogs()]).toEqual([]);
  await popup.close();
  await tab.close();
});
