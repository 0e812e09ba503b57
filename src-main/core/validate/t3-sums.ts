// Table 三's three arithmetic rules (report-format.md R1–R3) as sum relations built from the layout table.
import type { Finding, ReportForCheck } from './types.js';
import { checkSums, type SumRelation } from './sum-relation.js';
import { T3_COLUMNS, T3_PART_COLUMNS, T3_ROW_BY_ID, T3_ROWS, resultRowsOf, t3Key } from './t3-layout.js';
import type { Fields } from './values.js';

const row = (id: string) => T3_ROW_BY_ID.get(id)!;

/** R1, each column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 */
export const T3_BALANCE: readonly SumRelation[] = T3_COLUMNS.map((c) => ({
  ruleId: 'T3-BALANCE',
  scope: `表三"${c.label}"列`,
  left: ['new', 'carried'].map((r) => ({ key: t3Key(r, c.id), label: row(r).label })),
  right: ['total', 'carry_forward'].map((r) => ({ key: t3Key(r, c.id), label: row(r).label })),
  require: 'all',
}));

/** R2, each column: 办理结果总计 = the sum of the result rows the report uses */
export function t3ResultRelations(fields: Fields): SumRelation[] {
  const results = resultRowsOf(fields);
  return T3_COLUMNS.map((c) => ({
    ruleId: 'T3-RESULT-SUM',
    scope: `表三"${c.label}"列`,
    left: [{ key: t3Key('total', c.id), label: '（七）总计' }],
    right: results.map((r) => ({ key: t3Key(r.id, c.id), label: r.label })),
    rightName: '（一）至（六）各项：',
    require: 'any',
  }));
}

/** R3, each row: 总计 = 自然人 + the five 法人或其他组织 columns */
export const T3_COLUMN_SUM: readonly SumRelation[] = T3_ROWS.map((r) => ({
  ruleId: 'T3-COLUMN-SUM',
  scope: `表三"${r.label}"行`,
  left: [{ key: t3Key(r.id, 'total'), label: '总计' }],
  right: T3_PART_COLUMNS.map((c) => ({ key: t3Key(r.id, c.id), label: c.label })),
  require: 'any',
}));

export function checkT3Sums(report: ReportForCheck): Finding[] {
  const f = report.fields;
  return [...checkSums(f, T3_BALANCE), ...checkSums(f, t3ResultRelations(f)), ...checkSums(f, T3_COLUMN_SUM)];
}
