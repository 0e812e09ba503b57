import { describe, expect, it } from 'vitest';
import { BlockBuilder, resolveGrid } from '../../../src-main/core/import/block-builder.js';

const c = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });

describe('resolveGrid', () => {
  it('places each cell at the first free column of its row (the HTML table model)', () => {
    const { cells, grid, colCount } = resolveGrid([[c('A', 2), c('B', 1, 2)], [c('C'), c('D')], [c('E', 1, 3)]]);
    expect(colCount).toBe(3);
    expect(grid).toEqual([
      [0, 1, 1],
      [0, 2, 3],
      [4, 4, 4],
    ]);
    expect(cells[2]).toMatchObject({ text: 'C', row: 1, col: 1 });
  });

  it('fills ragged rows with -1', () => {
    const { grid } = resolveGrid([[c('a'), c('b'), c('c')], [c('d')]]);
    expect(grid[1]).toEqual([3, -1, -1]);
  });
});

describe('BlockBuilder', () => {
  it('writes paragraphs and table rows as lines with exact offsets', () => {
    const b = new BlockBuilder();
    b.paragraph('标题', true);
    b.table([[c('项目', 2), c('数量')], [c('')]]);
    b.paragraph('完');
    const text = b.text();
    expect(text).toBe('标题\n项目 | 数量\n\n完');
    const t = b.blocks[1];
    if (t.type !== 'table') throw new Error('table expected');
    for (const cell of t.cells) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
    expect(t.cells[2]).toMatchObject({ row: 1, col: 1, text: '', start: text.indexOf('\n\n') + 1 });
    expect(b.blocks[2]).toMatchObject({ index: 2, start: text.length - 1, end: text.length });
  });
});
