import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** Runs axe-core in the popup. The popup's CSP refuses inline scripts (addScriptTag), so the
 * source is evaluated through the DevTools protocol, which the page's CSP does not govern. */
async function audit(popup: Page): Promise<{ passes: number; violations: string[] }> {
  await popup.evaluate(await readFile(AXE, 'utf8'));
  return popup.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const result = await axe.run();
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    };
  });
}

interface AxeResults {
  passes: unknown[];
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

for (const path of ['/pages/crosspost.html', '/pages/original.html', 'chrome://version']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the popup for ${path} (${colorScheme})`, async ({ lens }) => {
      const page = await lens.open(path);
      const popup = await lens.popup(page, { colorScheme });
      const { passes, violations } = await audit(popup);
      expect(violations).toEqual([]);
      expect(passes).toBeGreaterThan(5);
      await popup.close();
      await page.close();
    });
  }
}
