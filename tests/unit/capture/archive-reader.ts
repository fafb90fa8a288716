import { createHash } from 'node:crypto';

/** One WARC record as read back, with where it stood in the file. */
export interface ParsedRecord {
  offset: number;
  length: number;
  version: string;
  fields: Map<string, string>;
  block: Uint8Array;
}

const CRLF2 = [13, 10, 13, 10];

function indexOfSeq(bytes: Uint8Array, seq: number[], from: number): number {
  outer: for (let i = from; i <= bytes.length - seq.length; i++) {
    for (let j = 0; j < seq.length; j++) if (bytes[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Reads an uncompressed WARC strictly: version line, fields, blank line, block, CRLF CRLF. */
export function parseWarc(bytes: Uint8Array): ParsedRecord[] {
  const records: ParsedRecord[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const headEnd = indexOfSeq(bytes, CRLF2, pos);
    if (headEnd < 0) throw new Error(`no header end after ${pos}`);
    const [version, ...lines] = new TextDecoder()
      .decode(bytes.subarray(pos, headEnd))
      .split('\r\n');
    const fields = new Map<string, string>();
    for (const line of lines) {
      const m = /^([A-Za-z0-9-]+): (.*)$/.exec(line);
      if (!m) throw new Error(`bad field line ${JSON.stringify(line)}`);
      if (fields.has(m[1]!)) throw new Error(`repeated field ${m[1]}`);
      fields.set(m[1]!, m[2]!);
    }
    const length = Number(fields.get('Content-Length'));
    const blockStart = headEnd + 4;
    const block = bytes.subarray(blockStart, blockStart + length);
    const tail = bytes.subarray(blockStart + length, blockStart + length + 4);
    if (block.length !== length || !CRLF2.every((b, i) => tail[i] === b)) {
      throw new Error(`record at ${pos} is not followed by CRLF CRLF`);
    }
    const end = blockStart + length + 4;
    records.push({ offset: pos, length: end - pos, version: version!, fields, block });
    pos = end;
  }
  return records;
}

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The compression method of each zip entry, read from the local file headers. */
export function zipMethods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods = new Map<string, number>();
  let pos = 0;
  while (view.getUint32(pos, true) === 0x04034b50) {
    const method = view.getUint16(pos + 8, true);
    const size = view.getUint32(pos + 18, true);
    const nameLength = view.getUint16(pos + 26, true);
    const extraLength = view.getUint16(pos + 28, true);
    const name = new TextDecoder().decode(zip.subarray(pos + 30, pos + 30 + nameLength));
    methods.set(name, method);
    pos += 30 + nameLength + extraLength + size;
  }
  return methods;
}
