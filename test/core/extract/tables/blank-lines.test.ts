// One cell per line, blank cells as blank lines (shape 4 with blank cells), written here the way such pages
// lay a row out: `sep` blank lines between items, `blank` blank lines for every blank cell.
import { describe, expect, it } from 'vitest';
import { readRowCells } from '../../../../src-main/core/extract/tables/row-cells.js';

const NEXT = '二、上年结转政府信息公开申请数量';

function row(cells: (string | null)[], sep: number, blank: number): string {
  const lines = ['一、本年新收政府信息公开申请数量'];
  let pending = 0;
  for (const c of cells) {
    if (c === null) pending++;
    else {
      lines.push(...Array(sep + pending * blank).fill(''), c);
      pending = 0;
    }
  }
  lines.push(...Array(sep + pending * blank).fill(''), NEXT);
  return lines.join('\n');
}

function read(text: string, columns = 7) {
  const from = text.indexOf('\n');
  const to = text.lastIndexOf(NEXT) >= 0 ? text.lastIndexOf(NEXT) : text.length;
  const r = readRowCells(text, from, to, { columns });
  return { ...r, values: r.cells.map((c) => (c.kind === 'blank' ? null : text.slice(c.start, c.end))) };
}

describe('blank cells as blank lines', () => {
  it('a label, six blank lines, then the 总计 cell: six blank cells and the total', () => {
    const text = row([null, null, null, null, null, null, ' 0'], 1, 1);
    expect(text.split('\n').slice(1, 9)).toEqual(['', '', '', '', '', '', '', ' 0']);
    expect(read(text)).toMatchObject({ values: [null, null, null, null, null, null, '0'], blankLines: true });
  });
  it('places the values between blank cells, whichever way the blank cells are written', () => {
    // huaian-2024 二、上年结转: 34 | 0 | 0 | 0 | 0 | 0 | 34, the zeros left blank
    const cells = ['34', null, null, null, null, null, '34'];
    expect(read(row(cells, 1, 1)).values).toEqual(cells);
    expect(read(row(cells, 1, 2)).values).toEqual(cells); // a blank cell as a whole item (its own separator)
    expect(read(row(cells, 0, 1)).values).toEqual(cells); // no blank lines between cells
    expect(read(row(['447', null, '7'], 1, 1), 3).values).toEqual(['447', null, '7']);
  });
  it('leaves rows alone whose blank lines fit the columns in no way', () => {
    const text = row(['34', null, null, null, null, null, '34'], 1, 1).replace('\n34\n', '\n\n34\n'); // one line too many
    expect(read(text)).toMatchObject({ values: ['34', '34'] });
    expect(read(text).blankLines).toBeUndefined();
  });
  it('needs the next row: at the end of an excerpt the blank lines after the last value say nothing', () => {
    const text = row([null, null, null, null, null, null, '0'], 1, 1);
    const cut = text.slice(0, text.lastIndexOf('0') + 1) + '\n\n';
    expect(readRowCells(cut, cut.indexOf('\n'), cut.length, { columns: 7 }).cells).toHaveLength(1);
  });
  it('needs one cell per line with nothing but blank lines between them', () => {
    const text = row(['34', null, null, null, null, null, '34'], 1, 1).replace('\n34\n', '\n34 件\n');
    expect(read(text).blankLines).toBeUndefined();
    const two = row(['34', null, null, null, null, null, '34'], 1, 1).replace(/\n34\n/, '\n34 0\n');
    expect(read(two).blankLines).toBeUndefined();
  });
  it('is not used without the number of columns', () => {
    const text = row([null, null, null, null, null, null, '0'], 1, 1);
    expect(readRowCells(text, text.indexOf('\n'), text.lastIndexOf(NEXT)).cells).toHaveLength(1);
  });
});
