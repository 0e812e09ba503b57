// 表二, 表四 and 统计表（2019年前）: one row per report, one column per key, two-level headers from the
// labels, and a SUM totals row. Each sheet lists only the reports whose format has that table.
import type { ReportFormat } from '../../fields.js';
import { STAT_COLUMNS, T2_COLUMNS, T4_COLUMNS, type FieldColumn } from '../layouts.js';
import { SheetWriter } from '../sheet-writer.js';
import { FREEZE_REPORT_COLUMNS, REPORT_COLUMNS, fieldColumns, readPages, reportCells, valueCell, type SheetContext } from './common.js';

export interface FieldTableSheet {
  name: string;
  prefix: string;
  columns: readonly FieldColumn[];
  formats: readonly ReportFormat[];
}

export const FIELD_TABLE_SHEETS = {
  t2: { name: '表二', prefix: 't2.', columns: T2_COLUMNS, formats: ['2021', '2019'] },
  t4: { name: '表四', prefix: 't4.', columns: T4_COLUMNS, formats: ['2021', '2019'] },
  stat: { name: '统计表（2019年前）', prefix: 'stat.', columns: STAT_COLUMNS, formats: ['pre2019'] },
} as const satisfies Record<string, FieldTableSheet>;

export async function writeFieldTableSheet(ctx: SheetContext, spec: FieldTableSheet): Promise<number> {
  const sheet = new SheetWriter(ctx.wb, spec.name, [...REPORT_COLUMNS, ...fieldColumns(spec.columns)], {
    freezeColumns: FREEZE_REPORT_COLUMNS,
  });
  let rows = 0;
  for await (const page of readPages(ctx, sheet, [spec.prefix])) {
    for (const { report, values } of page.reports) {
      if (!spec.formats.includes(report.format as ReportFormat)) continue;
      sheet.addRow([...reportCells(report), ...spec.columns.map((c) => valueCell(values, c.key))]);
      rows++;
    }
  }
  sheet.addTotalsRow('合计', 1);
  sheet.commit();
  return rows;
}
