// Structured tables (TableBlocks from the real .html/.docx corpus files), and real-world variants made by
// editing those blocks the way other reports differ: renamed labels, typos, missing header rows, a table
// split over two blocks, columns in another order.
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, TableBlock } from '../../../../src-main/core/document.js';
import { readStructured } from '../../../../src-main/core/extract/tables/structured.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../../../../src-main/core/import/parse-file.js';
import { fieldsForFormat } from '../../../../src-main/core/fields.js';
import { ORIGINALS_DIR, goldFor } from '../../../helpers/corpus.js';
import { loadDoc } from './load-corpus.js';

function values(parsed: ParsedDocument) {
  const out = readStructured(parsed, undefined);
  const m = new Map<string, number | null>();
  for (const t of ['t2', 't3', 't4'] as const) for (const f of out[t]?.found ?? []) m.set(f.key, f.value);
  return { m, out };
}

function tables(p: ParsedDocument): TableBlock[] {
  return p.blocks.filter((b): b is TableBlock => b.type === 'table');
}

function editCells(p: ParsedDocument, from: string, to: string): number {
  let n = 0;
  for (const t of tables(p)) for (const c of t.cells) if (c.text.includes(from)) { c.text = c.text.replace(from, to); n++; }
  return n;
}

describe('structured tables from the corpus', () => {
  for (const doc of ['pingtan-2019.html', 'pingtan-2019-gb2312.html', 'pingtan-2019-lo.docx', 'pingtan-2021.html', 'pingtan-2021-lo.docx', 'pingtan-2023.html', 'pingtan-2023-template.docx', 'huaian-2024.docx']) {
    it(`reads every table cell of ${doc} as gold has it, with its block/row/col`, async () => {
      const { parsed } = await loadDoc(doc);
      const { m, out } = values(parsed);
      const gold = goldFor(doc)!;
      const keys = Object.keys(gold.fields).filter((k) => /^t[234]\./.test(k));
      expect(keys.length).toBeGreaterThan(190);
      for (const k of keys) expect(m.get(k), k).toBe(gold.fields[k]);
      expect([...m.keys()].filter((k) => !(k in gold.fields))).toEqual([]);
      for (const f of out.t3!.found) {
        expect(f.method).toBe('table-cell');
        const t = parsed.blocks[f.block!] as TableBlock;
        const cell = t.cells[t.grid[f.row!][f.col!]];
        expect(f.start).toBeGreaterThanOrEqual(cell.start);
        expect(f.end).toBeLessThanOrEqual(cell.end);
      }
    });
  }
});

describe('the unfilled official template', () => {
  it('has every cell of tables 二, 三, 四 and leaves them blank: each 2021 table key is null', async () => {
    const bytes = readFileSync(join(ORIGINALS_DIR, 'template-2021.docx'));
    const parsed = await parseFile(new Uint8Array(bytes), 'template-2021.docx');
    const { m } = values(parsed);
    const keys = fieldsForFormat('2021').map((f) => f.key).filter((k) => /^t[234]\./.test(k));
    expect(keys).toHaveLength(200);
    for (const k of keys) expect(m.get(k), k).toBeNull();
    expect(m.size).toBe(200);
  });
});

describe('structured variants', () => {
  it('reads 规范性文件 for 行政规范性文件 and the 三类内容事务信息 typo', async () => {
    const p = structuredClone((await loadDoc('pingtan-2021.html')).parsed);
    expect(editCells(p, '行政规范性文件', '规范性文件')).toBe(1);
    expect(editCells(p, '三类内部事务信息', '三类内容事务信息')).toBe(1);
    const { m } = values(p);
    expect(m.get('t2.normative.in_force')).toBe(665);
    expect(m.get('t3.withheld.internal.natural')).toBe(1);
  });
  it('reads labels without Word numbering (mammoth drops auto-numbers)', async () => {
    const p = structuredClone((await loadDoc('pingtan-2023.html')).parsed);
    for (const t of tables(p)) for (const c of t.cells) c.text = c.text.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '');
    const { m } = values(p);
    const gold = goldFor('pingtan-2023.html')!;
    for (const k of Object.keys(gold.fields).filter((k) => k.startsWith('t3.'))) expect(m.get(k), k).toBe(gold.fields[k]);
  });
  it('maps columns by their header labels, not by position, in every row', async () => {
    const p = structuredClone((await loadDoc('pingtan-2021.html')).parsed);
    // swap two header labels: the figures now belong to the other column
    for (const t of tables(p)) for (const c of t.cells) {
      if (c.text.replace(/\s/g, '') === '法律服务机构') c.text = '其他';
      else if (c.text.replace(/\s/g, '') === '其他') c.text = '法律服务 机构';
    }
    const { m } = values(p);
    const g = goldFor('pingtan-2021.html')!.fields;
    for (const row of ['new', 'public', 'unable.not_held', 'total', 'carry_forward']) {
      expect(m.get(`t3.${row}.legal`), row).toBe(g[`t3.${row}.other`]);
      expect(m.get(`t3.${row}.other`), row).toBe(g[`t3.${row}.legal`]);
      expect(m.get(`t3.${row}.natural`), row).toBe(g[`t3.${row}.natural`]);
    }
    expect(g['t3.unable.not_held.other']).not.toBe(g['t3.unable.not_held.legal']); // the swap is visible
  });
  it('reads a table split over two blocks, header rows in the first (page break in Word)', async () => {
    const p = structuredClone((await loadDoc('pingtan-2023.html')).parsed);
    const t3 = tables(p).find((t) => t.cells.some((c) => c.text.includes('本年新收')))!;
    const cut = 3 + 10; // header rows + ten data rows
    const cellsB = t3.cells.filter((c) => c.row >= cut);
    const second: TableBlock = {
      ...t3,
      rowCount: t3.rowCount - cut,
      cells: cellsB.map((c) => ({ ...c, row: c.row - cut })),
      grid: t3.grid.slice(cut).map((row) => row.map((ci) => (ci < 0 ? -1 : cellsB.indexOf(t3.cells[ci])))),
    };
    // (a row-spanning label cell that started above the cut is not in the second block: its grid slots are -1)
    const first: TableBlock = { ...t3, rowCount: cut, grid: t3.grid.slice(0, cut) };
    const at = p.blocks.indexOf(t3);
    p.blocks.splice(at, 1, first, second);
    p.blocks.forEach((b, i) => (b.index = i));
    const { m } = values(p);
    const gold = goldFor('pingtan-2023.html')!;
    let n = 0;
    for (const k of Object.keys(gold.fields).filter((k) => k.startsWith('t3.'))) {
      if (m.has(k)) { expect(m.get(k), k).toBe(gold.fields[k]); n++; }
    }
    expect(n).toBe(25 * 7);
    expect(readStructured(p, undefined).t3!.found.some((f) => f.block === at + 1)).toBe(true);
  });
  it('reads a table 三 with an extra title row on top and a padding column on the right', async () => {
    const p = structuredClone((await loadDoc('pingtan-2021.html')).parsed);
    const t3 = tables(p).find((t) => t.cells.some((c) => c.text.includes('本年新收')))!;
    const title = { row: 0, col: 0, rowSpan: 1, colSpan: t3.colCount + 1, text: '表三 收到和处理政府信息公开申请情况', start: t3.start, end: t3.start };
    const pad = t3.grid.map((_, r) => ({ row: r + 1, col: t3.colCount, rowSpan: 1, colSpan: 1, text: '', start: t3.end, end: t3.end }));
    for (const c of t3.cells) c.row += 1;
    const n = t3.cells.length;
    t3.cells.push(title, ...pad);
    t3.grid = [new Array(t3.colCount + 1).fill(n), ...t3.grid.map((row, r) => [...row, n + 1 + r])];
    t3.rowCount += 1;
    t3.colCount += 1;
    const { m } = values(p);
    const gold = goldFor('pingtan-2021.html')!;
    for (const k of Object.keys(gold.fields).filter((k) => k.startsWith('t3.'))) expect(m.get(k), k).toBe(gold.fields[k]);
  });
  it('reads a table 三 whose top header row (申请人情况) is missing', async () => {
    const p = structuredClone((await loadDoc('pingtan-2019.html')).parsed);
    const t3 = tables(p).find((t) => t.cells.some((c) => c.text.includes('本年新收')))!;
    for (const c of t3.cells) if (c.text.includes('申请人情况')) c.text = '';
    const { m } = values(p);
    expect(m.get('t3.new.total')).toBe(goldFor('pingtan-2019.html')!.fields['t3.new.total']);
    expect(m.get('t3.new.natural')).toBe(goldFor('pingtan-2019.html')!.fields['t3.new.natural']);
  });
});
