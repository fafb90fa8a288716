/**
 * A snapshot keeps a style sheet of another origin, as news sites serve theirs from a CDN: the
 * page at 127.0.0.1 loads one from localhost (the same server under another origin, sent
 * without CORS, so the page may not read its rules); the capture inlines it, fetched again by
 * the background without cookies (the test build has host access).
 */
import type { Capture } from '../../src/capture/model/model';
import { expect, test } from './harness';
import { readStore, SEED, saveFromPopup } from './library-helpers';

test('a cross-origin style sheet is kept in the snapshot', async ({ lens }) => {
  const cdn = lens.origin.replace('127.0.0.1', 'localhost');
  // The harness lets only 127.0.0.1 through; this second origin is the same local server.
  await lens.context.route(
    (url) => url.origin === cdn,
    (route) => route.continue(),
  );
  const page = await lens.open(SEED);
  const readable = await page.evaluate(async (href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    try {
      return (link.sheet as CSSStyleSheet).cssRules.length >= 0;
    } catch {
      return false;
    }
  }, `${cdn}/pages/cdn-style.css`);
  // The page itself may not read it: only a fetch of its own can keep it.
  expect(readable).toBe(false);

  const before = new Set((await readStore(lens.inWorker)).captures.map((c) => c.id));
  const popup = await lens.popup(page);
  const said = await saveFromPopup(popup, { note: 'cdn' });
  expect(said.kind, said.text).toBe('saved');
  const added = (await readStore(lens.inWorker)).captures.filter((c) => !before.has(c.id));
  expect(added).toHaveLength(1);
  const capture = added[0] as Capture;
  expect(capture.snapshot.html).toMatch(/\.lens-cdn-marker\s*\{\s*color: rgb\(1, 2, 3\)/);
  expect(capture.snapshot.omitted.join('\n')).not.toContain('localhost');
  await popup.close();
  await page.close();
});
