// Shape 3 with blank cells: one cell per line, every cell line closed by '|', a blank cell a bare '|' line
// ('一、本年新收…申请数量 |' / six '|' lines / '0 |' / '||'). Each cell is delimited, so the cells can be
// counted — unlike a run of empty separators collapsed into one line ('|||'), which is padding, not cells.
//
// Two things look like a bare cell and are not: a line of several pipes ('||', '|||') between rows, and in
// tables that open every row with a bare '|' line, that opener. The opener is recognised by the row's own
// label line standing after a bare '|' line; then the last bare line before the next label is the next
// row's opener. The row is read only when the cells are exactly the table's columns, and never at the end
// of an excerpt (the blank cells after the last value may be cut off).
import type { Seg, ValueCell } from './row-cells.js';

type Classify = (seg: Seg) => ValueCell | 'empty' | 'text' | 'skip';

/** A line of the source between two offsets, with its trimmed text. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The lines of source[from, to); the last one ends at `to`. */
export function linesOf(source: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || source[i] === '\n') {
      lines.push({ start: s, end: i, text: source.slice(s, i).trim() });
      s = i + 1;
    }
  }
  return lines;
}

/** The row's label line comes right after a bare '|' line (blank lines aside). */
function opensWithBarePipe(source: string, from: number): boolean {
  let end = source.lastIndexOf('\n', from - 1);
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const t = source.slice(start, end).trim();
    if (t !== '') return t === '|';
    end = start - 1;
  }
  return false;
}

const SEPARATOR = /^\|(?:\s*\|)+$/;
const CELL = /^([^|]*?)\s*\|$/;

/**
 * The row's cells (blank cells with empty text) when source[from, to) — the rest of the label line, then
 * one line per cell — is of this shape and holds exactly `columns` cells; otherwise undefined.
 */
export function cellLineCells(source: string, from: number, to: number, columns: number, classify: Classify): ValueCell[] | undefined {
  if (source.slice(to).trim() === '') return undefined;
  const lines = linesOf(source, from, to);
  // the label closes its line with '|'; the last piece is the start of the next label's line
  if (lines.length < 3 || lines[0].text !== '|' || lines[lines.length - 1].text !== '') return undefined;
  const items: ValueCell[] = [];
  // after the cells: a row separator, or the label of a row with no values of its own ('三、本年度办理结果 |')
  let ended = false;
  for (const line of lines.slice(1, -1)) {
    if (line.text === '') continue;
    if (SEPARATOR.test(line.text)) {
      if (items.length > 0) ended = true;
      continue;
    }
    const m = CELL.exec(line.text);
    if (!m) return undefined;
    const lead = source.indexOf(line.text, line.start);
    const cls: ValueCell | 'empty' | 'text' | 'skip' =
      m[1] === '' ? { kind: 'blank', text: '', start: lead, end: lead } : classify({ text: m[1], start: lead, end: lead + m[1].length, nl: false });
    if (cls === 'text' && items.length > 0) {
      ended = true;
      continue;
    }
    // a cell after the row has ended: the content holds more than one row
    if (typeof cls === 'string' || ended) return undefined;
    items.push(cls);
  }
  if (opensWithBarePipe(source, from)) {
    // the last bare line is the next row's opener; a row without one is not this layout
    const last = items[items.length - 1];
    if (last === undefined || last.kind !== 'blank' || last.text !== '') return undefined;
    items.pop();
  }
  return items.length === columns ? items : undefined;
}
