import { isMainThread, workerData } from 'node:worker_threads';
import { WORKER_ROLE } from './pool';
import { main } from './run';
import { runWorker } from './worker';

// The one file is both the command and, started again as a worker thread by --jobs, a worker.
if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) runWorker();
else {
  // Output piped into a reader that stops early (`| head`): stop quietly, as other tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  main(
    process.argv.slice(2),
    process.stdout,
    process.stderr,
    undefined,
    new URL(import.meta.url),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`provenance-lens: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
