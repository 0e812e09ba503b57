// Table 四 read from flattened text: the 15 numbers of its one row, split by the group sums (R4).
import { describe, expect, it } from 'vitest';
import { flatDoc, table4Region } from '../../../../src-main/core/extract/tables/flat-regions.js';
import { readTable4Flat } from '../../../../src-main/core/extract/tables/table4-flat.js';

// the header of table 四 as shape-6 pages run it together (the template's words), then the row
const HEAD =
  '四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉' +
  '结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
const TAIL = '五、存在的主要问题及改进情况';

function read(row: string) {
  const d = flatDoc(HEAD + row + TAIL);
  const r = table4Region(d, 0)!;
  return readTable4Flat(d, r, true);
}

describe('readTable4Flat', () => {
  it('splits digits run together by the group sums', () => {
    // 1|0|0|0|1 2|0|0|0|2 0|0|0|0|0
    const { found, notes } = read('100012000200000');
    expect(notes).toEqual([]);
    expect(found.map((f) => f.value)).toEqual([1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
  });
  it('never emits a split the group sums reject, not even one digit per cell', () => {
    // fifteen digits for fifteen cells, but 1 + 0 + 0 + 0 is not 3: blank cells or a misprint, not this split
    const { found, notes } = read('100032000200000');
    expect(found).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/没有符合合计关系的拆分/);
  });
  it('does not split digits with a run of blanks between them (blank cells)', () => {
    const { found, notes } = read('1000  12000200000');
    expect(found).toEqual([]);
    expect(notes[0].message).toMatch(/连续空格/);
  });
});

describe('readTable4Flat: prose between the heading and the numbers (own text, huaian-2024 figures)', () => {
  const ROW = '72 64 178 37 351 13 4 8 1 26 12 1 1 6 20';
  const HEADER = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果维持 结果纠正 其他结果 尚未审结 总计'];
  const readText = (lines: string[]) => {
    const d = flatDoc(['四、政府信息公开行政复议、行政诉讼情况', ...lines, ROW, TAIL].join('\n'));
    return readTable4Flat(d, table4Region(d, 0)!);
  };
  it('a year followed by 年 ("2024 年，本机关…") is not a cell: the 15 numbers after it are read', () => {
    for (const year of ['2024 年', '2024年']) {
      const { found, notes } = readText([`${year}，本机关未发生因政府信息公开引起的重大争议，`, '相关情况如下。', ...HEADER]);
      expect(notes, year).toEqual([]);
      expect(found.map((f) => f.value), year).toEqual(ROW.split(' ').map(Number));
    }
  });
  it('a figure inside a sentence ("共收到复议申请351件，") is not a cell either', () => {
    const { found } = readText(['本年度共收到行政复议申请351件，均已办结。', ...HEADER]);
    expect(found.map((f) => f.value)).toEqual(ROW.split(' ').map(Number));
  });
});
