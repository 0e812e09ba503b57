// YEAR-MISMATCH (title year, statistical-period year and publication-date year disagree) and
// LATE-PUBLICATION (published after the deadline for the kind of agency).
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { yearOf } from './values.js';
import { agencyKind, type AgencyKind } from '../agency/kind.js';

/** the title: agency and year in either order, then …信息公开…报告 on the same line */
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?[^\n。《》]{0,30}?(?:政府|政务)?信息公开[^\n。《》]{0,12}?报告/g;
/** words before the year that make it a sentence about some report, not the title (按时公布2010年…报告) */
const NOT_TITLE = /公布|发布|编制|报送|按时|关于|做好|撰写|印发|《|上一?年|去年/;
/** how far into the text a title is looked for */
const TITLE_WINDOW = 3000;
const PERIOD =
  /统计(?:期限|期间|时限|时间|区间|范围|期)[^。\n]{0,20}?((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日[^。\n\d]{0,8}?((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/;

function firstTitleYear(text: string): number | undefined {
  TITLE_YEAR.lastIndex = 0;
  for (let m = TITLE_YEAR.exec(text); m; m = TITLE_YEAR.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 12), m.index);
    if (!NOT_TITLE.test(before)) return Number(m[1]);
  }
  return undefined;
}

export function titleYear(report: ReportForCheck): number | undefined {
  return firstTitleYear(report.normText.slice(0, TITLE_WINDOW)) ?? (report.htmlTitle ? firstTitleYear(report.htmlTitle) : undefined);
}

export function periodYear(report: ReportForCheck): number | undefined {
  const m = PERIOD.exec(report.normText);
  if (!m) return undefined;
  return Number(m[1]) === Number(m[2]) ? Number(m[2]) : undefined;
}

function publishedDate(report: ReportForCheck): string | undefined {
  const p = report.fields.published;
  return typeof p === 'string' && /^\d{4}-\d{2}-\d{2}/.test(p) ? p.slice(0, 10) : undefined;
}

function checkYearMismatch(report: ReportForCheck): Finding[] {
  const year = yearOf(report.fields);
  const title = titleYear(report);
  const period = periodYear(report);
  const published = publishedDate(report);
  const implied = published ? Number(published.slice(0, 4)) - 1 : undefined;
  const seen: { name: string; year: number }[] = [];
  if (year !== undefined) seen.push({ name: `报告年度 ${year}`, year });
  if (title !== undefined) seen.push({ name: `标题年度 ${title}`, year: title });
  if (period !== undefined) seen.push({ name: `统计期限 ${period} 年`, year: period });
  if (implied !== undefined) seen.push({ name: `发布日期 ${published}（对应 ${implied} 年度）`, year: implied });
  if (new Set(seen.map((s) => s.year)).size <= 1) return [];
  const keys = ['year', ...(published ? ['published'] : [])];
  return [
    finding('YEAR-MISMATCH', keys,
      { year: year ?? null, titleYear: title ?? null, periodYear: period ?? null, publishedYear: published ? Number(published.slice(0, 4)) : null },
      `年度不一致：${seen.map((s) => s.name).join('，')}`),
  ];
}

const KIND_NAMES: Record<AgencyKind, string> = {
  government: '县级以上人民政府：次年3月31日前',
  department: '政府部门：次年1月31日前',
  township: '乡镇、街道：次年1月31日前',
};

/** the last day a report of `year` may be published, and the rule applied */
export function deadlineOf(year: number, agency: string | undefined): { date: string; rule: string } {
  if (year < 2019) return { date: `${year + 1}-03-31`, rule: '旧条例：次年3月31日前' };
  // Unknown agency: the later date, so a report is never called late for lack of a name.
  if (!agency) return { date: `${year + 1}-03-31`, rule: '报告主体不明，按次年3月31日计' };
  const kind = agencyKind(agency);
  return { date: `${year + 1}-${kind === 'government' ? '03-31' : '01-31'}`, rule: KIND_NAMES[kind] };
}

function checkLate(report: ReportForCheck): Finding[] {
  const year = yearOf(report.fields);
  const published = publishedDate(report);
  if (year === undefined || !published) return [];
  const agency = typeof report.fields.agency === 'string' ? report.fields.agency : undefined;
  const deadline = deadlineOf(year, agency);
  if (published <= deadline.date) return [];
  return [
    finding('LATE-PUBLICATION', ['published', 'year', ...(agency ? ['agency'] : [])], { year },
      `发布日期 ${published} 晚于 ${year} 年度报告的截止日期 ${deadline.date}（${deadline.rule}）`),
  ];
}

export function checkDates(report: ReportForCheck): Finding[] {
  return [...checkYearMismatch(report), ...checkLate(report)];
}
