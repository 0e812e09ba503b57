// 表三: one row per report and official row (filter by 项目 to compare one row across reports), the seven
// applicant columns with the official two-level header, and under the data a block that adds up every
// row over all reports (SUMIF on 项目, so a filter or a re-sort does not break it).
import type { ReportFormat } from '../../fields.js';
import { T3_COLUMNS, T3_ROWS, t3Key, t3RowsFor } from '../layouts.js';
import { SheetWriter, columnLetter, type SheetColumn } from '../sheet-writer.js';
import { FREEZE_REPORT_COLUMNS, REPORT_COLUMNS, readPages, reportCells, valueCell, type SheetContext } from './common.js';

const FORMATS: readonly ReportFormat[] = ['2021', '2019'];
const KEYS = new Map(T3_ROWS.map((r) => [r.id, T3_COLUMNS.map((c) => t3Key(r, c))]));

export async function writeTable3Sheet(ctx: SheetContext): Promise<number> {
  const columns: SheetColumn[] = [
    ...REPORT_COLUMNS,
    { header: '项目', kind: 'text', width: 46 },
    ...T3_COLUMNS.map((c): SheetColumn => ({ header: c.header, group: c.group || undefined, kind: 'int' })),
  ];
  const labelCol = REPORT_COLUMNS.length; // 0-based index of 项目
  const sheet = new SheetWriter(ctx.wb, '表三', columns, { freezeColumns: FREEZE_REPORT_COLUMNS });
  const sums = new Map<string, number[]>(T3_ROWS.map((r) => [r.id, T3_COLUMNS.map(() => 0)]));
  let reports = 0;
  for await (const page of readPages(ctx, sheet, ['t3.'])) {
    for (const { report, values } of page.reports) {
      if (!FORMATS.includes(report.format as ReportFormat)) continue;
      reports++;
      const head = reportCells(report);
      for (const row of t3RowsFor(report.format as ReportFormat)) {
        const acc = sums.get(row.id)!;
        const keys = KEYS.get(row.id)!;
        const cells = keys.map((key, i) => {
          const v = values.value(key);
          if (typeof v === 'number') acc[i] += v;
          return valueCell(values, key);
        });
        sheet.addRow([...head, row.label, ...cells]);
      }
    }
  }
  const { first, last } = sheet.dataRange;
  sheet.skipRow();
  const title: Array<string | undefined> = [];
  title[labelCol] = '合计（所有报告按项目相加）';
  sheet.addFormulaRow(title);
  const labelLetter = columnLetter(labelCol + 1);
  for (const row of T3_ROWS) {
    const r = sheet.nextRow;
    const cells: Array<string | { formula: string; result: number } | undefined> = [];
    cells[labelCol] = row.label;
    T3_COLUMNS.forEach((_, i) => {
      const col = columnLetter(labelCol + 2 + i);
      const end = Math.max(last, first);
      cells[labelCol + 1 + i] = {
        formula: `SUMIF($${labelLetter}$${first}:$${labelLetter}$${end},$${labelLetter}${r},${col}$${first}:${col}$${end})`,
        result: sums.get(row.id)![i],
      };
    });
    sheet.addFormulaRow(cells, false);
  }
  sheet.commit();
  return reports;
}
