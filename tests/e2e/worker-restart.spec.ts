import { expect, test } from './harness';

type Global = { __lensMarker?: number; chrome: { runtime: { sendMessage(m: unknown): unknown } } };

// MV3 stops an idle service worker; what the badge and the popup rely on must outlive it.
test('tab state survives the service worker being stopped', async ({ lens }) => {
  const page = await lens.open('/pages/crosspost.html');
  await expect.poll(async () => (await lens.badge(page)).text).toBe('COPY');
  const popup = await lens.popup(page);

  // Mark the running worker, then stop it through the DevTools protocol.
  await lens.inWorker(() => {
    (globalThis as unknown as Global).__lensMarker = 1;
  }, null);
  const cdp = await lens.context.newCDPSession(popup);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.includes(lens.extensionId),
  );
  await cdp.send('Target.closeTarget', { targetId: worker?.targetId ?? '' });

  // A message wakes a fresh worker, which answers from storage.
  const state = await popup.evaluate(
    (tabId) =>
      (globalThis as unknown as Global).chrome.runtime.sendMessage({
        channel: 'provenance-lens',
        method: 'getTabState',
        params: { tabId },
      }),
    lens.tabId(page),
  );
  expect(await lens.inWorker(() => (globalThis as unknown as Global).__lensMarker, null)).toBe(
    undefined,
  );
  expect(state).toMatchObject({
    ok: true,
    value: { status: 'cross-post', source: 'The Harbour Gazette', date: '2024-03-04' },
  });
  expect((await lens.badge(page)).text).toBe('COPY');
  await popup.close();
  await page.close();
});
