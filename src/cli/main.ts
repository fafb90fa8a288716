import { main } from './run';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`provenance-lens: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
