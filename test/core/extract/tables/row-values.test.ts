import { describe, expect, it } from 'vitest';
import { cellValue, forcedSplit, rowValues } from '../../../../src-main/core/extract/tables/row-values.js';
import { readRowCells } from '../../../../src-main/core/extract/tables/row-cells.js';

const cells = (s: string) => readRowCells(s, 0, s.length).cells;

describe('row values', () => {
  it('reads cells by their column kind', () => {
    const r = rowValues(cells(' | 35 | -2 | 24252.311082 |'), ['int', 'signed_int', 'decimal'], { allowSplit: false });
    expect(r.kind === 'direct' && r.values.map((v) => v.value)).toEqual([35, -2, 24252.311082]);
    expect(cellValue(cells(' | 1.5 |')[0], 'int')).toBeUndefined();
  });
  it('splits only when asked, and trusts a split without sums only when it is the only one', () => {
    expect(rowValues(cells('000'), ['int', 'int', 'int'], { allowSplit: false }).kind).toBe('none');
    expect(forcedSplit(cells('000'), ['int', 'int', 'int'])!.map((v) => v.value)).toEqual([0, 0, 0]);
    expect(forcedSplit(cells('693665'), ['int', 'int', 'int'])).toBeUndefined(); // pingtan-2021.txt 行政规范性文件
  });
});
