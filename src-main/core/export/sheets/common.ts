// What every sheet shares: the columns that name a report, the cell of a reviewed value (with the note a
// correction leaves), and the context a sheet is written in.
import type ExcelJS from 'exceljs';
import type { Db } from '../../db/open.js';
import type { FieldType } from '../../fields.js';
import type { FieldColumn } from '../layouts.js';
import { formatLabel, showTime, showValue } from '../labels.js';
import { ReviewedValues, type KeySelection, type ReportPage, type ReportRow, type ReportSource } from '../report-source.js';
import type { Cell, ColumnKind, SheetColumn, SheetWriter } from '../sheet-writer.js';

export interface SheetContext {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  db: Db;
  source: ReportSource;
  /** the selected reports, in workbook order */
  reports: readonly ReportRow[];
  pageSize: number;
  /** called after each page of reports: reports progress and lets the file stream drain */
  advance(reports: number): Promise<void>;
}

/**
 * The selected reports page by page, with their reviewed values for the keys under `prefixes`
 * (null: the report rows only, no values).
 */
export async function* readPages(
  ctx: SheetContext,
  sheet: Pick<SheetWriter, 'drain'>,
  prefixes: KeySelection | null,
): AsyncGenerator<{ ids: number[]; reports: ReportPage[] }> {
  for (let i = 0; i < ctx.reports.length; i += ctx.pageSize) {
    const page = ctx.reports.slice(i, i + ctx.pageSize);
    const reports = prefixes ? ctx.source.page(page, prefixes) : page.map((report) => ({ report, values: NO_VALUES }));
    yield { ids: page.map((r) => r.id), reports };
    await sheet.drain();
    await ctx.advance(page.length);
  }
}

const NO_VALUES = new ReviewedValues({});

export const REPORT_COLUMNS: readonly SheetColumn[] = [
  { header: '编号', kind: 'id' },
  { header: '报告主体', kind: 'text', width: 30 },
  { header: '报告年度', kind: 'year' },
  { header: '格式', kind: 'text', width: 11 },
];
/** 编号 and 报告主体 stay in view when a wide sheet scrolls right. */
export const FREEZE_REPORT_COLUMNS = 2;

export function reportCells(r: ReportRow): Cell[] {
  return [r.id, r.agency, r.year, formatLabel(r.format)];
}

export function kindOf(type: FieldType): ColumnKind {
  switch (type) {
    case 'int':
      return 'int';
    case 'signed_int':
      return 'signed_int';
    case 'decimal':
      return 'decimal';
    case 'date':
      return 'date';
    default:
      return 'text';
  }
}

export function fieldColumns(cols: readonly FieldColumn[], total = true): SheetColumn[] {
  return cols.map((c) => ({ header: c.header, group: c.group, kind: kindOf(c.type), total: total && c.type !== 'text' }));
}

/** A reviewed value as a cell: a corrected value is shaded and carries the value it replaced in a note. */
export function valueCell(values: ReviewedValues, key: string): Cell {
  const value = values.value(key);
  if (value === undefined || values.plain) return value;
  const c = values.correction(key);
  if (c) {
    return {
      value,
      corrected: true,
      note: `原提取值：${showValue(c.extracted)}，修改人：${c.reviewer}，修改时间：${showTime(c.at)}`,
    };
  }
  if (typeof value === 'number' && values.isApprox(key)) return { value, note: `原文为约数（${value}余）` };
  return value;
}
