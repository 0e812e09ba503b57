// Years and dates as reports write them: Arabic ("2022年", "2023-01-30", "2022/1/5", "2022.01.05") or in
// Chinese digits, common in titles and signatures ("二〇二二年", "二O二二年", "二零二一年一月二十日"), where
// the zero is written 〇, ○, the letter O or 零. One place, so every reader of a year accepts the same shapes.
import { parseChineseNumeral } from './chinese-number.js';

const ZERO = '〇○OoО0零';
const CN_DIGIT = `[${ZERO}一二三四五六七八九]`;

/** Regex source for a year (no capture group): 1900–2099 in Arabic digits, or 一九xx/二〇xx in Chinese digits. */
export const YEAR_SOURCE = `(?:(?<!\\d)(?:19|20)\\d{2}(?!\\d)|(?<!${CN_DIGIT}|十)(?:一九|二[${ZERO}])${CN_DIGIT}{2}(?!${CN_DIGIT}|十|百|千|万))`;

/** Regex source for a month or day number: Arabic (1–2 digits) or Chinese (一, 十二, 三十一). */
export const MONTH_DAY_SOURCE = '(?:\\d{1,2}(?!\\d)|[一二三四五六七八九十]{1,3})';

const DIGIT_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a year matched by YEAR_SOURCE ("2022", "二〇二二" → 2022), or undefined. */
export function parseYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (s.length !== 4) return undefined;
  let v = 0;
  for (const ch of s) {
    const d = ZERO.includes(ch) ? 0 : DIGIT_VALUE[ch];
    if (d === undefined) return undefined;
    v = v * 10 + d;
  }
  return v >= 1900 && v < 2100 ? v : undefined;
}

/** The value of a month or day matched by MONTH_DAY_SOURCE ("01" → 1, "十二" → 12, "三十一" → 31). */
export function parseMonthDay(s: string): number | undefined {
  const v = /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return v !== undefined && Number.isInteger(v) ? v : undefined;
}

/** "2022-01-05" from its parts, or undefined when they are not a calendar date. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date at the start of `s`: "2023-01-30", "2023/1/30", "2023.01.30", "2023年1月30日", "二〇二三年一月三十日"
 * (separators mixed or spaced). Returns the ISO date and the length of the written date (the 日 included).
 */
const DATE_RE = new RegExp(
  `^(${YEAR_SOURCE})\\s*(?:[-/.]|年)\\s*(${MONTH_DAY_SOURCE})\\s*(?:[-/.]|月)\\s*(${MONTH_DAY_SOURCE})(?!\\d)\\s*(日|号)?`,
);

export function readDate(s: string): { value: string; length: number } | undefined {
  const m = DATE_RE.exec(s);
  if (!m) return undefined;
  const y = parseYear(m[1]);
  const mo = parseMonthDay(m[2]);
  const d = parseMonthDay(m[3]);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const value = isoDate(y, mo, d);
  if (!value) return undefined;
  return { value, length: m[0].replace(/\s+$/, '').length };
}
