/**
 * Byte helpers on Web platform APIs only (TextEncoder, atob, crypto.subtle), so the archive
 * writers run unchanged in an extension page and in Node 20.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(s: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(s);
}

/** One array holding all the parts in order. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  // crypto.subtle wants an ArrayBuffer-backed view; copy when given a shared or offset buffer.
  const view =
    data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : data.slice();
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The bytes of a base64 string (standard alphabet, padded). */
export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Base64 of the bytes, in chunks so that a large image does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

/** The bytes inside a `data:…;base64,` URL, or null when it is not one. */
export function dataUrlBytes(
  dataUrl: string,
): { mime: string; bytes: Uint8Array<ArrayBuffer> } | null {
  const m = /^data:([a-z0-9.+-]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i.exec(dataUrl);
  if (!m) return null;
  try {
    return { mime: m[1]!.toLowerCase(), bytes: base64ToBytes(m[2]!) };
  } catch {
    return null;
  }
}
