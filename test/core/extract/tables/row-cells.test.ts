import { describe, expect, it } from 'vitest';
import { readRowCells } from '../../../../src-main/core/extract/tables/row-cells.js';

// Row contents as they follow a row label in real corpus files (the label itself already consumed).
const texts = (s: string) => {
  const r = readRowCells(s, 0, s.length);
  return { mode: r.mode, cells: r.cells.map((c) => (c.kind === 'blank' ? null : s.slice(c.start, c.end))), glued: r.glued, problem: r.problem, interleaved: r.interleaved };
};

describe('readRowCells', () => {
  it('shape 1/2: " | " rows with an empty-cell run at the end (004)', () => {
    expect(texts(' | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n')).toMatchObject({ mode: 'pipe', cells: ['0', '0', '0', '0', '0', '0', '0'] });
    expect(texts(' | 20 | ||\n')).toMatchObject({ cells: ['20'] });
  });
  it('shape 1: an empty cell between values is a blank cell', () => {
    expect(texts(' | 3 | | 0 |\n')).toMatchObject({ cells: ['3', null, '0'] });
  });
  it('shape 1: rows without a closing pipe run into the next line (html text)', () => {
    expect(texts(' | 77 | 132 | 470\n第二十条第（五）项\n信息内容 | 本年处理决定数量\n')).toMatchObject({ cells: ['77', '132', '470'] });
  });
  it('shape 3: one cell per line ending " |" with "||" lines (web-008)', () => {
    expect(texts(' |\n0 |\n0 |\n0 |\n||\n')).toMatchObject({ mode: 'pipe', cells: ['0', '0', '0'] });
  });
  it('shape 3: sub-rows are not merged into the row (web-008 其他对外管理服务事项)', () => {
    expect(texts(' |\n行政检查 |\n0 |\n0 |\n0 |\n|\n行政确认 |\n0 |\n0 |\n0 |\n||\n').problem).toBeDefined();
  });
  it('shape 4: one cell per line with blank lines (huaian-2024-raw)', () => {
    expect(texts('\n\n3001\n\n53\n\n0\n\n0\n\n61\n\n4\n\n3119\n\n')).toMatchObject({ mode: 'space', cells: ['3001', '53', '0', '0', '61', '4', '3119'], glued: false });
  });
  it('shape 5: leading "| " rows (web-097)', () => {
    expect(texts(' | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||\n| ')).toMatchObject({ cells: ['3', '0', '0', '0', '0', '0', '3'] });
  });
  it('shape 6: digits run together are one glued run (pingtan-2021.txt)', () => {
    expect(texts('640020470二、上年结转')).toMatchObject({ mode: 'space', cells: ['640020470'], glued: true });
    expect(texts('（区分处理的，只计这一情形，不计其他情形）500000 5（三）不予公开')).toMatchObject({ cells: ['500000', '5'], glued: true });
  });
  it('shape 6: marks a number that two or more blanks on one line separate from the number before it', () => {
    const gaps = (s: string) => readRowCells(s, 0, s.length).cells.map((c) => c.gapBefore ?? false);
    expect(gaps('1000  102 （二）部分公开')).toEqual([false, true]);
    expect(gaps('500000 5（三）不予公开')).toEqual([false, false]);
    expect(gaps('\n\n3001\n\n53\n')).toEqual([false, false]);
    expect(gaps('12  部分 5')).toEqual([false, false]); // text between: not a gap between digit groups
  });
  it('shape 7: whitespace-aligned columns, wrapped label text and page numbers skipped (huaian-2024-layout)', () => {
    expect(texts('（区分处理的，只计这一情\n                                447         7        0        0        0    0   454\n      形，不计其他情形）\n')).toMatchObject({
      cells: ['447', '7', '0', '0', '0', '0', '454'],
      interleaved: false,
    });
    expect(texts('     746         12       0        0    10       1   769\n      （四）无\n\n\n-4-\n     法提供       ')).toMatchObject({ cells: ['746', '12', '0', '0', '10', '1', '769'] });
  });
  it('page-number lines between rows are not cells', () => {
    expect(texts(' 746 12 0 0 10 1 769\n\n                  — 4 —\n\f  ')).toMatchObject({ cells: ['746', '12', '0', '0', '10', '1', '769'] });
    expect(texts(' 746 12 0\n第 4 页 共 6 页\n 0 10 1 769')).toMatchObject({ cells: ['746', '12', '0', '0', '10', '1', '769'] });
  });
  it('article and item numbers in a block heading are not cells', () => {
    expect(texts('   447228\n\n第二十条 第(6)项\n\n信息内容   本年处理决定数量\n')).toMatchObject({ cells: ['447228'] });
  });
  it('item numbers of the next labels are not cells (PDF text)', () => {
    expect(texts('\n\n2\n\n1.属于国家秘密\n\n2、申请人逾期')).toMatchObject({ cells: ['2'] });
  });
  it('flags numbers interleaved with text (PDF column order)', () => {
    expect(texts('72   64 结果 12 1').interleaved).toBe(true);
  });
  it('keeps the word of a change written in words (本年增/减: 增加3, 减少2)', () => {
    expect(texts(' | 12 | 增加3 | 40 |')).toMatchObject({ cells: ['12', '增加3', '40'] });
    expect(texts(' 12 减少2 40')).toMatchObject({ cells: ['12', '减少2', '40'] });
    expect(texts(' | 12 | -3 | 40 |')).toMatchObject({ cells: ['12', '-3', '40'] });
    expect(texts(' 12 −3 40')).toMatchObject({ cells: ['12', '−3', '40'], glued: false });
  });
  it('stops at prose after the values (a table followed by text, no heading in between)', () => {
    expect(texts(' | 0 |\n三、收到和处理政府信息公开申请情况\n本年度共收到申请12件，办结10件。\n| 3 |')).toMatchObject({ cells: ['0'] });
    expect(texts(' 0\n本年度共收到政府信息公开申请12件，办结10件，结转2件。')).toMatchObject({ cells: ['0'] });
  });
  it('a unit after a number is not text glued to it (whitespace tables are never split)', () => {
    expect(texts(' 12件 0件 12件')).toMatchObject({ cells: ['12', '0', '12'], glued: false });
  });
  it('keeps a money unit out of the figure (pingtan-2019 procurement)', () => {
    expect(texts(' | 135 | 75394432.52元\n')).toMatchObject({ cells: ['135', '75394432.52'] });
  });
});

describe('a row with every cell explicitly empty', () => {
  it('gives one blank cell per column when its line has a separator for each, else no cell', () => {
    const row = ' | | | | | | | |\n（三）不予公开 | 1 |';
    const r = readRowCells(row, 0, row.indexOf('\n'), { columns: 7 });
    expect(r.allBlank).toBe(true);
    expect(r.cells.map((c) => c.kind)).toEqual(Array(7).fill('blank'));
    expect(readRowCells(row, 0, row.indexOf('\n'), { columns: 8 }).cells).toEqual([]);
    expect(readRowCells(' | |||', 0, 6, { columns: 7 }).cells).toEqual([]);
    expect(readRowCells(' | | | | | | | |', 0, 16).cells).toEqual([]); // columns unknown: nothing said
  });
});

describe('numbers that are prose, not cells', () => {
  it('a year followed by 年, glued or spaced, and a figure inside a sentence are skipped', () => {
    expect(texts(' 2020 年，我单位未出现申请行政复议的情况。\n 0 0 0').cells).toEqual(['0', '0', '0']);
    expect(texts(' （指2019年事项数） 8 5 93').cells).toEqual(['8', '5', '93']);
    expect(texts(' 收到申请3件，均已办结。 0 0 0').cells).toEqual(['0', '0', '0']);
    // a figure of 2020 that is not followed by 年 is a figure
    expect(texts(' 2020 0 2020').cells).toEqual(['2020', '0', '2020']);
  });
});
