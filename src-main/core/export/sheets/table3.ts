// 表三: one row per report and official row (filter by 项目 to compare one row across reports), the seven
// applicant columns with the official two-level header, and under the data a block that adds up every
// row over all reports (SUMIF on 项目, so a filter or a re-sort does not break it).
import type { ReportFormat } from '../../fields.js';
import { T3_COLUMNS, T3_ROWS, t3Key, t3RowsFor } from '../layouts.js';
import { SheetWriter, columnLetter, type SheetColumn } from '../sheet-writer.js';
import { FREEZE_REPORT_COLUMNS, REPORT_COLUMNS, readPages, reportCells, valueCell, type SheetContext } from './common.js';

const FORMATS: readonly ReportFormat[] = ['2021', '2019'];
const KEYS = new Map(T3_ROWS.map((r) => [r.id, T3_COLUMNS.map((c) => t3Key(r, c))]));

/** Excel holds 1,048,576 rows a sheet; past this many data rows 表三 goes on in 表三（续1）, 表三（续2）… */
export const MAX_TABLE3_ROWS = 1_000_000;

const COLUMNS: SheetColumn[] = [
  ...REPORT_COLUMNS,
  { header: '项目', kind: 'longtext', width: 46 },
  ...T3_COLUMNS.map((c): SheetColumn => ({ header: c.header, group: c.group || undefined, kind: 'int' })),
];
const LABEL_COL = REPORT_COLUMNS.length; // 0-based index of 项目

export async function writeTable3Sheet(ctx: SheetContext, maxRows = MAX_TABLE3_ROWS): Promise<number> {
  let part = 0;
  let sheet = new SheetWriter(ctx.wb, '表三', COLUMNS, { freezeColumns: FREEZE_REPORT_COLUMNS });
  let sums = emptySums();
  let rows = 0;
  let reports = 0;
  for await (const page of readPages(ctx, { drain: () => sheet.drain() }, ['t3.'])) {
    for (const { report, values } of page.reports) {
      if (!FORMATS.includes(report.format as ReportFormat)) continue;
      const official = t3RowsFor(report.format as ReportFormat);
      if (rows > 0 && rows + official.length > maxRows) {
        // a report's rows stay together on one sheet
        finish(sheet, sums, '合计（本表各报告按项目相加）');
        sheet = new SheetWriter(ctx.wb, `表三（续${++part}）`, COLUMNS, { freezeColumns: FREEZE_REPORT_COLUMNS });
        sums = emptySums();
        rows = 0;
      }
      reports++;
      const head = reportCells(report);
      for (const row of official) {
        const acc = sums.get(row.id)!;
        const keys = KEYS.get(row.id)!;
        const cells = keys.map((key, i) => {
          const v = values.value(key);
          if (typeof v === 'number') acc[i] += v;
          return valueCell(values, key);
        });
        sheet.addRow([...head, row.label, ...cells]);
        rows++;
      }
    }
  }
  finish(sheet, sums, part === 0 ? '合计（所有报告按项目相加）' : '合计（本表各报告按项目相加）');
  return reports;
}

const emptySums = () => new Map<string, number[]>(T3_ROWS.map((r) => [r.id, T3_COLUMNS.map(() => 0)]));

/** Under the data: one SUMIF row per official row, then the sheet is committed. */
function finish(sheet: SheetWriter, sums: Map<string, number[]>, title: string): void {
  const { first, last } = sheet.dataRange;
  sheet.skipRow();
  const titleRow: Array<string | undefined> = [];
  titleRow[LABEL_COL] = title;
  sheet.addFormulaRow(titleRow);
  const labelLetter = columnLetter(LABEL_COL + 1);
  const end = Math.max(last, first);
  for (const row of T3_ROWS) {
    const r = sheet.nextRow;
    const cells: Array<string | { formula: string; result: number } | undefined> = [];
    cells[LABEL_COL] = row.label;
    T3_COLUMNS.forEach((_, i) => {
      const col = columnLetter(LABEL_COL + 2 + i);
      cells[LABEL_COL + 1 + i] = {
        formula: `SUMIF($${labelLetter}$${first}:$${labelLetter}$${end},$${labelLetter}${r},${col}$${first}:${col}$${end})`,
        result: sums.get(row.id)![i],
      };
    });
    sheet.addFormulaRow(cells, false);
  }
  sheet.commit();
}
