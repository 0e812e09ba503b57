// Shape 4 with blank cells: one cell per line, blank lines between cells, and a blank cell written as blank
// line(s) of its own ('一、本年新收…' / six blank lines / ' 0'). The numbers alone are fewer than the columns;
// the count of blank lines says where they stand, when it can be read in one way only.
//
// A row is a label line, then for every cell either its value line or (a blank cell) `e` blank lines, with
// `s` blank lines separating neighbouring items. Neither s nor e is known, so every small (s, e) is tried;
// the row is read only when all readings that give the table's number of columns put the values in the same
// columns. The caller still checks the sums where there are any (table 三: R3).
import type { ValueCell } from './row-cells.js';
import { linesOf } from './cell-lines.js';

/** separators tried (blank lines between two items); a blank cell is 1 blank line or a whole item (s + 1) */
const SEPARATORS = [0, 1, 2];


/**
 * The row's cells with blank cells where the blank lines put them, or undefined when the content is not of
 * this shape or the blank lines fit the columns in more than one way (or none).
 */
export function blankLineCells(source: string, from: number, to: number, cells: ValueCell[], columns: number): ValueCell[] | undefined {
  const v = cells.length;
  if (v === 0 || v >= columns) return undefined;
  // the next row must follow: at the end of an excerpt the blank lines after the last value say nothing
  if (source.slice(to).trim() === '') return undefined;
  const lines = linesOf(source, from, to);
  // the label ends its line; the last piece is the start of the next label's line
  if (lines.length < 3 || lines[0].text !== '' || lines[lines.length - 1].text !== '') return undefined;
  const body = lines.slice(1, -1);
  // gaps[k] = blank lines before the k-th value (k = v: after the last one, up to the next text)
  const gaps: number[] = [0];
  const blankAt: number[][] = [[]];
  let k = 0;
  for (const line of body) {
    if (line.text === '') {
      gaps[gaps.length - 1]++;
      blankAt[blankAt.length - 1].push(line.start);
      continue;
    }
    // text (a row-span label such as '三、本年度办理结果') ends the row, once all its values were seen
    if (k === v) break;
    const c = cells[k];
    if (c.start < line.start || c.end > line.end || source.slice(c.start, c.end) !== line.text) return undefined;
    k++;
    gaps.push(0);
    blankAt.push([]);
  }
  if (k !== v) return undefined;

  const layouts = new Map<string, number[]>();
  for (const sep of SEPARATORS) {
    for (const e of new Set([1, sep + 1])) {
      const blanks = gaps.map((g) => (g - sep) / e);
      if (blanks.some((b) => b < 0 || !Number.isInteger(b))) continue;
      if (blanks.reduce((a, b) => a + b, 0) !== columns - v) continue;
      layouts.set(blanks.join(','), blanks);
    }
  }
  if (layouts.size !== 1) return undefined;
  const [blanks] = [...layouts.values()];
  const out: ValueCell[] = [];
  blanks.forEach((b, gi) => {
    // a blank cell's span is an empty line of its gap (there is no character to point at)
    for (let j = 0; j < b; j++) {
      const at = blankAt[gi][Math.min(blankAt[gi].length - 1, j)];
      out.push({ kind: 'blank', text: '', start: at, end: at });
    }
    if (gi < v) out.push(cells[gi]);
  });
  return out;
}
