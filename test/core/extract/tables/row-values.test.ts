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
  it('one digit per cell is not forced when a blank cell could leave a digit over for a wider one', () => {
    const three = ['int', 'int', 'int'] as const;
    // '111' may be 1|1|1, or 1|11 or 11|1 beside a blank cell, or 111 and two blanks
    expect(forcedSplit(cells('111'), [...three])).toBeUndefined();
    expect(forcedSplit(cells('100'), [...three])).toBeUndefined(); // 100 and two blanks, 10|0 and one
    expect(forcedSplit(cells('105'), ['int', 'int'])).toBeUndefined(); // 10|5, or 105 and a blank
    // zeros stand alone: '000' cannot be fewer than three cells, '0012' fewer than 0|0|12
    expect(forcedSplit(cells('0012'), [...three])!.map((v) => v.value)).toEqual([0, 0, 12]);
    expect(forcedSplit(cells('00 0'), [...three])!.map((v) => v.value)).toEqual([0, 0, 0]);
  });
  it('does not split digits that have a run of blanks between them', () => {
    const r = rowValues(cells('1000  102'), Array(7).fill('int'), { allowSplit: true });
    expect(r.kind).toBe('none');
    expect(r.kind === 'none' && r.why).toMatch(/连续空格/);
    expect(rowValues(cells('1000 102'), Array(7).fill('int'), { allowSplit: true }).kind).toBe('split');
  });
});
