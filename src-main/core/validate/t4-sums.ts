// Table 四 (R4): in each of the three groups, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import type { Finding, ReportForCheck } from './types.js';
import { checkSums, type SumRelation } from './sum-relation.js';

export const T4_GROUPS: readonly { id: string; label: string }[] = [
  { id: 'review', label: '行政复议' },
  { id: 'suit_direct', label: '行政诉讼·未经复议直接起诉' },
  { id: 'suit_after', label: '行政诉讼·复议后起诉' },
];

export const T4_PARTS: readonly { id: string; label: string }[] = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
];

export const T4_GROUP_SUM: readonly SumRelation[] = T4_GROUPS.map((g) => ({
  ruleId: 'T4-GROUP-SUM',
  scope: `表四"${g.label}"`,
  left: [{ key: `t4.${g.id}.total`, label: '总计' }],
  right: T4_PARTS.map((p) => ({ key: `t4.${g.id}.${p.id}`, label: p.label })),
  require: 'any',
}));

export function checkT4Sums(report: ReportForCheck): Finding[] {
  return checkSums(report.fields, T4_GROUP_SUM);
}
