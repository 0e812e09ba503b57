// One cell per line, every cell line closed by '|', a blank cell a bare '|' line (shape 3 with blank cells).
// All text here is written for the test, in the two ways such pages lay rows out: rows separated by a line of
// pipes ('||'), or every row opened by a bare '|' line.
import { describe, expect, it } from 'vitest';
import { readRowCells } from '../../../../src-main/core/extract/tables/row-cells.js';
import { readFlattened } from '../../../../src-main/core/extract/tables/index.js';

const LABEL = '一、本年新收政府信息公开申请数量 |';
const NEXT = '二、上年结转政府信息公开申请数量 |';

/** The row's cells (kind:text) read from the end of the label to the start of the next label. */
function cellsOf(text: string, columns: number, next = NEXT) {
  const from = text.indexOf(' |');
  const to = text.lastIndexOf(next);
  const r = readRowCells(text, from, to, { columns });
  return { r, cells: r.cells.map((c) => (c.kind === 'blank' && c.text === '' ? null : c.text)) };
}

describe('readRowCells: one cell per line with bare "|" blank cells', () => {
  it('rows separated by "||": leading bare lines are blank cells, the separator is not a cell', () => {
    const text = [LABEL, '|', '|', '|', '|', '|', '|', '0 |', '||', NEXT, '0 |'].join('\n');
    const { r, cells } = cellsOf(text, 7);
    expect(r.cellLines).toBe(true);
    expect(cells).toEqual([null, null, null, null, null, null, '0']);
    // the blank cells point at their own '|'
    for (const c of r.cells.slice(0, 6)) expect(text[c.start]).toBe('|');
  });
  it('blank cells between and after values', () => {
    const text = [LABEL, '3 |', '|', '1 |', '|', '|', '|', '|', '||', NEXT].join('\n');
    expect(cellsOf(text, 7).cells).toEqual(['3', null, '1', null, null, null, null]);
  });
  it('rows opened by a bare "|" line: the last bare line is the next row\'s opener', () => {
    const text = ['|', '规章 |', '0 |', '0 |', '|', '|', '行政规范性文件 |', '4 |', '1 |', '9 |', '|', '第二十条第(五)项 |'].join('\n');
    const from = text.indexOf(' |');
    const to = text.indexOf('行政规范性文件');
    const r = readRowCells(text, from, to, { columns: 3 });
    expect(r.cells.map((c) => (c.text === '' ? null : c.text))).toEqual(['0', '0', null]);
    // without the opener before its label the same lines are four cells: not a row of three
    const plain = text.slice(2);
    expect(readRowCells(plain, plain.indexOf(' |'), plain.indexOf('行政规范性文件'), { columns: 3 }).cells).toHaveLength(2);
  });
  it('the row is read only when the cells are exactly the columns', () => {
    const eight = [LABEL, '|', '|', '|', '|', '|', '|', '|', '0 |', '||', NEXT].join('\n');
    expect(cellsOf(eight, 7).r.cellLines).toBeUndefined();
    const five = [LABEL, '|', '|', '|', '|', '0 |', '||', NEXT].join('\n');
    expect(cellsOf(five, 7).r.cellLines).toBeUndefined();
    // columns unknown: nothing placed
    const t = [LABEL, '|', '|', '|', '|', '|', '|', '0 |', '||', NEXT].join('\n');
    expect(readRowCells(t, t.indexOf(' |'), t.lastIndexOf(NEXT)).cells.map((c) => c.text)).toEqual(['0']);
  });
  it('a collapsed empty run ("|||") on a cell line, text between cells, or a second row: not this layout', () => {
    for (const body of [['|||', '0 |'], ['|', '(含) |', '0 |'], ['0 |', '||', '|', '1 |']]) {
      const text = [LABEL, ...body, '||', NEXT].join('\n');
      expect(cellsOf(text, 7).r.cellLines, body.join(' ')).toBeUndefined();
    }
  });
  it('never at the end of an excerpt: the blank cells after the last value may be cut off', () => {
    const text = [LABEL, '0 |', '0 |', '|', '|', '|', '|', '|', ''].join('\n');
    const r = readRowCells(text, text.indexOf(' |'), text.length, { columns: 7 });
    expect(r.cellLines).toBeUndefined();
  });
});

// Table 二 (2021 format, every row opened by a bare '|') and table 三 (rows separated by '||'), own text.
function report(t3Rows: string[]): string {
  const t2 = [
    '二、主动公开政府信息情况',
    '|',
    '第二十条第(一)项 | |||',
    '|',
    '信息内容 |',
    '本年制发件数 |',
    '本年废止件数 |',
    '现行有效件数 |',
    '|',
    '规章 |',
    '0 |',
    '0 |',
    '|',
    '|',
    '行政规范性文件 |',
    '6 |',
    '2 |',
    '31 |',
    '|',
    '第二十条第(五)项 | |||',
    '|',
    '信息内容 |',
    '本年处理决定数量 | ||',
    '|',
    '行政许可 |',
    '48 | ||',
  ];
  const t3 = [
    '三、收到和处理政府信息公开申请情况',
    '申请人情况 |',
    '||||||||',
    '自然人 |',
    '法人或其他组织 |',
    '总计 |',
    '|||||||',
    '商业企业 |',
    '科研机构 |',
    '社会公益组织 |',
    '法律服务机构 |',
    '其他 |',
    '|||||',
    ...t3Rows,
    '三、本年度办理结果 |',
    '(一)予以公开 |',
    '2 |',
    '|',
    '|',
    '|',
    '|',
    '|',
    '2 |',
    '||',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度未发生行政复议、行政诉讼。',
  ];
  return [...t2, ...t3].join('\n');
}

function values(text: string) {
  const out = readFlattened(text, undefined);
  const got = new Map<string, number | null>();
  for (const t of ['t2', 't3'] as const) for (const f of out[t]?.found ?? []) got.set(f.key, f.value);
  return got;
}

const NEW_BLANK = ['一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||'];
const CARRIED_BLANK = ['二、上年结转政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||'];

describe('flattened tables with bare "|" blank cells (own text)', () => {
  it('table 二: a last blank cell before the next row\'s opener gives null, the row is read', () => {
    const got = values(report([...NEW_BLANK, ...CARRIED_BLANK]));
    expect(got.get('t2.rules.issued')).toBe(0);
    expect(got.get('t2.rules.repealed')).toBe(0);
    expect(got.has('t2.rules.in_force')).toBe(true);
    expect(got.get('t2.rules.in_force')).toBeNull();
    expect(got.get('t2.normative.issued')).toBe(6);
    expect(got.get('t2.normative.in_force')).toBe(31);
    expect(got.get('t2.license.decisions')).toBe(48);
  });
  it('table 三: six bare cells and the 总计 give null for the blanks and the total', () => {
    const got = values(report([...NEW_BLANK, ...CARRIED_BLANK]));
    for (const row of ['new', 'carried']) {
      expect(got.get(`t3.${row}.total`)).toBe(0);
      for (const col of ['natural', 'business', 'research', 'nonprofit', 'legal', 'other']) {
        expect(got.has(`t3.${row}.${col}`)).toBe(true);
        expect(got.get(`t3.${row}.${col}`)).toBeNull();
      }
    }
    expect(got.get('t3.public.natural')).toBe(2);
    expect(got.get('t3.public.total')).toBe(2);
  });
  it('table 三: a row placed this way that does not add up (R3) is left out', () => {
    // (blank cells between two values are cells of a ' | ' row already; leading ones are placed here)
    const bad = ['一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '2 |', '5 |', '||'];
    const got = values(report([...bad, ...CARRIED_BLANK]));
    expect(got.has('t3.new.total')).toBe(false);
    expect(got.has('t3.new.natural')).toBe(false);
    expect(got.get('t3.carried.total')).toBe(0);
    // the same shape that adds up is read
    const good = ['一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '2 |', '2 |', '||'];
    const ok = values(report([...good, ...CARRIED_BLANK]));
    expect(ok.get('t3.new.other')).toBe(2);
    expect(ok.get('t3.new.total')).toBe(2);
    expect(ok.get('t3.new.natural')).toBeNull();
  });
});
