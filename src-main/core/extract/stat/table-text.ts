// The pre-2019 statistics table as it appears in the document text: rows joined by " | " (from .html/.docx
// tables), one row per line with unit and figure run together ("主动公开政府信息数 条41105"), or a whole table
// on one line with no separators at all (Fujian pages: "主动公开文件数条346085376其中:1、…").
// Rows are found by their labels (labels.ts); a row's figure is what follows its label, up to the next row.
import { normalize } from '../../normalize/index.js';
import { YEAR_SOURCE, parseYear } from '../years.js';
import { STAT_LABELS, STAT_TABLE_END, STAT_TABLE_START, STAT_UNITS, type StatLabel } from './labels.js';

export interface StatCell {
  value: number | null;
  start: number;
  end: number;
}

export interface StatRow {
  key: string;
  label: { start: number; end: number };
  /** the figure of the report year (null: the row is there but blank) */
  cell?: StatCell;
  /** a run of digits that lost the separator between 本年度 and 历年累计: the possible splits */
  splits?: { year: StatCell; total: number }[];
  /** the other column (历年累计) when it was read */
  total?: number | null;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sp = (s: string): string => [...s].map(esc).join('\\s*');
// Labels are compared in normalised form: whatever normalize() does to the document's words (including its
// phrase conversions) it does to the labels too.
const NORM_LABELS = STAT_LABELS.map((l) => ({ ...l, norm: normalize(l.label).text }));
// "…数" labels are also written "…数量" ("收到申请数量"): the 量 belongs to the label, not to the figure.
const LABEL_RE = new RegExp(
  NORM_LABELS.map((l) => sp(l.norm) + (l.norm.endsWith('数') ? '(?:\\s*量)?' : ''))
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const BY_LABEL = new Map<string, StatLabel>(NORM_LABELS.map((l) => [l.norm, l]));
// Numbering before a row label: 一、 (一) 1. 1、 其中: — also in a cell of its own ("(一) | 主动公开…", "| 3 | 其中:…").
const ROW_NUMBERING =
  /(?:(?<=^|\n)[ \t]*(?:\|[ \t]*)?\d{1,2}[ \t]*\|[ \t]*)?(?:其中\s*[:：]?\s*)?(?:(?:[一二三四五六七八九十]+\s*、|[(（]\s*[一二三四五六七八九十]+\s*[)）]|(?<!\d)\d\s*[、.．]|\d\s*、)\s*(?:\|\s*)?)?(?:其中\s*[:：]?\s*)?$/;
const UNIT_RE = new RegExp(`^(?:${STAT_UNITS.join('|')})`);
const NUMBER_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/;
const BLANK_RE = /^(?:—+|–|-{1,2}|\/|无)(?![\u4e00-\u9fff])/;

export interface StatTableText {
  rows: StatRow[];
  /** the table has two figure columns (本年度 and 历年累计) */
  twoColumns: boolean;
  region: { start: number; end: number };
}

/**
 * Which header words name which figure column: this year's ("本年度", "统计数", "2017年" in a 2017 report) or
 * another one ("历年累计", "上年度", "去年同期", "2016年"). A table with another column must say which is this
 * year's, or its figures are not read.
 */
const OTHER_COLUMN = /累\s*计|上\s*一?\s*年|去\s*年|同\s*期/;
// "年度" alone ("本年度", "年度数"), not after a year ("2016年度": the year decides) nor 上年度
const THIS_COLUMN = /本\s*年|(?<![上一\d〇○O零二三四五六七八九]\s*)年\s*度|统\s*计\s*数|本\s*期/;
const HEADER_YEAR = new RegExp(`(${YEAR_SOURCE})\\s*年`, 'g');

/**
 * Figure columns headed by a year: the report year's is this year's, any other year's another column. Without
 * the report year a single year is taken for this year's ("2016年度 | 历年累计"); several cannot be told apart.
 */
function headerYears(header: string, reportYear: number | undefined): { thisAt: number; otherAt: number; ambiguous: boolean } {
  const first = new Map<number, number>();
  HEADER_YEAR.lastIndex = 0;
  for (let m = HEADER_YEAR.exec(header); m; m = HEADER_YEAR.exec(header)) {
    const y = parseYear(m[1]);
    if (y !== undefined && !first.has(y)) first.set(y, m.index);
  }
  if (reportYear === undefined) {
    const only = first.size === 1 ? [...first.values()][0] : -1;
    return { thisAt: only, otherAt: -1, ambiguous: first.size > 1 };
  }
  const others = [...first].filter(([y]) => y !== reportYear).map(([, at]) => at);
  return { thisAt: first.get(reportYear) ?? -1, otherAt: others.length ? Math.min(...others) : -1, ambiguous: false };
}

/** Finds the statistics table in the text and reads its rows; undefined when there is none. */
export function readStatTable(text: string, reportYear?: number): StatTableText | undefined {
  const head = STAT_TABLE_START.exec(text);
  const start = head ? head.index : denseLabels(text);
  if (start === undefined) return undefined;
  const tail = STAT_TABLE_END.exec(text.slice(start));
  const end = tail ? start + tail.index : Math.min(text.length, start + 20000);
  // the header: up to the first row label
  LABEL_RE.lastIndex = start;
  const firstLabel = LABEL_RE.exec(text);
  const header = text.slice(start, Math.min(end, start + 200, firstLabel ? firstLabel.index : end));
  const years = headerYears(header, reportYear);
  const words = { other: header.search(OTHER_COLUMN), this: header.search(THIS_COLUMN) };
  const otherAt = [words.other, years.otherAt].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  const thisAt = [words.this, years.thisAt].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  const twoColumns = otherAt >= 0;
  // two figure columns and no word for this year's: which is the report year's cannot be told
  if (years.ambiguous || (twoColumns && thisAt < 0)) return undefined;
  const yearColumn = twoColumns && thisAt > otherAt ? 1 : 0;
  const columns = headerColumns(text, start, reportYear);

  const hits: { at: number; end: number; label: StatLabel }[] = [];
  LABEL_RE.lastIndex = start;
  for (let m = LABEL_RE.exec(text); m && m.index < end; m = LABEL_RE.exec(text)) {
    const label = BY_LABEL.get(m[0].replace(/\s+/g, '')) ?? BY_LABEL.get(m[0].replace(/\s+/g, '').replace(/量$/, ''));
    if (label) hits.push({ at: m.index, end: m.index + m[0].length, label });
  }
  if (hits.length < 3) return undefined;

  const rows: StatRow[] = [];
  let block: string | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const next = i + 1 < hits.length ? rowStart(text, hits[i + 1].at) : end;
    const key = h.label.inBlock ? (block ? h.label.inBlock[block] : undefined) : h.label.key;
    if (h.label.key === 'stat.review.total' || h.label.key === 'stat.suit.total') block = h.label.key;
    if (!key) continue;
    const row: StatRow = { key, label: { start: h.at, end: h.end } };
    const positional = columns && cellByColumn(text, h.end, Math.max(h.end, next), columns);
    if (positional) {
      row.cell = positional;
      rows.push(row);
      continue;
    }
    const cells = readCells(text, h.end, Math.max(h.end, next));
    if (cells.tokens.length >= 2 || (!twoColumns && cells.tokens.length === 1)) {
      row.cell = cells.tokens[twoColumns ? yearColumn : 0];
      if (twoColumns) row.total = cells.tokens[1 - yearColumn].value;
    } else if (cells.tokens.length === 1) {
      const t = cells.tokens[0];
      const s = t.value === null ? undefined : splitRun(text.slice(t.start, t.end), t.start, yearColumn);
      if (t.value === null) row.cell = t;
      else if (s && s.length === 1) {
        row.cell = s[0].year;
        row.total = s[0].total;
      } else if (s && s.length > 1) row.splits = s;
    } else if (cells.unit) {
      row.cell = { value: null, start: h.end, end: h.end };
    } else continue;
    rows.push(row);
  }
  return { rows, twoColumns, region: { start, end } };
}

/** Without a header row: where at least 8 row labels come within 3,000 characters (a table, not prose). */
function denseLabels(text: string): number | undefined {
  const at: number[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) at.push(m.index);
  for (let i = 0; i + 7 < at.length; i++) if (at[i + 7] - at[i] <= 3000) return rowStart(text, at[i]);
  return undefined;
}

/** The columns after the label column of a header row written with " | " separators, and which holds this year. */
interface Columns {
  year: number;
  count: number;
}

function headerColumns(text: string, start: number, reportYear: number | undefined): Columns | undefined {
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  if (!line.includes('|')) return undefined;
  const cells = line.split('|').map((c) => c.replace(/\s+/g, ''));
  const labelAt = cells.findIndex((c) => /指标|名称/.test(c));
  if (labelAt < 0) return undefined;
  const after = cells.slice(labelAt + 1);
  while (after.length && after[after.length - 1] === '') after.pop();
  const isThis = (c: string): boolean => {
    if (OTHER_COLUMN.test(c)) return false;
    const y = new RegExp(`^(${YEAR_SOURCE})年度?`).exec(c);
    if (y) return parseYear(y[1]) === reportYear;
    return /本年|年度|统计数|本期|数量/.test(c);
  };
  const year = after.findIndex(isThis);
  return year < 0 ? undefined : { year, count: after.length };
}

/**
 * A row whose cells are " | "-separated and line up with the header: the cell under the report-year
 * column (an empty cell or a blank mark is null). Undefined when the row does not line up.
 */
function cellByColumn(text: string, from: number, to: number, columns: Columns): StatCell | undefined {
  const nl = text.indexOf('\n', from);
  const lineEnd = Math.min(to, nl < 0 ? text.length : nl);
  const seg = text.slice(from, lineEnd);
  if (!seg.includes('|')) return undefined;
  const parts: { s: string; at: number }[] = [];
  let at = from;
  for (const p of seg.split('|')) {
    parts.push({ s: p, at });
    at += p.length + 1;
  }
  parts.shift(); // the rest of the label's own cell (a note in brackets)
  while (parts.length && parts[parts.length - 1].s.trim() === '') parts.pop();
  if (parts.length !== columns.count && parts.length !== columns.count - 1) return undefined;
  const cell = parts[columns.year];
  if (!cell || cell.s.trim() === '') return { value: null, start: from, end: from };
  const lead = cell.s.length - cell.s.trimStart().length;
  const body = cell.s.trim();
  const n = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(body);
  if (n && new RegExp(`^${n[0].replace('.', '\\.')}(?:${STAT_UNITS.join('|')})?$`).test(body)) {
    return { value: Number(n[0].replace(/,/g, '')), start: cell.at + lead, end: cell.at + lead + n[0].length };
  }
  if (BLANK_RE.test(body) && body.length <= 2) return { value: null, start: cell.at + lead, end: cell.at + lead + body.length };
  return undefined;
}

function rowStart(text: string, at: number): number {
  const from = Math.max(0, at - 20);
  // a sentinel keeps a slice that starts mid-line from looking like a line start
  const before = (from > 0 && text[from - 1] !== '\n' ? '\u0000' : '') + text.slice(from, at);
  const m = ROW_NUMBERING.exec(before);
  return m ? at - m[0].length : at;
}

/** The figures after a label: notes in brackets, a unit, then up to two figures or blank marks. */
function readCells(text: string, from: number, to: number): { tokens: StatCell[]; unit: boolean } {
  const seg = text.slice(from, to);
  const tokens: StatCell[] = [];
  let unit = false;
  let i = 0;
  const skip = (): void => {
    for (;;) {
      while (i < seg.length && /[\s|:：]/.test(seg[i])) i++;
      if (seg[i] === '(' || seg[i] === '（') {
        const close = seg.slice(i).search(/[)）]/);
        if (close < 0) return;
        i += close + 1;
        continue;
      }
      return;
    }
  };
  skip();
  const u = UNIT_RE.exec(seg.slice(i));
  if (u) {
    unit = true;
    i += u[0].length;
  }
  while (tokens.length < 2) {
    skip();
    const rest = seg.slice(i);
    const n = NUMBER_RE.exec(rest);
    if (n) {
      tokens.push({ value: Number(n[0].replace(/,/g, '')), start: from + i, end: from + i + n[0].length });
      i += n[0].length;
      const u2 = UNIT_RE.exec(seg.slice(i));
      if (u2) i += u2[0].length;
      continue;
    }
    const b = BLANK_RE.exec(rest);
    if (b) {
      tokens.push({ value: null, start: from + i, end: from + i + b[0].length });
      i += b[0].length;
      continue;
    }
    break;
  }
  return { tokens, unit };
}

/** Splits a run of digits into (this year, cumulative) with no leading zeros and this year ≤ cumulative. */
function splitRun(run: string, at: number, yearColumn: number): { year: StatCell; total: number }[] | undefined {
  if (!/^\d{2,}$/.test(run)) return undefined;
  const out: { year: StatCell; total: number }[] = [];
  for (let k = 1; k < run.length; k++) {
    const a = run.slice(0, k);
    const b = run.slice(k);
    if ((a.length > 1 && a[0] === '0') || (b.length > 1 && b[0] === '0')) continue;
    const [y, t] = yearColumn === 0 ? [a, b] : [b, a];
    if (Number(y) > Number(t)) continue;
    const ys = yearColumn === 0 ? at : at + k;
    out.push({ year: { value: Number(y), start: ys, end: ys + y.length }, total: Number(t) });
  }
  return out;
}
