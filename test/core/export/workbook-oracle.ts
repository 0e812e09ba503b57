// Reading an exported workbook back (exceljs's ordinary reader) and the independent expectations the tests
// compare it with: field keys are found from the headers by the labels of fields.json itself, and values
// come from fields-repo's getReviewedValues, not from the export's own reader.
import ExcelJS from 'exceljs';
import type { Db } from '../../../src-main/core/db/open.js';
import { getReviewedValues } from '../../../src-main/core/db/fields-repo.js';
import { expect } from 'vitest';
import spec from '../../../src-main/core/spec/fields.json' with { type: 'json' };

export const LABELS: Array<{ key: string; label: string; unit?: string; formats: string[] }> = spec.fields;

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The plain value of a cell: null when empty, the cached result's formula object kept as is. */
export function cellValue(ws: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = ws.getRow(row).getCell(col).value;
  return v === undefined ? null : v;
}

export function noteText(cell: ExcelJS.Cell): string | undefined {
  const n = cell.note as unknown;
  if (n === undefined || n === null) return undefined;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text: string }> }).texts;
  return texts?.map((t) => t.text).join('');
}

export interface HeaderColumn {
  col: number;
  group: string;
  header: string;
}

/** The header of a sheet: one or two rows; a merged top cell names its group over several columns. */
export function readHeader(ws: ExcelJS.Worksheet, rows: 1 | 2): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  const top = ws.getRow(1);
  const sub = ws.getRow(2);
  for (let c = 1; c <= ws.columnCount; c++) {
    const topCell = top.getCell(c);
    const topText = String((topCell.isMerged ? topCell.master.value : topCell.value) ?? '');
    if (rows === 1) {
      out.push({ col: c, group: '', header: topText });
      continue;
    }
    const subText = sub.getCell(c).isMerged && sub.getCell(c).master.address === topCell.address ? '' : String(sub.getCell(c).value ?? '');
    out.push(subText ? { col: c, group: topText, header: subText } : { col: c, group: '', header: topText });
  }
  return out;
}

/** Data rows: from the first row under the header to the last row whose first cell is a number (编号). */
export function dataRows(ws: ExcelJS.Worksheet, headerRows: number): number[] {
  const rows: number[] = [];
  for (let r = headerRows + 1; r <= ws.rowCount; r++) {
    if (typeof ws.getRow(r).getCell(1).value === 'number') rows.push(r);
    else break;
  }
  return rows;
}

/** Asserts the row after the data is a totals row of SUM formulas over each listed column. */
export function expectSumRow(ws: ExcelJS.Worksheet, rows: number[], cols: number[]): void {
  const totalRow = rows.length ? rows[rows.length - 1] + 1 : 3;
  const first = rows[0];
  const last = rows[rows.length - 1];
  expect(ws.getRow(totalRow).getCell(2).value).toBe('合计');
  for (const c of cols) {
    const v = ws.getRow(totalRow).getCell(c).value as { formula: string; result?: number };
    const letter = ws.getColumn(c).letter;
    expect(v.formula, `column ${letter}`).toBe(`SUM(${letter}${first}:${letter}${last})`);
    const sum = rows.reduce((a, r) => a + (typeof ws.getRow(r).getCell(c).value === 'number' ? (ws.getRow(r).getCell(c).value as number) : 0), 0);
    // (exceljs's reader drops a cached result of 0)
    expect(v.result ?? 0).toBeCloseTo(sum, 6);
  }
}

/** Excel shows what the database stores: numbers and text as they are, null/absent as an empty cell. */
export function expectCell(actual: unknown, expected: unknown, where: string): void {
  if (expected === undefined || expected === null) expect(actual, where).toBeNull();
  else expect(actual, where).toEqual(expected);
}

/** "2026-02-01T01:30:00.000Z" as the Excel date the export writes (Beijing wall-clock time). */
export function beijing(iso: string): Date {
  return new Date(Date.parse(iso) + 8 * 3600_000);
}

/** The one-row-per-report field sheets and how a header names its key, by the labels of fields.json alone. */
export const FIELD_SHEETS: ReadonlyArray<{ name: string; formats: string[]; keyOf: (group: string, header: string) => string[] }> = [
  {
    name: '表二',
    formats: ['2021', '2019'],
    keyOf: (group, header) => {
      const col = header.replace(/（(2021|2019)版）$/, '');
      return LABELS.filter((l) => {
        const m = /^表二(?:\(2019\))? (.+) · (.+)$/.exec(l.label);
        return m !== null && m[2] === col && group.endsWith(m[1]);
      }).map((l) => l.key);
    },
  },
  { name: '表四', formats: ['2021', '2019'], keyOf: (g, h) => LABELS.filter((l) => l.label === `表四 ${g} · ${h}`).map((l) => l.key) },
  {
    name: '统计表（2019年前）',
    formats: ['pre2019'],
    keyOf: (_g, h) => LABELS.filter((l) => `统计表 ${h}` === (l.unit ? `${l.label}（${l.unit}）` : l.label)).map((l) => l.key),
  },
];

/**
 * Checks a field sheet against the database: each header names exactly one key, every key of the table
 * has its column, every cell is the reviewed value, and the totals row sums each column. Returns the ids.
 */
export function expectFieldSheet(ws: ExcelJS.Worksheet, db: Db, spec: (typeof FIELD_SHEETS)[number]): number[] {
  const header = readHeader(ws, 2).slice(4);
  const keys = header.map((c) => {
    const found = [...new Set(spec.keyOf(c.group, c.header))];
    expect(found, `${spec.name} ${c.group} / ${c.header}`).toHaveLength(1);
    return found[0];
  });
  const prefix = keys[0].split('.')[0] + '.';
  expect(new Set(keys)).toEqual(new Set(LABELS.filter((l) => l.key.startsWith(prefix)).map((l) => l.key)));
  const rows = dataRows(ws, 2);
  for (const r of rows) {
    const v = getReviewedValues(db, cellValue(ws, r, 1) as number);
    expect(spec.formats, `${spec.name} row ${r}`).toContain(String(v.format));
    keys.forEach((key, i) => expectCell(cellValue(ws, r, header[i].col), v[key], `${spec.name} row ${r} ${key}`));
  }
  if (rows.length) expectSumRow(ws, rows, header.map((c) => c.col));
  return [...new Set(rows.map((r) => cellValue(ws, r, 1) as number))].sort((a, b) => a - b);
}

/**
 * Checks 表三 against the database: every cell of every row is the reviewed value of the key its 项目 and
 * column headers name in fields.json, and each report has exactly the rows of its format. Returns the ids.
 */
export function expectTable3Sheet(ws: ExcelJS.Worksheet, db: Db): number[] {
  const header = readHeader(ws, 2);
  const rows = dataRows(ws, 2);
  const perReport = new Map<number, number>();
  for (const r of rows) {
    const id = cellValue(ws, r, 1) as number;
    perReport.set(id, (perReport.get(id) ?? 0) + 1);
    const v = getReviewedValues(db, id);
    const item = cellValue(ws, r, 5) as string;
    for (const c of header.slice(5)) {
      const key = LABELS.find((l) => l.label === `表三 ${item} · ${c.group ? `${c.group}·${c.header}` : c.header}`)?.key;
      expect(key, `${item} ${c.header}`).toBeDefined();
      expectCell(cellValue(ws, r, c.col), v[key!], `表三 ${id} ${key}`);
    }
  }
  for (const [id, n] of perReport) {
    const format = String(getReviewedValues(db, id).format);
    const official = new Set(LABELS.filter((l) => l.key.startsWith('t3.') && l.formats.includes(format)).map((l) => l.key.slice(0, l.key.lastIndexOf('.'))));
    expect(n, `report ${id}`).toBe(official.size);
  }
  return [...perReport.keys()].sort((a, b) => a - b);
}
