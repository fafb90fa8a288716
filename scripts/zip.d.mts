/** A zip of the given files (relative path → bytes), byte-identical for the same input. */
export function reproducibleZip(files: Record<string, Uint8Array>): Uint8Array;
