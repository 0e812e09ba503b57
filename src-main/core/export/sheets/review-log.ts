// 校验问题 (every finding of the selected reports and the reviewer's decision on it) and 修改记录 (every
// correction: the field's Chinese label, what extraction gave, what the reviewer set, who and when).
import type { FieldValue } from '../../fields.js';
import { fieldLabel } from '../layouts.js';
import { DECISION_LABEL, SEVERITY_LABEL, UNDECIDED, excelTime, keyLabel } from '../labels.js';
import { SheetWriter, type SheetColumn } from '../sheet-writer.js';
import type { ReportRow } from '../report-source.js';
import { readPages, type SheetContext } from './common.js';

const WHO: readonly SheetColumn[] = [
  { header: '编号', kind: 'id' },
  { header: '报告主体', kind: 'text', width: 30 },
  { header: '报告年度', kind: 'year' },
];
const who = (r: ReportRow) => [r.id, r.agency, r.year];

const FINDING_COLUMNS: readonly SheetColumn[] = [
  ...WHO,
  { header: '严重程度', kind: 'text', width: 9 },
  { header: '规则编号', kind: 'text', width: 20 },
  { header: '问题说明', kind: 'longtext', width: 60 },
  { header: '原文摘录', kind: 'longtext', width: 40 },
  { header: '涉及字段', kind: 'longtext', width: 40 },
  { header: '处理结果', kind: 'text', width: 9 },
  { header: '排除理由', kind: 'longtext', width: 30 },
  { header: '处理人', kind: 'text', width: 10 },
  { header: '处理时间', kind: 'datetime' },
];

const SEVERITY_ORDER = `CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

export async function writeFindingsSheet(ctx: SheetContext): Promise<number> {
  const sheet = new SheetWriter(ctx.wb, '校验问题', FINDING_COLUMNS, { freezeColumns: 2 });
  const stmt = ctx.db
    .prepare(
      `SELECT f.document_id, f.severity, f.rule_id, f.message, f.quote, f.keys, d.decision, d.reason, d.reviewer, d.at
       FROM findings f LEFT JOIN finding_decisions d ON d.document_id = f.document_id AND d.fingerprint = f.fingerprint
       WHERE f.document_id IN (SELECT value FROM json_each(?))
       ORDER BY f.document_id, ${SEVERITY_ORDER}, f.id`,
    )
    .raw();
  let rows = 0;
  for await (const page of readPages(ctx, sheet, null)) {
    const byDoc = groupByDoc(stmt.all(JSON.stringify(page.ids)) as FindingRow[]);
    for (const { report } of page.reports) {
      for (const [, severity, rule, message, quote, keys, decision, reason, reviewer, at] of byDoc.get(report.id) ?? []) {
        sheet.addRow([
          ...who(report),
          SEVERITY_LABEL[severity] ?? severity,
          rule,
          message,
          quote,
          (JSON.parse(keys) as string[]).map(keyLabel).join('；'),
          decision ? (DECISION_LABEL[decision] ?? decision) : UNDECIDED,
          decision === 'dismissed' ? reason : null,
          reviewer,
          excelTime(at),
        ]);
        rows++;
      }
    }
  }
  sheet.commit();
  return rows;
}

type FindingRow = [number, string, string, string, string | null, string, string | null, string | null, string | null, string | null];

function groupByDoc<R extends [number, ...unknown[]]>(rows: R[]): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(r[0]);
    if (list) list.push(r);
    else out.set(r[0], [r]);
  }
  return out;
}

const CORRECTION_COLUMNS: readonly SheetColumn[] = [
  ...WHO,
  { header: '字段', kind: 'longtext', width: 44 },
  { header: '原提取值', kind: 'text', width: 14 },
  { header: '修改前的值', kind: 'text', width: 14 },
  { header: '修改后的值', kind: 'text', width: 14 },
  { header: '修改人', kind: 'text', width: 10 },
  { header: '修改时间', kind: 'datetime' },
];

/** A stored JSON value as a cell; "not extracted" is said in words so it is not mistaken for a blank cell. */
function jsonCell(s: string | null, missing: string): FieldValue {
  if (s === null) return missing;
  const v = JSON.parse(s) as FieldValue;
  return v === null ? '（空白）' : v;
}

export async function writeCorrectionsSheet(ctx: SheetContext): Promise<number> {
  const sheet = new SheetWriter(ctx.wb, '修改记录', CORRECTION_COLUMNS, { freezeColumns: 2 });
  const stmt = ctx.db
    .prepare(
      `SELECT document_id, key, extracted_value, old_value, new_value, reviewer, at FROM corrections
       WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, id`,
    )
    .raw();
  let rows = 0;
  for await (const page of readPages(ctx, sheet, null)) {
    const byDoc = groupByDoc(stmt.all(JSON.stringify(page.ids)) as Array<[number, string, string | null, string | null, string | null, string, string]>);
    for (const { report } of page.reports) {
      for (const [, key, extracted, old, now, reviewer, at] of byDoc.get(report.id) ?? []) {
        sheet.addRow([
          ...who(report),
          fieldLabel(key),
          jsonCell(extracted, '（未提取）'),
          jsonCell(old, '（无）'),
          jsonCell(now, '（空白）'),
          reviewer,
          excelTime(at),
        ]);
        rows++;
      }
    }
  }
  sheet.commit();
  return rows;
}
