// SECTION-MISSING and the section texts the rules read. The sections themselves are located once, by the
// extraction (extract/sections.ts), and carried in ReportForCheck.sections; this module only re-exports that
// locator (for callers that hold a bare text) so there is a single definition of what a heading looks like.
import { SECTION_HEADINGS, findSections } from '../extract/sections.js';
import type { SectionRef } from '../extract/types.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';

export { findSections };

export interface SectionSpec {
  no: SectionRef['no'];
  /** the title as the 2019/2021 templates print it */
  title: string;
}

export const SECTION_SPECS: readonly SectionSpec[] = SECTION_HEADINGS.map((h) => ({ no: h.no, title: h.title }));

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** the normalised text of section `no`, or undefined when the report has no such section */
export function sectionText(report: ReportForCheck, no: number): string | undefined {
  const s = report.sections.find((x) => x.no === no);
  return s ? report.normText.slice(s.normStart, s.normEnd) : undefined;
}

export function checkSections(report: ReportForCheck): Finding[] {
  if (report.format !== '2019' && report.format !== '2021') return [];
  const present = new Set(report.sections.map((s) => s.no));
  return SECTION_SPECS.filter((s) => !present.has(s.no)).map((s) =>
    finding('SECTION-MISSING', [`section.${s.no}`], {}, `报告缺少第${NUMERALS[s.no - 1]}部分"${s.title}"（未找到该部分标题）`),
  );
}
