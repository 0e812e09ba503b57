// 汇总: one row per report — who published it, its review status, the key figures of 表二 (处理决定数量),
// 表三 (the 总计 column of every row) and 表四 (each group's 总计), and its findings by severity.
import { T2_COLUMNS, T3_ROWS, T4_COLUMNS, t3Key } from '../layouts.js';
import { STATUS_LABEL, excelDate, excelTime } from '../labels.js';
import { SheetWriter, type Cell, type SheetColumn } from '../sheet-writer.js';
import { FREEZE_REPORT_COLUMNS, REPORT_COLUMNS, readPages, reportCells, valueCell, type SheetContext } from './common.js';

const T2_KEYS = T2_COLUMNS.filter((c) => c.key.endsWith('.decisions') && c.formats.length > 1);
const T4_TOTALS = T4_COLUMNS.filter((c) => c.key.endsWith('.total'));
const SUMMARY_KEYS = [...T2_KEYS.map((c) => c.key), ...T3_ROWS.map((r) => t3Key(r, 'total')), ...T4_TOTALS.map((c) => c.key)];
type Severity = 'error' | 'warning' | 'info';

export const SUMMARY_COLUMNS: readonly SheetColumn[] = [
  ...REPORT_COLUMNS,
  { header: '发布日期', kind: 'date' },
  { header: '审核状态', kind: 'text', width: 9 },
  { header: '审核人', kind: 'text', width: 10 },
  { header: '审核时间', kind: 'datetime' },
  { header: '审核意见', kind: 'longtext', width: 24 },
  { header: '文件名', kind: 'text', width: 24 },
  ...T2_KEYS.map((c): SheetColumn => ({ header: c.group, group: '表二 本年处理决定数量', kind: 'int', total: true })),
  ...T3_ROWS.map((r): SheetColumn => ({ header: r.label, group: '表三 政府信息公开申请情况（总计列）', kind: 'int', total: true, width: 13 })),
  ...T4_TOTALS.map((c): SheetColumn => ({ header: c.group, group: '表四 行政复议、行政诉讼（总计）', kind: 'int', total: true, width: 14 })),
  { header: '错误', group: '校验问题', kind: 'int', total: true, width: 7 },
  { header: '警告', group: '校验问题', kind: 'int', total: true, width: 7 },
  { header: '提示', group: '校验问题', kind: 'int', total: true, width: 7 },
  { header: '其中未处理', group: '校验问题', kind: 'int', total: true, width: 9 },
];

type Counts = { error: number; warning: number; info: number; open: number };

function findingCounts(ctx: SheetContext, ids: number[]): Map<number, Counts> {
  const rows = ctx.db
    .prepare(
      `SELECT f.document_id, f.severity, COUNT(*), SUM(d.decision IS NULL)
       FROM findings f LEFT JOIN finding_decisions d ON d.document_id = f.document_id AND d.fingerprint = f.fingerprint
       WHERE f.document_id IN (SELECT value FROM json_each(?)) GROUP BY f.document_id, f.severity`,
    )
    .raw()
    .all(JSON.stringify(ids)) as Array<[number, Severity, number, number]>;
  const out = new Map<number, Counts>();
  for (const [id, sev, n, open] of rows) {
    const c = out.get(id) ?? { error: 0, warning: 0, info: 0, open: 0 };
    c[sev] += n;
    c.open += open;
    out.set(id, c);
  }
  return out;
}

export async function writeSummarySheet(ctx: SheetContext): Promise<number> {
  const sheet = new SheetWriter(ctx.wb, '汇总', SUMMARY_COLUMNS, { freezeColumns: FREEZE_REPORT_COLUMNS });
  let rows = 0;
  for await (const page of readPages(ctx, sheet, { exact: SUMMARY_KEYS })) {
    const counts = findingCounts(ctx, page.ids);
    for (const { report, values } of page.reports) {
      const c = counts.get(report.id) ?? { error: 0, warning: 0, info: 0, open: 0 };
      const tables = report.format === '2021' || report.format === '2019';
      const cells: Cell[] = [
        ...reportCells(report),
        excelDate(report.published),
        STATUS_LABEL[report.status],
        report.decidedBy,
        excelTime(report.decidedAt),
        report.decisionComment,
        report.fileName,
        ...T2_KEYS.map((k) => (tables ? valueCell(values, k.key) : undefined)),
        ...T3_ROWS.map((r) => (tables ? valueCell(values, t3Key(r, 'total')) : undefined)),
        ...T4_TOTALS.map((k) => (tables ? valueCell(values, k.key) : undefined)),
        c.error,
        c.warning,
        c.info,
        c.open,
      ];
      sheet.addRow(cells);
      rows++;
    }
  }
  sheet.addTotalsRow('合计', 1);
  sheet.commit();
  return rows;
}
