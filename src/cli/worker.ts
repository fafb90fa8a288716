import { parentPort, workerData } from 'node:worker_threads';
import { FETCH_LIMITS } from './fetch-original';
import { analyzePage, isInput, type PageOptions } from './page';

/** A worker thread of `--jobs`: analyse each page the main thread sends, answer with its id. */
export function runWorker(): void {
  const given = (workerData as { options?: Partial<PageOptions> }).options ?? {};
  const options: PageOptions = {
    json: given.json === true,
    verify: given.verify === true,
    quick: given.quick === true,
    original: typeof given.original === 'string' ? given.original : null,
    limits: { ...FETCH_LIMITS, ...given.limits },
  };
  parentPort!.on('message', async (message: unknown) => {
    const m = message as { id?: unknown; input?: unknown };
    if (typeof m?.id !== 'number' || !isInput(m.input)) return;
    const done = await analyzePage(m.input, options);
    parentPort!.postMessage({ id: m.id, done });
  });
}
