/**
 * Just enough of the zip format to stream the web archives out of a WACZ: the central directory
 * read from the end of the file, then each member read from disk as a stream (stored members as
 * they are, deflated ones through zlib), never the whole file in memory. Zip64 sizes and offsets
 * are understood, so a WACZ past 4 GB reads too.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the member's local header starts. */
  headerOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** The members a zip file lists, in the order its central directory gives them. */
export async function zipMembers(path: string): Promise<ZipMember[]> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    // The end record is 22 bytes plus a comment of at most 65,535.
    const tailLength = Math.min(size, 22 + 65_535 + 20);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    if (at < 0) throw new ZipError('not a zip file (no end of central directory)');
    let count = tail.readUInt16LE(at + 10);
    let dirSize = tail.readUInt32LE(at + 12);
    let dirOffset = tail.readUInt32LE(at + 16);
    if (dirOffset === MAX32 || count === 0xffff) {
      const loc = at - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== EOCD64_LOCATOR)
        throw new ZipError('a zip64 file without its locator');
      const end64At = Number(tail.readBigUInt64LE(loc + 8));
      const end64 = Buffer.alloc(56);
      await file.read(end64, 0, 56, end64At);
      if (end64.readUInt32LE(0) !== EOCD64) throw new ZipError('a broken zip64 end record');
      count = Number(end64.readBigUInt64LE(32));
      dirSize = Number(end64.readBigUInt64LE(40));
      dirOffset = Number(end64.readBigUInt64LE(48));
    }
    if (dirOffset + dirSize > size) throw new ZipError('the central directory lies past the end');
    const dir = Buffer.alloc(dirSize);
    await file.read(dir, 0, dirSize, dirOffset);
    const members: ZipMember[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL)
        throw new ZipError('a broken central directory');
      const method = dir.readUInt16LE(p + 10);
      let compressedSize = dir.readUInt32LE(p + 20);
      let uncompressed = dir.readUInt32LE(p + 24);
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      let headerOffset = dir.readUInt32LE(p + 42);
      const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
      // Zip64: the fields that overflowed, in this order, in extra field 0x0001.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = dir.readUInt16LE(e);
        const length = dir.readUInt16LE(e + 2);
        if (id === 1) {
          let q = e + 4;
          if (uncompressed === MAX32) {
            uncompressed = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === MAX32) {
            compressedSize = Number(dir.readBigUInt64LE(q));
            q += 8;
          }
          if (headerOffset === MAX32) headerOffset = Number(dir.readBigUInt64LE(q));
        }
        e += 4 + length;
      }
      members.push({ name, method, compressedSize, size: uncompressed, headerOffset });
      p = extraEnd + commentLength;
    }
    return members;
  } finally {
    await file.close();
  }
}

/** One member's bytes, uncompressed, as a stream read from disk. */
export async function openMember(path: string, member: ZipMember): Promise<Readable> {
  if (member.method !== 0 && member.method !== 8)
    throw new ZipError(`${member.name}: compression method ${member.method} is not supported`);
  const file = await open(path, 'r');
  const local = Buffer.alloc(30);
  try {
    await file.read(local, 0, 30, member.headerOffset);
  } finally {
    await file.close();
  }
  if (local.readUInt32LE(0) !== LOCAL) throw new ZipError(`${member.name}: a broken local header`);
  const start = member.headerOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (member.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + member.compressedSize - 1 });
  if (member.method === 0) return raw;
  const inflate = createInflateRaw();
  raw.on('error', (e) => inflate.destroy(e));
  return raw.pipe(inflate);
}
