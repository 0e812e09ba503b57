// Reading one figure out of a table cell or a short piece of text. Every parser returns the value and
// where in the given string the figure's characters are, so callers can point a span at exactly the number.
//
// Results:
//   undefined            the text is not a figure of that kind (a label, a sentence, two numbers…)
//   { value: null }      a blank mark: empty, —, /, 无 (the document has the cell but leaves it blank)
//   { value: number }    the figure; start/end cover its characters in the input (sign and unit excluded
//                        for counts, sign included for signed figures)

export interface ParsedValue {
  value: number | null;
  /** offsets of the figure's characters in the input string; for a blank, the mark (or 0,0 when empty) */
  start: number;
  end: number;
}

/** Marks a report uses in a cell it leaves blank or where it means "none". */
const BLANK_MARKS = new Set(['', '—', '——', '–', '-', '--', '－', '/', '／', '\\', '无', '空', '暂无', '─', '―', '-—']);

// Characters that may pad a cell: spaces (incl. no-break and ideographic) and zero-width marks.
const PAD = /[\s\u00a0\u3000\u200b\u200c\ufeff]|\u200d/;

/** Full-width digits and punctuation to ASCII, one character for one (offsets stay aligned). */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (ch.length === 1 && c === 0x3000) out += ' ';
    else out += ch;
  }
  return out.length === text.length ? out : text;
}

function trimSpan(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && PAD.test(text[start])) start++;
  while (end > start && PAD.test(text[end - 1])) end--;
  return { start, end };
}

/** True when the cell text is a blank mark (empty, —, /, 无 …), ignoring padding. */
export function isBlankMark(text: string): boolean {
  const { start, end } = trimSpan(text);
  return BLANK_MARKS.has(fold(text.slice(start, end)));
}

// A digit group: plain digits, or digits with thousands separators (1,234 / 1，234 — the latter folded).
const INT_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const DEC_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function toNumber(body: string): number {
  return Number(body.replace(/,/g, ''));
}

function blank(text: string): ParsedValue | undefined {
  const { start, end } = trimSpan(text);
  return BLANK_MARKS.has(fold(text.slice(start, end))) ? { value: null, start, end } : undefined;
}

// Units that may follow a count in a cell (件, 条, 个, 项, 次, 人次…).
const COUNT_UNITS = /^(?:件|条|个|项|次|人次|宗|起|份|家|人)$/;

/** A non-negative whole count: "12", "１２", "1,234", "12件", blank marks → null. */
export function parseCount(text: string): ParsedValue | undefined {
  const b = blank(text);
  if (b) return b;
  const f = fold(text);
  const { start, end } = trimSpan(f);
  let s = f.slice(start, end);
  const unit = /(?:件|条|个|项|次|人次|宗|起|份|家|人)$/.exec(s);
  if (unit && COUNT_UNITS.test(unit[0])) s = s.slice(0, -unit[0].length).replace(/[\s\u00a0]+$/, '');
  if (!INT_BODY.test(s)) return undefined;
  return { value: toNumber(s), start, end: start + s.length };
}

/**
 * A signed change (本年增/减): "+12", "-3", "－3", "0", "增加3", "减少3", "增3", "减3", "↑2".
 * The span covers sign and digits as written.
 */
export function parseSigned(text: string): ParsedValue | undefined {
  const f = fold(text);
  const { start, end } = trimSpan(f);
  const s = f.slice(start, end);
  if (BLANK_MARKS.has(s)) return { value: null, start, end };
  const m = /^(\+|-|−|–|﹣|增加|增|新增|减少|减|↑|↓)?[\s\u00a0]*((?:\d{1,3}(?:,\d{3})+|\d+))(?:件|项|个|条)?$/.exec(s);
  if (!m) return undefined;
  const sign = m[1];
  const n = toNumber(m[2]);
  const negative = sign === '-' || sign === '−' || sign === '–' || sign === '﹣' || sign === '减少' || sign === '减' || sign === '↓';
  const digitsEnd = start + s.indexOf(m[2]) + m[2].length;
  return { value: negative && n !== 0 ? -n : n, start, end: digitsEnd };
}

/**
 * A decimal figure as written, optionally with a unit: "24252.311082", "75394432.52元", "1,234.5 万元", "0".
 * The unit is not converted: the caller keeps the figure in the unit the document uses.
 */
export function parseDecimal(text: string): ParsedValue | undefined {
  const b = blank(text);
  if (b) return b;
  const f = fold(text);
  const { start, end } = trimSpan(f);
  let s = f.slice(start, end);
  const unit = /[\s\u00a0]*(?:万元|元|亿元)$/.exec(s);
  if (unit) s = s.slice(0, unit.index);
  if (!DEC_BODY.test(s)) return undefined;
  return { value: toNumber(s), start, end: start + s.length };
}

/** The unit written after a money figure, if any ("元", "万元", "亿元"). */
export function moneyUnit(text: string): string | undefined {
  const m = /(万元|亿元|元)[\s\u00a0]*$/.exec(fold(text));
  return m ? m[1] : undefined;
}

export type ValueKind = 'int' | 'signed_int' | 'decimal';

/** Dispatch on a field type from fields.json. */
export function parseByType(text: string, kind: ValueKind): ParsedValue | undefined {
  if (kind === 'signed_int') return parseSigned(text);
  if (kind === 'decimal') return parseDecimal(text);
  return parseCount(text);
}
