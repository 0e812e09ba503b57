// The order of the five 法人或其他组织 columns of a flattened table 三, read off its header text. The
// template's order (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他) is assumed unless the header names
// all five, each once, in another order. Text with ' | ' separators (copied from a page or a document)
// keeps its header in column order, and so does one line of whitespace-aligned header cells (PDF layout
// text): their columns are mapped by the header. Header names spread over several lines without
// separators (PDF text one cell per line) may come in any order while the numbers keep theirs, so there a
// header in another order leaves the table out instead of being trusted either way.
import type { Compact } from './compact.js';
import { compactLabel } from './compact.js';
import { T3_COLUMNS } from './layouts.js';

export type T3Columns =
  | { kind: 'template' }
  /** order[c] = index in T3_COLUMNS of the column at text position c */
  | { kind: 'mapped'; order: number[] }
  | { kind: 'doubtful'; names: string[] };

const LEGAL = [1, 2, 3, 4, 5]; // indexes of the 法人或其他组织 columns in T3_COLUMNS

/** Positions in `header` of a column's label; '其他' inside '法人或其他组织' does not count. */
function positions(header: string, label: string): number[] {
  const out: number[] = [];
  const l = compactLabel(label);
  for (let i = header.indexOf(l); i >= 0; i = header.indexOf(l, i + 1)) {
    if (label === '其他' && header.slice(Math.max(0, i - 3), i) === '法人或') continue;
    out.push(i);
  }
  return out;
}

export function t3Columns(c: Compact, cFrom: number, cTo: number, piped: boolean, source: string): T3Columns {
  const header = c.text.slice(cFrom, cTo);
  const at: { col: number; pos: number }[] = [];
  for (const col of LEGAL) {
    const p = positions(header, T3_COLUMNS[col].labels[0]);
    if (p.length !== 1) return { kind: 'template' };
    at.push({ col, pos: p[0] });
  }
  const inText = at.slice().sort((a, b) => a.pos - b.pos).map((x) => x.col);
  if (inText.every((col, k) => col === LEGAL[k])) return { kind: 'template' };
  const first = c.pos[cFrom + Math.min(...at.map((x) => x.pos))];
  const last = c.pos[cFrom + Math.max(...at.map((x) => x.pos))];
  const oneLine = !source.slice(first, last).includes('\n');
  if (!piped && !oneLine) return { kind: 'doubtful', names: inText.map((col) => T3_COLUMNS[col].labels[0]) };
  return { kind: 'mapped', order: [0, ...inText, 6] };
}
