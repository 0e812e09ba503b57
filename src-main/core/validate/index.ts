// checkReport: every single-report rule of ../shared/spec/rules.md, run in a fixed order. Cross-report
// rules (CROSS-YEAR-CARRY, REPEATED-TEXT, DUPLICATE-REPORT) need the database: see cross-report.ts.
import type { Finding, ReportForCheck, RuleCheck } from './types.js';
import { checkT3Sums } from './t3-sums.js';
import { checkT4Sums } from './t4-sums.js';

export type { Finding, ReportForCheck, Severity, RuleId } from './types.js';
export { RULES } from './types.js';
export { reportForCheckFromExtraction } from './from-extraction.js';

const CHECKS: readonly RuleCheck[] = [checkT3Sums, checkT4Sums];

export function checkReport(report: ReportForCheck): Finding[] {
  const out: Finding[] = [];
  for (const check of CHECKS) out.push(...check(report));
  return out;
}
