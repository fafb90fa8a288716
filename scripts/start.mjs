#!/usr/bin/env node
// `npm start`: build both packages, analyse the bundled sample page with the command-line
// tool, then show the extension on that page: in a Chromium window when there is a display,
// else headless, writing a PNG of the popup to artifacts/ and printing its path.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const SAMPLE = 'globalresearch-southfront';
const sampleDir = resolve(root, 'tests/fixtures', SAMPLE);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Browsers leave temporary folders behind: keep them inside the project.
process.env.TMPDIR ??= resolve(root, '.tmp');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The popup of a tab, opened headless as a page (the e2e tests do the same). */
async function screenshotPopup(pageUrl) {
  const { chromium } = await import('playwright');
  const ext = resolve(root, 'dist/chrome-test');
  const profile = await mkdtemp(join(tmpdir(), 'lens-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  try {
    await context.route(/^https?:/, (r) =>
      r
        .request()
        .url()
        .startsWith(pageUrl.slice(0, pageUrl.indexOf('/', 8)))
        ? r.continue()
        : r.abort(),
    );
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto(pageUrl);
    const tabId = await sw.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
      pageUrl,
    );
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 120 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    await mkdir(resolve(root, 'artifacts'), { recursive: true });
    const path = resolve(root, 'artifacts/start-popup.png');
    await popup.screenshot({ path, fullPage: true });
    return path;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** A real Chromium window with the release build loaded; returns when it is closed. */
async function openWindow(pageUrl) {
  const profile = resolve(root, '.tmp/start-profile');
  await mkdir(profile, { recursive: true });
  const ext = resolve(root, 'dist/chrome');
  console.log(`\nOpening Chromium on ${pageUrl} with the extension loaded.`);
  console.log('Click the Provenance Lens button in the toolbar. Close the window to stop.');
  const args = [`--user-data-dir=${profile}`, '--no-first-run', `--load-extension=${ext}`];
  // Chromium refuses to start as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(chromiumPath, [...args, pageUrl], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
}

async function main() {
  await mkdir(process.env.TMPDIR, { recursive: true });
  run(process.execPath, ['scripts/build.mjs', '--test']);
  const address = (await readFile(join(sampleDir, 'url'), 'utf8').catch(() => '')).trim();
  if (!address) throw new Error(`missing sample page: ${relative(root, sampleDir)}/url`);
  console.log(
    `\n$ provenance-lens analyze ${relative(root, sampleDir)}/source.html --url ${address}\n`,
  );
  run(process.execPath, [
    'dist/cli/provenance-lens.mjs',
    'analyze',
    join(sampleDir, 'source.html'),
    '--url',
    address,
  ]);
  const server = await serve();
  const pageUrl = `${server.origin}/fixtures/${SAMPLE}/`;
  try {
    if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await openWindow(pageUrl);
    else {
      const path = await screenshotPopup(pageUrl);
      console.log(`\nNo display: the popup for ${pageUrl} is in ${relative(root, path)}`);
    }
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
