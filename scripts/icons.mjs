#!/usr/bin/env node
// Renders public/icons/icon.svg to the PNG sizes the browsers and stores ask for, with the
// system Chromium. Run after editing the SVG; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright';

const dir = resolve(import.meta.dirname, '../public/icons');
const SIZES = [16, 32, 48, 128];

const svg = await readFile(resolve(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const img = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img src="${img}" width="${size}" height="${size}">`,
    );
    await page
      .locator('img')
      .screenshot({ path: resolve(dir, `${size}.png`), omitBackground: true });
    await page.close();
    console.log(`public/icons/${size}.png`);
  }
} finally {
  await browser.close();
}
