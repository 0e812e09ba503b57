// FEES-NOT-REPORTED: the 2021 format asks section 六 to say whether 信息处理费 was charged.
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { sectionText } from './sections.js';

const FEE_WORDS = /信息处理费|处理费|收费|收取费用|费用/;

export function checkFees(report: ReportForCheck): Finding[] {
  if (report.format !== '2021') return [];
  const six = sectionText(report, 6);
  if (six === undefined) return []; // SECTION-MISSING says it
  if (FEE_WORDS.test(six)) return [];
  return [finding('FEES-NOT-REPORTED', ['section.6'], {}, '第六部分"其他需要报告的事项"未说明信息处理费的收取情况（2021年格式要求说明）')];
}
