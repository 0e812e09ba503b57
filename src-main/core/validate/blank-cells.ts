// BLANK-CELL: a statutory cell left blank (or `—`, `/`, `无`) instead of a number. It still counts as 0 in
// the sums. One finding per table row, so a reviewer can dismiss a row at a time.
import { keyGroup } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { numberOf } from './values.js';
import { rowAndColumn, rowKeyOf, TABLE_NAMES } from './field-labels.js';

const STATUTORY_GROUPS = new Set(Object.keys(TABLE_NAMES));

export function checkBlankCells(report: ReportForCheck): Finding[] {
  const rows = new Map<string, string[]>();
  for (const key of Object.keys(report.fields)) {
    if (!STATUTORY_GROUPS.has(keyGroup(key))) continue;
    if (numberOf(report.fields, key) !== null) continue;
    const row = rowKeyOf(key);
    const list = rows.get(row);
    if (list) list.push(key);
    else rows.set(row, [key]);
  }
  const out: Finding[] = [];
  for (const keys of rows.values()) {
    const { row } = rowAndColumn(keys[0]);
    const columns = keys.map((k) => rowAndColumn(k).column).filter((c): c is string => c !== null);
    const where = columns.length ? `"${row}"行的 ${columns.join('、')}` : `"${row}"`;
    const numbers = Object.fromEntries(keys.map((k) => [k, null]));
    out.push(finding('BLANK-CELL', keys, numbers, `${where} 为空白（或"—""/""无"），应填写数字；合计时按 0 计`));
  }
  return out;
}
