// How the offset maps (normalised char → document text, core/document.ts) are stored. Raw, two Int32Arrays
// cost 8 bytes per character — most of a report's row and most of what an import writes — yet they are
// nearly the identity: runs of equal steps. Stored as 'NBM1', the length, then (step, run length) pairs as
// varints (steps zigzag-encoded). A blob without the magic is read as raw little-endian Int32 (older rows,
// test fixtures).

const MAGIC = [0x4e, 0x42, 0x4d, 0x31]; // 'NBM1'

class Writer {
  private buf = new Uint8Array(64);
  length = 0;
  byte(b: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = b;
  }
  varint(v: number): void {
    // v is a non-negative integer below 2^53
    while (v >= 0x80) {
      this.byte((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }
  bytes(): Buffer {
    return Buffer.from(this.buf.buffer, 0, this.length);
  }
}

const zigzag = (v: number): number => (v >= 0 ? v * 2 : -v * 2 - 1);
const unzigzag = (v: number): number => (v % 2 === 0 ? v / 2 : -(v + 1) / 2);

export function encodeOffsetMap(map: Int32Array): Buffer {
  const w = new Writer();
  for (const b of MAGIC) w.byte(b);
  w.varint(map.length);
  let prev = 0;
  let i = 0;
  while (i < map.length) {
    const step = map[i] - prev;
    let run = 1;
    while (i + run < map.length && map[i + run] - map[i + run - 1] === step) run++;
    w.varint(zigzag(step));
    w.varint(run);
    prev = map[i + run - 1];
    i += run;
  }
  return w.bytes();
}

export function decodeOffsetMap(blob: Uint8Array | null | undefined): Int32Array {
  if (!blob || blob.byteLength === 0) return new Int32Array(0);
  if (!MAGIC.every((b, k) => blob[k] === b)) {
    // raw little-endian Int32; copied because a Buffer from SQLite need not be 4-byte aligned
    const copy = new Uint8Array(blob.byteLength - (blob.byteLength % 4));
    copy.set(blob.subarray(0, copy.byteLength));
    return new Int32Array(copy.buffer);
  }
  let pos = MAGIC.length;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (pos >= blob.byteLength) throw new Error('偏移映射数据已损坏（意外结束）');
      const b = blob[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
    }
  };
  const out = new Int32Array(varint());
  let value = 0;
  let i = 0;
  while (i < out.length) {
    const step = unzigzag(varint());
    const run = varint();
    if (run === 0 || i + run > out.length) throw new Error('偏移映射数据已损坏（长度不符）');
    for (let k = 0; k < run; k++) out[i++] = value += step;
  }
  return out;
}
