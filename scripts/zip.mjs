// Reproducible zips for the release packages (scripts/package.mjs): entries in path order, one
// fixed timestamp and fixed attributes, so the same files always give the same bytes.
import { zipSync } from 'fflate';

// Zip timestamps are local DOS times: a date built from local parts encodes the same anywhere.
const STAMP = new Date(1980, 0, 1, 0, 0, 0);

/** A zip of the given files (relative path → bytes), byte-identical for the same input. */
export function reproducibleZip(files) {
  const entries = {};
  for (const path of Object.keys(files).sort()) {
    entries[path] = [files[path], { mtime: STAMP, os: 3, attrs: 0o100644 * 0x10000, level: 9 }];
  }
  return zipSync(entries);
}
