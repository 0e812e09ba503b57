import { describe, expect, it } from 'vitest';
import { T3_ROWS } from '../../../../src-main/core/extract/tables/layouts.js';
import { readRowCells } from '../../../../src-main/core/extract/tables/row-cells.js';
import { resolveTable3, type TableRowRead } from '../../../../src-main/core/extract/tables/table3.js';

// The digit runs of pingtan-2023.txt's table 三 (shape 6), row by row in 2021 layout order.
const PINGTAN_2023 = [
  '801000081', '0000000', '220000022', '191000020', '0000000', '0000000', '0000000', '1000001', '0000000', '1000001',
  '1000001', '2000002', '310000031', '0000000', '0000000', '0000000', '1000001', '0000000', '0000000', '0000000',
  '1000001', '0000000', '1000001', '801000081', '0000000',
];

function rows(runs: (string | undefined)[]): TableRowRead[] {
  return T3_ROWS['2021'].map((spec, i) => {
    const s = runs[i];
    if (s === undefined) return { spec, allowSplit: false };
    return { spec, cells: readRowCells(s, 0, s.length).cells, allowSplit: true };
  });
}

const get = (found: { key: string; value: number | null }[], key: string) => found.find((f) => f.key === key)?.value;

describe('resolveTable3', () => {
  it('splits every row of a real shape-6 table, using column sums where the row sum allows two splits', () => {
    const { found, notes } = resolveTable3(rows(PINGTAN_2023), { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(notes).toEqual([]);
    expect(found).toHaveLength(25 * 7);
    // '220000022' is 22|0|0|0|0|0|22 or 2|20|0|0|0|0|22 by its row; only the first fits the columns
    expect(get(found, 't3.public.natural')).toBe(22);
    expect(get(found, 't3.public.business')).toBe(0);
    expect(get(found, 't3.partial.natural')).toBe(19);
    expect(get(found, 't3.partial.business')).toBe(1);
    expect(get(found, 't3.unable.not_held.natural')).toBe(31);
    expect(get(found, 't3.total.total')).toBe(81);
  });
  it('leaves an ambiguous row out with a Chinese note when the columns cannot decide', () => {
    const only = PINGTAN_2023.map((r, i) => (i === 2 ? r : undefined)); // 予以公开 alone: no column sums
    const { found, notes } = resolveTable3(rows(only), { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0].keys).toContain('t3.public.natural');
    expect(notes[0].message).toMatch(/予以公开.*拆分/);
  });
  it('leaves rows out when no split satisfies both row and column sums', () => {
    const broken = PINGTAN_2023.slice();
    broken[23] = '811000082'; // (七)总计 no longer equals the rows above it
    const { found, notes } = resolveTable3(rows(broken), { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found.some((f) => f.key.startsWith('t3.public.'))).toBe(false);
    expect(notes.some((n) => /列合计/.test(n.message))).toBe(true);
  });
  it('never takes a split the row sum rejects, not even one digit per cell (a blank cell leaves no digit)', () => {
    const one = PINGTAN_2023.map((r, i) => (i === 1 ? '1000003' : undefined));
    const { found, notes } = resolveTable3(rows(one), { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0].keys).toContain('t3.carried.total');
    expect(notes[0].message).toMatch(/上年结转.*没有符合行合计的拆分/);
  });
  it('a run of blanks between digit groups is where blank cells were: such a row is not split', () => {
    // '1000102' splits into 1|0|0|0|1|0|2 by its row sum; the same digits with two blanks between the groups
    // are 1|0|0|0 and 102 around blank cells, which no split into seven digit cells can be
    const glued = rows(PINGTAN_2023.map((r, i) => (i === 2 ? '1000102' : undefined)));
    expect(resolveTable3(glued, { doc: false, method: 'flattened-row', confidence: 0.9 }).found.map((f) => f.value)).toEqual([1, 0, 0, 0, 1, 0, 2]);
    // one blank between the groups is how shape-6 pages join cells (pingtan-2021.txt '500000 5')
    const oneBlank = rows(PINGTAN_2023.map((r, i) => (i === 2 ? '1000 102' : undefined)));
    expect(resolveTable3(oneBlank, { doc: false, method: 'flattened-row', confidence: 0.9 }).found).toHaveLength(7);
    const gaps = rows(PINGTAN_2023.map((r, i) => (i === 2 ? '1000  102' : undefined)));
    const { found, notes } = resolveTable3(gaps, { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found).toEqual([]);
    expect(notes[0].message).toMatch(/予以公开.*连续空格/);
  });
  it('reads a row with separators directly, blanks as null', () => {
    const s = ' | 3 | — | 0 | 0 | 0 | 0 | 3 |';
    const r = rows([s]);
    const { found } = resolveTable3(r, { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found.map((f) => f.value)).toEqual([3, null, 0, 0, 0, 0, 3]);
  });
});

describe('resolveTable3 with stated figures', () => {
  // 予以公开 and 部分公开 both '220000022' (22|0|…|22 or 2|20|…|22); 总计 and 新收 '2420000044' (24|20|…|44):
  // the columns allow 22+2 or 2+22 in the 自然人 column, so the two rows stay open
  const runs = T3_ROWS['2021'].map((s) =>
    s.key === 'public' || s.key === 'partial' ? '220000022' : s.key === 'new' || s.key === 'total' ? '2420000044' : '0000000',
  );
  it('without them the two rows are left out', () => {
    const { found, notes } = resolveTable3(rows(runs), { doc: false, method: 'flattened-row', confidence: 0.9 });
    expect(found.some((f) => f.key.startsWith('t3.public.') || f.key.startsWith('t3.partial.'))).toBe(false);
    expect(notes.filter((n) => /符合合计关系的拆分/.test(n.message))).toHaveLength(2);
  });
  it('a figure the text states picks the one combination consistent with it', () => {
    const facts = () => [{ keys: ['t3.public.natural'], value: 22, start: 0, end: 0 }];
    const { found, notes } = resolveTable3(rows(runs), { doc: false, method: 'flattened-row', confidence: 0.9, facts });
    expect(notes).toEqual([]);
    expect(get(found, 't3.public.natural')).toBe(22);
    expect(get(found, 't3.partial.natural')).toBe(2);
    expect(get(found, 't3.partial.business')).toBe(20);
  });
  it('a figure both combinations satisfy (予以公开 22件 in total) settles nothing', () => {
    const facts = () => [{ keys: ['t3.public.total'], value: 22, start: 0, end: 0 }];
    const { found } = resolveTable3(rows(runs), { doc: false, method: 'flattened-row', confidence: 0.9, facts });
    expect(found.some((f) => f.key.startsWith('t3.public.'))).toBe(false);
  });
});
