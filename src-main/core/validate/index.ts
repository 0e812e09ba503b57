// checkReport: every single-report rule of ../shared/spec/rules.md, one module per rule family, run in a
// fixed order. Cross-report rules (CROSS-YEAR-CARRY, REPEATED-TEXT, DUPLICATE-REPORT) need the other
// reports of the database: see cross-report.ts and ../analyze.ts.
import type { Finding, ReportForCheck, RuleCheck } from './types.js';
import { checkT3Sums } from './t3-sums.js';
import { checkT4Sums } from './t4-sums.js';
import { checkOtherHigh } from './other-high.js';
import { checkValueRange } from './value-range.js';
import { checkBlankCells } from './blank-cells.js';
import { checkTablePresence } from './table-presence.js';
import { checkSections } from './sections.js';
import { checkStatSums } from './stat-sums.js';
import { checkFormatVersion } from './format-version.js';
import { checkDates } from './dates.js';
import { checkTextTable } from './text-table.js';
import { checkTampered } from './tampered.js';
import { checkFees } from './fees.js';
import { checkSummaryLength } from './summary-length.js';

export type { Finding, ReportForCheck, Severity, RuleId } from './types.js';
export { RULES } from './types.js';
export { reportForCheckFromExtraction } from './from-extraction.js';
export { findSections } from './sections.js';

export const CHECKS: readonly RuleCheck[] = [
  checkTampered,
  checkTablePresence,
  checkT3Sums,
  checkT4Sums,
  checkStatSums,
  checkValueRange,
  checkBlankCells,
  checkOtherHigh,
  checkFormatVersion,
  checkDates,
  checkSections,
  checkTextTable,
  checkFees,
  checkSummaryLength,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** every finding of one report, errors first (stable within a severity) */
export function checkReport(report: ReportForCheck): Finding[] {
  const out: Finding[] = [];
  for (const check of CHECKS) out.push(...check(report));
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
