// The report year when no title gives it: the statistical-period sentence ("统计期限自2017年1月1日起至2017年
// 12月31日止") or, failing that, the year the text mentions most ("2020年，中心网站发布…").
import { YEAR_SOURCE, parseYear } from '../years.js';
import type { Span } from './title.js';

// Arabic or Chinese digits ("自二〇一七年一月一日起至二〇一七年十二月三十一日止").
const PERIOD_RE = new RegExp(
  `(${YEAR_SOURCE})\\s*年\\s*(?:0?1|一)\\s*月\\s*(?:0?1|一)\\s*日\\s*(?:起)?\\s*(?:至|到|-|—|~|－)\\s*(?:(${YEAR_SOURCE})\\s*年\\s*)?(?:12|十二)\\s*月\\s*(?:31|三十一)\\s*日`,
);
const YEAR_RE = new RegExp(`(${YEAR_SOURCE})\\s*年`, 'g');

export interface YearHit {
  year: number;
  span: Span;
  confidence: number;
}

export function findPeriodYear(text: string): YearHit | undefined {
  const m = PERIOD_RE.exec(text);
  if (!m) return undefined;
  const year = parseYear(m[1]);
  if (year === undefined || (m[2] && parseYear(m[2]) !== year)) return undefined;
  return { year, span: { start: m.index, end: m.index + 4 }, confidence: 0.85 };
}

const Y = `(${YEAR_SOURCE})\\s*年度?`;

/** Sentences that name the report year outright, best first; group 1 is the year. */
export const YEAR_STATEMENTS: RegExp[] = [
  // the statistical period's end: "截止2023年12月31日我局通过官方网站发布…"
  new RegExp(`截\\s*(?:止|至)\\s*(${YEAR_SOURCE})\\s*年\\s*(?:12|十二)\\s*月\\s*(?:31|三十一)\\s*日`),
  // the report says what it reports on, in one line: "现将我局2022年度政府信息公开工作情况报告如下", "…汇报我镇
  // 2023年政府信息公开工作", "现发布《辽宁省2019年度政府信息公开工作报告》"
  new RegExp(`(?:现将|特将|汇报|公布|发布)[^。;；,，\\n]{0,10}?${Y}(?:的)?[^。,，;；\\n]{0,6}?政府信息公开(?:工作)?`),
  // "2012年度报告根据《条例》…"
  new RegExp(`(?:^|\\n)\\s*${Y}(?:政府信息公开)?(?:工作)?(?:年度)?报告(?:是)?(?:根据|依据|依照|按照)`),
  // the first sentence of 总体情况/概述: "一、总体情况\n2020年，在区委、区政府的正确领导下…"
  new RegExp(`(?:总体情况|概述|基本情况)\\s*\\n\\s*(${YEAR_SOURCE})\\s*年(?:度|以来)?\\s*[,，]`),
];

export function findYearStatement(text: string): YearHit | undefined {
  for (const re of YEAR_STATEMENTS) {
    const m = re.exec(text);
    const year = m ? parseYear(m[1]) : undefined;
    if (m && year !== undefined) {
      const at = m.index + m[0].indexOf(m[1]);
      return { year, span: { start: at, end: at + 4 }, confidence: 0.6 };
    }
  }
  return undefined;
}

/** The year mentioned most often (at least twice, or the only year mentioned) and more often than any other. */
export function findFrequentYear(text: string, limit = 6000): YearHit | undefined {
  const counts = new Map<number, { n: number; at: number }>();
  const head = text.slice(0, limit);
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(head); m; m = YEAR_RE.exec(head)) {
    const y = parseYear(m[1]);
    if (y === undefined) continue;
    const c = counts.get(y);
    if (c) c.n++;
    else counts.set(y, { n: 1, at: m.index });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  if (ranked.length === 0 || (ranked[0][1].n < 2 && ranked.length > 1)) return undefined;
  if (ranked.length > 1 && ranked[1][1].n === ranked[0][1].n) return undefined;
  const [year, { n, at }] = ranked[0];
  return { year, span: { start: at, end: at + 4 }, confidence: n < 2 ? 0.4 : 0.6 };
}
