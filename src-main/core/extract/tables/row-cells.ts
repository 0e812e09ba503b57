// The value cells of one flattened table row: the text between a row's label and the next label, read as
// cells. Two modes:
//   pipe  — the row has ' | ' separators (shapes 1, 2, 3, 5): cells are the segments between pipes, an
//           empty segment between values is a blank cell, trailing empty runs ('|||') are padding;
//   space — no separators (shapes 4, 6, 7): numbers are whitespace-separated tokens, text between them
//           (wrapped labels, row-span label characters, page numbers) is skipped; a digit run glued to
//           text ('数量640020470') may hold several cells and is left to the digit-split solver; one cell
//           per line with blank cells as blank lines is laid out by blank-lines.ts when the caller gives
//           the number of columns.

import { parseSigned } from '../values.js';
import { blankLineCells } from './blank-lines.js';
import { cellLineCells } from './cell-lines.js';

export interface ValueCell {
  kind: 'num' | 'blank';
  /** the cell's value text (digits with sign/decimals/separators, or the blank mark; '' for an empty pipe cell) */
  text: string;
  /** offsets in the source string of the value characters */
  start: number;
  end: number;
  /**
   * space mode: two or more blanks on one line separate this number from the number before it. Where digits
   * run together that is the trace of blank cells between them (a blank cell left its space, nothing else):
   * such a row is not split as if every cell held a digit.
   */
  gapBefore?: boolean;
}

export interface RowCells {
  mode: 'pipe' | 'space';
  cells: ValueCell[];
  /** set when the content cannot be read as one row (why, in Chinese) */
  problem?: string;
  /** space mode: at least one number run touches text (shape 6): a run may hold several cells */
  glued: boolean;
  /** space mode: text occurs between the numbers (PDF column order, wrapped labels): order not certain */
  interleaved?: boolean;
  /** space mode: blank cells placed by the blank lines between one-cell lines (blank-lines.ts) */
  blankLines?: boolean;
  /** pipe mode: no value, every cell of the row explicitly empty (separators on the row's line) */
  allBlank?: boolean;
  /** pipe mode: one cell per line, each closed by '|', blank cells as bare '|' lines (cell-lines.ts) */
  cellLines?: boolean;
  /** pipe mode: the groups of values when the row holds several (a row split into labelled sub-rows) */
  subRows?: ValueCell[][];
}

const BLANK = new Set(['—', '——', '–', '-', '--', '－', '/', '／', '\\', '无', '─', '―']);
const WS = /[\s\u00a0\u3000\u200b\ufeff]/;
// A number as cells write it: optional sign, digits with optional thousands separators, optional decimals.
const NUMBER = /[+\-－−﹣]?\d+(?:[,，]\d{3})*(?:\.\d+)?/g;
const WHOLE_NUMBER = /^[+\-－−﹣]?\d+(?:[,，]\d{3})*(?:\.\d+)?(?:万元|亿元|元|件|条|个|项|次)?$/;
const PAGE_NO = /^[-—–]\s*\d{1,3}\s*[-—–]$/;

function foldDigits(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0b\uff0d\uff0c\uff0e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export interface Seg {
  text: string;
  start: number;
  end: number;
  /** the untrimmed segment spans a line break */
  nl: boolean;
}

function trimSeg(source: string, start: number, end: number): Seg {
  const nl = source.slice(start, end).includes('\n');
  while (start < end && WS.test(source[start])) start++;
  while (end > start && WS.test(source[end - 1])) end--;
  return { text: source.slice(start, end), start, end, nl };
}

/**
 * One pipe segment, split at line breaks when it holds several non-empty lines (rows written without a
 * closing pipe run a value and the next line's text into one segment: '470\n第二十条第(五)项').
 */
function pushLines(source: string, start: number, end: number, segs: Seg[]): void {
  const parts: Seg[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || source[i] === '\n') {
      const t = trimSeg(source, s, i);
      if (t.text !== '') parts.push(t);
      s = i + 1;
    }
  }
  if (parts.length === 0) segs.push(trimSeg(source, start, end));
  else for (const p of parts) segs.push(...splitNumbers(source, p));
}

/**
 * A segment holding whitespace-separated numbers ('0    0    0', mixed pipe/space text), possibly after
 * label text ('（区分处理的…）    0    0 …'), is that text and several cells.
 */
function splitNumbers(source: string, seg: Seg): Seg[] {
  if (!/\s/.test(seg.text)) return [seg];
  const toks: Seg[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg.text))) toks.push({ text: m[0], start: seg.start + m.index, end: seg.start + m.index + m[0].length, nl: false });
  const numeric = (t: Seg) => WHOLE_NUMBER.test(foldDigits(t.text)) || BLANK.has(foldDigits(t.text));
  let f = toks.length;
  while (f > 0 && numeric(toks[f - 1])) f--;
  if (f === toks.length || (f > 0 && toks.length - f < 2)) return [seg];
  const head = f > 0 ? [{ text: source.slice(toks[0].start, toks[f - 1].end), start: toks[0].start, end: toks[f - 1].end, nl: false }] : [];
  return [...head, ...toks.slice(f)];
}

/** Classify one pipe segment: a value cell, an empty cell, or text. */
function classify(source: string, seg: Seg): ValueCell | 'empty' | 'text' | 'skip' {
  if (seg.text === '') return 'empty';
  const t = foldDigits(seg.text);
  if (PAGE_NO.test(t) || /^第\s*\d{1,3}\s*页/.test(t)) return 'skip';
  if (BLANK.has(t)) return { kind: 'blank', text: seg.text, start: seg.start, end: seg.end };
  const signed = parseSigned(seg.text);
  if (signed && signed.value !== null && !/^[+\-－]?\d/.test(t)) {
    // '增加3' / '减少2'
    return { kind: 'num', text: seg.text.slice(signed.start, signed.end), start: seg.start + signed.start, end: seg.start + signed.end };
  }
  // digits broken by spaces ('7 5 3') are not read as a figure; a space before the unit is fine
  if (WHOLE_NUMBER.test(t.replace(/(\d)\s+(?=万元|亿元|元|件|条|个|项|次)/, '$1'))) {
    NUMBER.lastIndex = 0;
    const m = NUMBER.exec(t);
    if (m) return { kind: 'num', text: seg.text.slice(m.index, m.index + m[0].length), start: seg.start + m.index, end: seg.start + m.index + m[0].length };
  }
  return 'text';
}

/**
 * A row with no value at all whose own line closes at least `columns` empty cells with separators
 * ('行政事业性收费 | | | |'): every cell of the row is there and blank. With fewer separators (an empty run
 * collapsed to '|', one cell per line) the number of cells is not known and nothing is said.
 */
function explicitBlanks(source: string, from: number, to: number, columns: number): ValueCell[] | undefined {
  const nl = source.indexOf('\n', from);
  const end = nl < 0 || nl > to ? to : nl;
  const pipes: number[] = [];
  for (let i = from; i < end; i++) if (source[i] === '|') pipes.push(i);
  const cells: ValueCell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    if (source.slice(pipes[k] + 1, pipes[k + 1]).trim() !== '') return undefined;
    cells.push({ kind: 'blank', text: '', start: pipes[k] + 1, end: pipes[k] + 1 });
  }
  return cells.length >= columns ? cells.slice(0, columns) : undefined;
}

function readPipe(source: string, from: number, to: number, columns?: number): RowCells {
  const segs: Seg[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || source[i] === '|') {
      pushLines(source, s, i, segs);
      s = i + 1;
    }
  }
  // Leading text cells continue the label; values follow.
  const groups: ValueCell[][] = [];
  let cur: ValueCell[] | null = null;
  let pendingEmpty: Seg[] = [];
  for (let k = 0; k < segs.length; k++) {
    const cls = classify(source, segs[k]);
    // segs[0] is the rest of the label cell (or, for a row of bare numbers, its first value)
    if ((k === 0 && cls === 'empty') || cls === 'skip') continue;
    if (cls === 'text') {
      if (cur) groups.push(cur);
      // a sentence after the values is running text after the table, not a sub-row label
      if (groups.length > 0 && isSentence(segs[k].text)) break;
      cur = null;
      pendingEmpty = [];
      continue;
    }
    if (cls === 'empty') {
      pendingEmpty.push(segs[k]);
      continue;
    }
    // empty segments between values are blank cells; before the first value only on the same line
    // (an empty run at the end of a header line, or the '|\n|' between two rows, is not a cell)
    const lead = cur === null;
    if (!cur) cur = [];
    for (const e of pendingEmpty) {
      if (lead && (e.nl || source.slice(e.start, cls.start).includes('\n'))) continue;
      cur.push({ kind: 'blank', text: '', start: e.start, end: e.start });
    }
    pendingEmpty = [];
    cur.push(cls);
  }
  if (cur && groups[groups.length - 1] !== cur) groups.push(cur);
  if (groups.length > 1) return { mode: 'pipe', cells: groups[0], glued: false, problem: '一行中有多组数字（可能含子行）', subRows: groups };
  if (groups.length === 0 && columns !== undefined) {
    const blanks = explicitBlanks(source, from, to, columns);
    if (blanks) return { mode: 'pipe', cells: blanks, glued: false, allBlank: true };
  }
  if (groups.length <= 1 && columns !== undefined && (groups[0]?.length ?? 0) < columns) {
    const laid = cellLineCells(source, from, to, columns, (seg) => classify(source, seg));
    if (laid) return { mode: 'pipe', cells: laid, glued: false, cellLines: true };
  }
  return { mode: 'pipe', cells: groups[0] ?? [], glued: false };
}

/** The text of the non-blank line before (dir -1) or after (dir 1) the line holding `at`, trimmed. */
function neighbourLine(source: string, at: number, dir: -1 | 1): string {
  let i = at;
  for (let skipped = 0; skipped < 3; skipped++) {
    // move to the neighbouring line
    if (dir < 0) {
      const ls = source.lastIndexOf('\n', i - 1);
      if (ls < 0) return '';
      const ps = source.lastIndexOf('\n', ls - 1) + 1;
      const t = source.slice(ps, ls).trim();
      if (t) return t;
      i = ps;
    } else {
      const le = source.indexOf('\n', i);
      if (le < 0) return '';
      const ne = source.indexOf('\n', le + 1);
      const t = source.slice(le + 1, ne < 0 ? source.length : ne).trim();
      if (t) return t;
      i = le + 1;
    }
  }
  return '';
}

/**
 * A '无' alone on its line between lines of one character each is a character of a row-span label written
 * one character per line ('（四）无法提供' in PDF text), not a blank cell.
 */
function inVerticalLabel(source: string, start: number, end: number): boolean {
  if (!/^[\u4e00-\u9fff]$/.test(source.slice(start, end))) return false;
  const ls = source.lastIndexOf('\n', start - 1) + 1;
  const le = source.indexOf('\n', end);
  if (source.slice(ls, le < 0 ? source.length : le).trim() !== source.slice(start, end)) return false;
  const single = (t: string) => [...t].length === 1 && !/\d/.test(t);
  return single(neighbourLine(source, start, -1)) || single(neighbourLine(source, end, 1));
}

/** A year: four digits 19xx/20xx followed by 年 (spaces on the same line may stand between). */
function isYear(source: string, digits: string, end: number): boolean {
  if (!/^(?:19|20)\d\d$/.test(digits)) return false;
  let i = end;
  while (i < source.length && (source[i] === ' ' || source[i] === '\t' || source[i] === '\u3000')) i++;
  return source[i] === '年';
}

/** Number runs of a whitespace-delimited token; text parts are dropped. */
function tokenRuns(source: string, start: number, end: number, out: ValueCell[]): { glued: boolean; text: boolean } {
  const tok = foldDigits(source.slice(start, end));
  if (PAGE_NO.test(tok)) return { glued: false, text: false };
  if (BLANK.has(tok)) {
    if (inVerticalLabel(source, start, end)) return { glued: false, text: true };
    out.push({ kind: 'blank', text: source.slice(start, end), start, end });
    return { glued: false, text: false };
  }
  let glued = false;
  let covered = 0;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(tok))) {
    let a = m.index;
    // a '-' or '+' glued to text on its left is punctuation, not a sign ('1-3', '第-'), unless at token start
    if ('+-－−﹣'.includes(m[0][0]) && a > 0) a += 1;
    // a change written in words ('增加3', '减少2') keeps its word: the value's sign depends on it
    const word = /(?:增加|减少|新增|增|减)$/.exec(tok.slice(0, a));
    if (word && !/\d/.test(tok.slice(0, word.index).slice(-1))) a = word.index;
    const b = m.index + m[0].length;
    // an item number at the start of a label ('1.属于国家秘密', '2、申请人…') is not a cell
    if (m.index === 0 && /^\d{1,2}$/.test(m[0]) && /^[.、．][^\d]/.test(tok.slice(b))) continue;
    // nor is the number of an article or item in a heading ('第二十条第(5)项', '第20条')
    if (/第[(（]?$/.test(tok.slice(0, a)) && /^[)）]?[项条款]/.test(tok.slice(b))) continue;
    // a year ('2020 年，我单位…', '(指2019年事项数)') and a figure inside a sentence ('收到申请3件，均已办结。')
    // are prose, not cells
    if (isYear(source, m[0], start + b) || /^[^\d|]*[\u4e00-\u9fff][^\d|]*[。；;，,]/.test(tok.slice(b))) continue;
    const unit = /^(?:万元|亿元|元|件|条|个|项|次)(?![\u4e00-\u9fff])/.exec(tok.slice(b));
    const after = b + (unit ? unit[0].length : 0);
    if (a > 0 || after < tok.length) glued = true;
    covered += after - a;
    out.push({ kind: 'num', text: source.slice(start + a, start + b), start: start + a, end: start + b });
  }
  return { glued, text: covered < tok.length };
}

// A line that is only a page number ('-3-', '— 3 —', '第3页', '第 3 页 共 6 页'): not part of the table.
const PAGE_LINE = /^[ \t\f\u3000]*(?:[-—–][ \t]*\d{1,3}[ \t]*[-—–]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t\f\u3000]*$/gm;

function pageLines(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = source.slice(from, to);
  PAGE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAGE_LINE.exec(slice))) {
    if (m[0].length === 0) {
      PAGE_LINE.lastIndex++;
      continue;
    }
    out.push([from + m.index, from + m.index + m[0].length]);
  }
  return out;
}

function readSpace(source: string, from: number, to: number, stopAtProse = true, columns?: number): RowCells {
  const pages = pageLines(source, from, to);
  const cells: ValueCell[] = [];
  let glued = false;
  let interleaved = false;
  let textAfterCells = false;
  // end of the last token when it was a number (or numbers) only, for the blank run before the next one
  let prevNumEnd = -1;
  let lastTokEnd = -1;
  let i = from;
  while (i < to) {
    while (i < to && WS.test(source[i])) i++;
    let j = i;
    while (j < to && !WS.test(source[j])) j++;
    if (j > i && pages.some(([a, b]) => i >= a && j <= b)) {
      i = j;
      continue;
    }
    if (j > i) {
      const before = cells.length;
      const gap = source.slice(prevNumEnd, i);
      const wide = prevNumEnd >= 0 && prevNumEnd === lastTokEnd && gap.length >= 2 && !/[\n\r]/.test(gap);
      // running text after the numbers ends the row (a table followed by prose, no heading found)
      if (stopAtProse && before > 0 && !/^[\d+\-－]/.test(source[i]) && isSentence(source.slice(i, j))) break;
      const r = tokenRuns(source, i, j, cells);
      if (cells.length > before) {
        if (wide && !/^\D/.test(source[i])) cells[before].gapBefore = true;
        // a token ending in its number ('总计1000') is a digit group for the next one
        prevNumEnd = cells[cells.length - 1].end === j ? j : -1;
      } else prevNumEnd = -1;
      lastTokEnd = j;
      // a token that touches the label before or after the content ('规章000规范性文件') is glued too
      const touches = (i === from && i > 0 && !WS.test(source[i - 1])) || (j === to && j < source.length && !WS.test(source[j]));
      if (r.glued || (touches && cells.length > before)) glued = true;
      // text between numbers (header words or labels in PDF column order) makes the order doubtful
      if (cells.length > before && textAfterCells) interleaved = true;
      if (r.text && cells.length > 0) textAfterCells = true;
    }
    i = j;
  }
  if (columns !== undefined && !glued && !interleaved && cells.length < columns) {
    const laid = blankLineCells(source, from, to, cells, columns);
    if (laid) return { mode: 'space', cells: laid, glued, interleaved, blankLines: true };
  }
  return { mode: 'space', cells, glued, interleaved };
}

/** Prose rather than a (wrapped) label: a full stop, or too long for a label fragment. */
function isSentence(text: string): boolean {
  return /[。；;]/.test(text) || text.length >= 24;
}

/**
 * Read the value cells of the row content source[from, to). `stopAtProse: false` when the caller knows where
 * the table ends: a long wrapped label tail ('理由逾期不补正、行政机关不再处理其政府信息公开申请') then does not
 * end it.
 */
export function readRowCells(source: string, from: number, to: number, opts: { stopAtProse?: boolean; columns?: number } = {}): RowCells {
  for (let i = from; i < to; i++) if (source[i] === '|') return readPipe(source, from, to, opts.columns);
  return readSpace(source, from, to, opts.stopAtProse ?? true, opts.columns);
}
