// The shapes every rule module shares. A rule is a pure function of one report (or, for cross-report
// rules, of the report and its neighbours); it returns findings, never throws on odd input.
import type { FieldValue, ReportFormat } from '../fields.js';
import type { SectionRef } from '../extract/types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** field keys involved (so the review screen can highlight the cells and their sources); pseudo-keys
   *  such as `section.5` name a place that has no field */
  keys: string[];
  /** the figures compared: field key → value, plus computed sides (`left`, `right`, `sum`…) */
  numbers: Record<string, number | null>;
  /** Chinese, says what is wrong and where */
  message: string;
  /** text quoted from the document (tampered content, narrative figures) */
  quote?: string;
}

export interface ReportForCheck {
  format: ReportFormat | null;
  /** reviewed values: corrections win over extraction */
  fields: Record<string, FieldValue>;
  /** the document text (original, for display and for damage that normalisation removes) */
  text: string;
  /** the normalised text (simplified, pinyin stripped, half-width) */
  normText: string;
  /** the six sections located in normText */
  sections: SectionRef[];
  fileName?: string;
  htmlTitle?: string;
  /** what the extractor said it could not read (the keys it left out and why) */
  notes?: { keys: string[]; message: string }[];
}

export type RuleCheck = (report: ReportForCheck) => Finding[];

/** The rule catalogue of ../shared/spec/rules.md: id → severity and a short Chinese title. */
export const RULES = {
  'T3-BALANCE': { severity: 'error', title: '表三 新收+结转 = 办理结果总计+结转下年度' },
  'T3-RESULT-SUM': { severity: 'error', title: '表三 办理结果总计 = 各项办理结果之和' },
  'T3-COLUMN-SUM': { severity: 'error', title: '表三 总计列 = 各类申请人之和' },
  'T4-GROUP-SUM': { severity: 'error', title: '表四 总计 = 维持+纠正+其他+尚未审结' },
  'VALUE-RANGE': { severity: 'error', title: '数值超出允许范围' },
  'BLANK-CELL': { severity: 'warning', title: '法定表格单元格为空白' },
  'TABLE-MISSING': { severity: 'error', title: '缺少法定表格或表格行' },
  'SECTION-MISSING': { severity: 'warning', title: '缺少报告的法定部分' },
  'OTHER-HIGH': { severity: 'info', title: '“其他处理”占比过高' },
  'STAT-CHANNEL-SUM': { severity: 'warning', title: '收到申请数 = 各申请渠道之和' },
  'STAT-COMPLETED-SUM': { severity: 'error', title: '申请办结数 = 按时办结+延期办结' },
  'STAT-ANSWER-SUM': { severity: 'warning', title: '申请答复数 = 八类答复之和' },
  'STAT-REFUSED-SUM': { severity: 'warning', title: '不同意公开答复数 = 其中各项之和' },
  'STAT-REVIEW-SUM': { severity: 'error', title: '行政复议数量 = 维持+纠错+其他' },
  'STAT-SUIT-SUM': { severity: 'error', title: '行政诉讼数量 = 维持或驳回+纠错+其他' },
  'STAT-STAFF-SUM': { severity: 'warning', title: '工作人员数 = 专职+兼职' },
  'STAT-UNANSWERED': { severity: 'warning', title: '收到申请但无办结或答复' },
  'FORMAT-VERSION': { severity: 'warning', title: '报告格式与年度不符' },
  'YEAR-MISMATCH': { severity: 'warning', title: '标题年度、统计期限与发布日期不一致' },
  'LATE-PUBLICATION': { severity: 'warning', title: '逾期发布' },
  'TEXT-TABLE-MISMATCH': { severity: 'warning', title: '正文数字与表格不一致' },
  'TAMPERED-CONTENT': { severity: 'error', title: '页面内容被篡改（非原始报告）' },
  'FEES-NOT-REPORTED': { severity: 'info', title: '未说明信息处理费情况' },
  'SUMMARY-TOO-LONG': { severity: 'info', title: '“总体情况”篇幅过长' },
  'CROSS-YEAR-CARRY': { severity: 'warning', title: '上年结转与上一年度报告的结转下年度不一致' },
  'REPEATED-TEXT': { severity: 'warning', title: '与上一年度报告内容雷同' },
  'DUPLICATE-REPORT': { severity: 'info', title: '重复导入的报告' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

export function finding(
  ruleId: RuleId,
  keys: string[],
  numbers: Record<string, number | null>,
  message: string,
  quote?: string,
): Finding {
  const f: Finding = { ruleId, severity: RULES[ruleId].severity, keys, numbers, message };
  if (quote !== undefined) f.quote = quote;
  return f;
}
