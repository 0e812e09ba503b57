// SUMMARY-TOO-LONG: 一、总体情况 of a 2021-format report should be brief (about 1,000 characters).
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { sectionText } from './sections.js';

/** characters (whitespace not counted) above which 总体情况 is reported as long */
export const SUMMARY_MAX_CHARS = 1000;

export function checkSummaryLength(report: ReportForCheck): Finding[] {
  if (report.format !== '2021') return [];
  const one = sectionText(report, 1);
  if (one === undefined) return [];
  const length = one.replace(/\s+/g, '').length;
  if (length <= SUMMARY_MAX_CHARS) return [];
  return [
    finding('SUMMARY-TOO-LONG', ['section.1'], { length, max: SUMMARY_MAX_CHARS },
      `第一部分"总体情况"约 ${length} 字，超过约 ${SUMMARY_MAX_CHARS} 字的篇幅`),
  ];
}
