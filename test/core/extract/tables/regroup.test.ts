import { describe, expect, it } from 'vitest';
import { regroupings } from '../../../../src-main/core/extract/tables/regroup.js';

describe('regroupings', () => {
  it('deals the huaian-2024 stream back into three ordered groups that add up, in every labelling', () => {
    const stream = [72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20];
    const r = regroupings(stream, 3, 5);
    expect(r.truncated).toBe(false);
    expect(r.candidates.length % 6).toBe(0); // each partition in its 3! labellings
    const asValues = r.candidates.map((c) => c.map((i) => stream[i]).join(' '));
    expect(asValues).toContain('72 64 178 37 351 13 4 8 1 26 12 1 1 6 20');
    expect(asValues).toContain('72 64 178 37 351 12 1 1 6 20 13 4 8 1 26');
    for (const c of r.candidates) {
      expect(new Set(c).size).toBe(15);
      for (let g = 0; g < 3; g++) {
        const v = c.slice(g * 5, g * 5 + 5);
        expect(v.slice(0, 4).reduce((s, i) => s + stream[i], 0)).toBe(stream[v[4]]);
        for (let k = 1; k < 5; k++) expect(v[k]).toBeGreaterThan(v[k - 1]); // each group keeps its order
      }
    }
  });
  it('no grouping when nothing adds up, none for a wrong count', () => {
    expect(regroupings([1, 2, 3, 4, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5], 3, 5).candidates).toEqual([]);
    expect(regroupings([1, 2, 3], 3, 5).candidates).toEqual([]);
  });
});

describe('regroupings, limits', () => {
  it('a stream of mostly zeros has too many groupings: reported as truncated, quickly', () => {
    const stream = [0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    const t0 = performance.now();
    const r = regroupings(stream, 3, 5);
    expect(r.truncated).toBe(true);
    expect(r.candidates).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
