// Figures as narrative text writes them: Arabic digits ("3,500") or Chinese numerals ("四十", "一百二十三",
// "两"), optionally approximate ("3500余条", "四十余条", "约200条", "100多件").

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 10000, 亿: 100000000 };

/** The value of a Chinese numeral string ("四十" → 40, "十二" → 12, "一百零五" → 105), or undefined. */
export function parseChineseNumeral(s: string): number | undefined {
  if (!s || !/^[零〇一二两三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
      continue;
    }
    if (ch in UNIT) {
      section += (digit < 0 ? 1 : digit) * UNIT[ch];
      digit = -1;
      continue;
    }
    if (ch in BIG) {
      section += digit < 0 ? 0 : digit;
      total += (section || 1) * BIG[ch];
      section = 0;
      digit = -1;
    }
  }
  if (digit >= 0) section += digit;
  return total + section;
}

/** Regex source for one figure: Arabic (thousands separators allowed) or a Chinese numeral. */
export const FIGURE_SOURCE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+';

export interface Figure {
  value: number;
  approx: boolean;
}

/** Parses the text of a figure matched by FIGURE_SOURCE. */
export function parseFigure(text: string): number | undefined {
  if (/^[\d,.]+$/.test(text)) {
    const v = Number(text.replace(/,/g, ''));
    return Number.isFinite(v) ? v : undefined;
  }
  return parseChineseNumeral(text);
}
