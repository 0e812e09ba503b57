// The fast row path writes what exceljs's own row API writes: the same values, types, number formats,
// fills and notes when the workbook is read back, and text that needs escaping survives.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_CELL_TEXT, SheetWriter, type Cell, type SheetColumn } from '../../../src-main/core/export/sheet-writer.js';
import { RawRowWriter, xmlText } from '../../../src-main/core/export/raw-rows.js';
import { tempDir } from '../../helpers/temp-db.js';
import { noteText, readBook } from './workbook-oracle.js';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

const COLUMNS: SheetColumn[] = [
  { header: '编号', kind: 'id' },
  { header: '名称', kind: 'text' },
  { header: '件数', group: '数量', kind: 'int', total: true },
  { header: '增减', group: '数量', kind: 'signed_int', total: true },
  { header: '金额', group: '数量', kind: 'decimal', total: true },
  { header: '时间', kind: 'datetime' },
];
const ROWS: Cell[][] = [
  [1, '甲 <机关> & "乙"', 12, -3, 0.35, new Date(Date.UTC(2026, 0, 31, 9, 30))],
  [2, '  前后有空格 ', { value: 7, corrected: true, note: '原提取值：1，修改人：张' }, 0, 1234.5678, null],
  [3, '控制\u0001字符', undefined, { value: 4, note: '原文为约数' }, undefined, '2026-01-01'],
  [4, null, 0, 5, 0, undefined],
  [5, '长'.repeat(40_000), 1, 1, 1, undefined],
];

async function write(path: string, rawRows: boolean): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const sheet = new SheetWriter(wb, '测试', COLUMNS, { freezeColumns: 1, rawRows });
  for (const r of ROWS) sheet.addRow(r);
  sheet.addTotalsRow('合计', 1);
  sheet.commit();
  await wb.commit();
}

describe('RawRowWriter', () => {
  it('is available for exceljs 4 streaming worksheets', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(t.dir, 'x.xlsx') });
    expect(RawRowWriter.for(wb.addWorksheet('a'))).toBeDefined();
  });

  it('gives the same workbook as the row API', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    await write(join(t.dir, 'raw.xlsx'), true);
    await write(join(t.dir, 'api.xlsx'), false);
    const [raw, api] = [await readBook(join(t.dir, 'raw.xlsx')), await readBook(join(t.dir, 'api.xlsx'))];
    const a = raw.getWorksheet('测试')!;
    const b = api.getWorksheet('测试')!;
    expect(a.rowCount).toBe(b.rowCount);
    for (let r = 1; r <= b.rowCount; r++) {
      for (let c = 1; c <= COLUMNS.length; c++) {
        const x = a.getRow(r).getCell(c);
        const y = b.getRow(r).getCell(c);
        const where = `${y.address}`;
        expect(x.value, where).toEqual(y.value);
        expect(x.numFmt, where).toEqual(y.numFmt);
        expect(x.fill, where).toEqual(y.fill);
        expect(x.font, where).toEqual(y.font);
        expect(noteText(x), where).toEqual(noteText(y));
      }
    }
    expect(a.getRow(3).getCell(2).value).toBe('甲 <机关> & "乙"');
    expect(a.getRow(4).getCell(2).value).toBe('  前后有空格 ');
    expect(a.getRow(4).getCell(3).value).toBe(7);
    expect(noteText(a.getRow(4).getCell(3))).toBe('原提取值：1，修改人：张');
    // Excel's 32,767-character limit: longer text is cut and says so
    const long = a.getRow(7).getCell(2).value as string;
    expect(long).toHaveLength(MAX_CELL_TEXT);
    expect(long.endsWith('已截断）')).toBe(true);
    expect(a.getRow(8).getCell(3).value).toMatchObject({ formula: 'SUM(C3:C7)' });
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0001y\u001fz')).toBe('xyz');
    expect(xmlText('普通文字')).toBe('普通文字');
  });
});
