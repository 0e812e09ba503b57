// VALUE-RANGE: counts are whole numbers ≥ 0, money is a number ≥ 0, only 本年增/减 may be negative.
import { FIELD_BY_KEY, METADATA_KEYS, type FieldType } from '../fields.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { numberOf, show } from './values.js';
import { fieldLabel } from './field-labels.js';

type Problem = (n: number) => string | null;

/** what each numeric field type allows, as data */
const ALLOWED: Partial<Record<FieldType, Problem>> = {
  int: (n) => (Number.isInteger(n) && n >= 0 ? null : '件数应为不小于 0 的整数'),
  signed_int: (n) => (Number.isInteger(n) ? null : '增减数应为整数'),
  decimal: (n) => (n >= 0 ? null : '金额应为不小于 0 的数'),
};

const META = new Set<string>(METADATA_KEYS);

export function checkValueRange(report: ReportForCheck): Finding[] {
  const out: Finding[] = [];
  for (const [key, value] of Object.entries(report.fields)) {
    if (META.has(key) || value === null) continue;
    const spec = FIELD_BY_KEY.get(key);
    const allowed = spec && ALLOWED[spec.type];
    if (!allowed) continue;
    const n = numberOf(report.fields, key);
    if (n === null) continue; // blank: BLANK-CELL
    if (n === undefined) {
      out.push(finding('VALUE-RANGE', [key], { [key]: null }, `${fieldLabel(key)}为"${String(value)}"，不是数字`));
      continue;
    }
    const problem = allowed(n);
    if (problem) out.push(finding('VALUE-RANGE', [key], { [key]: n }, `${fieldLabel(key)}为 ${show(n)}：${problem}`));
  }
  return out;
}
