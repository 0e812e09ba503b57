// SECTION-MISSING, and a plain heading locator used when an extraction gives no sections (a fallback:
// the extractor's own section finder is the primary source).
import type { SectionRef } from '../extract/types.js';
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';

export interface SectionSpec {
  no: SectionRef['no'];
  title: string;
  /** the words a heading must contain (real reports vary the rest) */
  core: string;
}

export const SECTION_SPECS: readonly SectionSpec[] = [
  { no: 1, title: '一、总体情况', core: '总体情况' },
  { no: 2, title: '二、主动公开政府信息情况', core: '主动公开政府信息(?:情况)?' },
  { no: 3, title: '三、收到和处理政府信息公开申请情况', core: '收到和处理政府信息公开申请' },
  { no: 4, title: '四、政府信息公开行政复议、行政诉讼情况', core: '(?:政府信息公开)?行政复议[、和及与]?行政诉讼' },
  { no: 5, title: '五、存在的主要问题及改进情况', core: '(?:政府信息公开(?:工作)?)?存在的?主要问题(?:及|和|与)?(?:改进|整改)' },
  { no: 6, title: '六、其他需要报告的事项', core: '其他需要报告的事项' },
];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

function headingPattern(spec: SectionSpec): RegExp {
  const n = NUMERALS[spec.no - 1];
  // numbered anywhere (一、总体情况 / 1、总体情况 / 一.总体情况), or unnumbered alone at a line start
  // (Word auto-numbering is lost by mammoth)
  return new RegExp(
    `(?:[${n}${spec.no}]\\s*[、.,:．]\\s*(?:因|关于)?(?:政府信息公开(?:工作)?)?${spec.core})|(?:(?:^|\\n)[ \\t]*${spec.core}[^\\n]{0,12}(?=\\n))`,
    'g',
  );
}

const PATTERNS = SECTION_SPECS.map((s) => ({ spec: s, re: headingPattern(s) }));

/** The six sections located in normalised text, in order (a section is searched after the one before). */
export function findSections(normText: string): SectionRef[] {
  const found: { spec: SectionSpec; start: number; title: string }[] = [];
  let from = 0;
  for (const { spec, re } of PATTERNS) {
    re.lastIndex = from;
    const m = re.exec(normText);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    found.push({ spec, start, title: m[0].trim() });
    from = start + 1;
  }
  return found.map((f, i) => ({
    no: f.spec.no,
    title: f.title,
    normStart: f.start,
    normEnd: i + 1 < found.length ? found[i + 1].start : normText.length,
  }));
}

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
