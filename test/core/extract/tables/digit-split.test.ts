import { describe, expect, it } from 'vitest';
import { agreedCells, enumerateSplits, groupsSum, lastIsSum } from '../../../../src-main/core/extract/tables/digit-split.js';

const values = (c: { value: number }[]) => c.map((x) => x.value);

describe('enumerateSplits (shape 6)', () => {
  it('finds the one split of a real row that satisfies the row sum', () => {
    // pingtan-2021.txt: 一、本年新收政府信息公开申请数量640020470
    const s = enumerateSplits([{ digits: '640020470', start: 100 }], 7, lastIsSum);
    expect(s.candidates.map(values)).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
    expect(s.candidates[0][0]).toMatchObject({ start: 100, end: 102 });
    expect(s.candidates[0][6]).toMatchObject({ start: 107, end: 109 });
  });
  it('reports every split when the row sum allows more than one', () => {
    // pingtan-2023.txt: （一）予以公开220000022 — 22|0|0|0|0|0|22 or 2|20|0|0|0|0|22
    const s = enumerateSplits([{ digits: '220000022', start: 0 }], 7, lastIsSum);
    expect(s.candidates.map(values)).toEqual(expect.arrayContaining([[22, 0, 0, 0, 0, 0, 22], [2, 20, 0, 0, 0, 0, 22]]));
    expect(s.candidates).toHaveLength(2);
    expect(agreedCells(s.candidates)).toEqual([false, false, true, true, true, true, true]);
  });
  it('never makes a cell with a leading zero and respects hard run boundaries', () => {
    // pingtan-2019.txt: 一、本年新收政府信息公开申请数量230 000023 (a space is a cell boundary)
    const s = enumerateSplits([{ digits: '230', start: 0 }, { digits: '000023', start: 4 }], 7, lastIsSum);
    expect(s.candidates.map(values)).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
    const z = enumerateSplits([{ digits: '0000000', start: 0 }], 7, () => true);
    expect(z.candidates.map(values)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });
  it('splits table 四 by its group sums (R4)', () => {
    // pingtan-2021.txt: …尚未审结总计10203120001200000
    const g = groupsSum(5);
    const s = enumerateSplits([{ digits: '10203120001200000', start: 0 }], 15, g.accept, g.prune);
    expect(s.candidates.map(values)).toEqual([[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]);
  });
  it('returns nothing when no split satisfies the sum, and keeps fixed cells whole', () => {
    expect(enumerateSplits([{ digits: '1234', start: 0 }], 3, lastIsSum).candidates).toEqual([]);
    const s = enumerateSplits([{ digits: '#', start: 0, fixed: { value: 24252.311082, end: 12 } }], 1, () => true);
    expect(values(s.candidates[0])).toEqual([24252.311082]);
  });
});
