// A minimal ZIP reader for .docx parts: central directory, stored or deflated entries. Anything unusual
// (ZIP64, encryption, other methods) returns null so the caller can fall back to mammoth's reader.
import { inflateRawSync } from 'node:zlib';

/** Inflated parts larger than this are refused (a zip bomb must not exhaust memory). */
const MAX_PART = 256 * 1024 * 1024;

export interface ZipEntries {
  read(name: string): Buffer | null;
  has(name: string): boolean;
}

export function openZip(bytes: Uint8Array): ZipEntries | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset >= buf.length) return null;
  const entries = new Map<string, { method: number; compSize: number; localOffset: number }>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (flags & 1) return null; // encrypted
    if (compSize === 0xffffffff || localOffset === 0xffffffff) return null; // ZIP64
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, { method, compSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return {
    has: (name) => entries.has(name),
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      const lo = e.localOffset;
      if (lo + 30 > buf.length || buf.readUInt32LE(lo) !== 0x04034b50) return null;
      const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
      const data = buf.subarray(start, start + e.compSize);
      if (data.length !== e.compSize) return null;
      if (e.method === 0) return data;
      if (e.method !== 8) return null;
      try {
        return inflateRawSync(data, { maxOutputLength: MAX_PART });
      } catch {
        return null;
      }
    },
  };
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf[i] === 0x50 && buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
