import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeOffsetMap, encodeOffsetMap } from '../../../src-main/core/db/offset-map-codec.js';
import { parseFile } from '../../../src-main/core/import/parse-file.js';
import { normalize } from '../../../src-main/core/normalize/index.js';
import { corpusDocs } from '../../helpers/corpus.js';

const raw = (m: Int32Array) => Buffer.from(m.buffer, m.byteOffset, m.byteLength);

describe('offset map codec', () => {
  it('round-trips the real maps of every corpus file and stores them in a small fraction of the raw size', async () => {
    let rawBytes = 0;
    let stored = 0;
    for (const path of corpusDocs()) {
      const parsed = await parseFile(readFileSync(path), basename(path));
      const norm = normalize(parsed.text);
      for (const map of [norm.startMap, norm.endMap]) {
        const blob = encodeOffsetMap(map);
        expect(Array.from(decodeOffsetMap(blob)), basename(path)).toEqual(Array.from(map));
        rawBytes += map.byteLength;
        stored += blob.byteLength;
      }
    }
    expect(rawBytes).toBeGreaterThan(1_000_000);
    expect(stored / rawBytes).toBeLessThan(0.1);
  });

  it('round-trips edge cases: empty, one value, negative steps, large offsets', () => {
    for (const values of [[], [0], [7], [0, 1, 2, 2, 2, 5, 4, 3, 100000000], [2 ** 31 - 1, 0, 2 ** 31 - 1]]) {
      const m = Int32Array.from(values);
      expect(Array.from(decodeOffsetMap(encodeOffsetMap(m)))).toEqual(values);
    }
  });

  it('reads raw little-endian Int32 blobs written before the codec, and empty blobs', () => {
    const m = Int32Array.from([0, 1, 2, 5, 6]);
    expect(Array.from(decodeOffsetMap(raw(m)))).toEqual([0, 1, 2, 5, 6]);
    // a blob that is not 4-byte aligned in its buffer
    const shifted = Buffer.concat([Buffer.from([9]), raw(m)]).subarray(1);
    expect(Array.from(decodeOffsetMap(shifted))).toEqual([0, 1, 2, 5, 6]);
    expect(decodeOffsetMap(Buffer.alloc(0))).toHaveLength(0);
    expect(decodeOffsetMap(null)).toHaveLength(0);
  });

  it('refuses a truncated blob with a Chinese message instead of returning a wrong map', () => {
    const blob = encodeOffsetMap(Int32Array.from([0, 1, 2, 3, 10, 11, 12]));
    expect(() => decodeOffsetMap(blob.subarray(0, blob.byteLength - 1))).toThrow(/偏移映射/);
  });
});
