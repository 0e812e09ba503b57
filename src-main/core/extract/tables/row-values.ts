// From the value cells of a row to numbers: direct when the row has exactly as many cells as columns,
// else (digits run together) every split that the given arithmetic accepts.
import { parseByType, type ValueKind } from '../values.js';
import { enumerateSplits, type Run, type SplitCell } from './digit-split.js';
import type { ValueCell } from './row-cells.js';

export interface CellValue {
  value: number | null;
  start: number;
  end: number;
  /** index of the source cell (structured tables: the cell's position) */
  cell?: ValueCell;
}

export type RowValues =
  | { kind: 'direct'; values: CellValue[] }
  | { kind: 'split'; candidates: CellValue[][]; truncated: boolean }
  | { kind: 'none'; why: string };

/** Read one cell as the given kind; span narrowed to the figure's characters. */
export function cellValue(cell: ValueCell, kind: ValueKind): CellValue | undefined {
  if (cell.kind === 'blank') return { value: null, start: cell.start, end: cell.end, cell };
  const p = parseByType(cell.text, kind);
  if (!p) return undefined;
  if (p.value === null) return { value: null, start: cell.start, end: cell.end, cell };
  return { value: p.value, start: cell.start + p.start, end: cell.start + p.end, cell };
}

function runOf(cell: ValueCell): Run | undefined {
  if (cell.kind !== 'num') return undefined;
  if (/^\d+$/.test(cell.text)) return { digits: cell.text, start: cell.start };
  return undefined;
}

/**
 * Values of a row with `kinds.length` columns. `accept` is the row's own arithmetic (or none);
 * `allowSplit` permits splitting digit runs (only for text without separators).
 */
export function rowValues(
  cells: ValueCell[],
  kinds: ValueKind[],
  opts: { allowSplit: boolean; accept?: (v: number[]) => boolean; prune?: (v: number[]) => boolean },
): RowValues {
  const n = kinds.length;
  if (cells.length === n) {
    const values: CellValue[] = [];
    for (let i = 0; i < n; i++) {
      const v = cellValue(cells[i], kinds[i]);
      if (!v) return { kind: 'none', why: `无法读取数值“${cells[i].text}”` };
      values.push(v);
    }
    return { kind: 'direct', values };
  }
  if (cells.length > n) return { kind: 'none', why: `应有${n}个数，实有${cells.length}个` };
  if (!opts.allowSplit || cells.length === 0) return { kind: 'none', why: `应有${n}个数，实有${cells.length}个` };
  // Blanks between the digit groups are where blank cells were: the digits cannot be dealt one or more to
  // every column (report-format.md §4, shape 6 with blank cells).
  if (cells.some((c) => c.gapBefore)) return { kind: 'none', why: '数字连写，且数字之间有连续空格（可能是空白单元格），无法确定各数所在列' };
  // Only whole digit runs may be split; a run with a sign, separator or decimals stays one cell.
  const runs: Run[] = [];
  for (const c of cells) {
    if (c.kind === 'blank') return { kind: 'none', why: '数字连写且含空白单元格' };
    const r = runOf(c);
    if (r) runs.push(r);
    else {
      const v = cellValue(c, 'decimal');
      if (!v || v.value === null) return { kind: 'none', why: `无法读取数值“${c.text}”` };
      runs.push({ digits: '#', start: v.start, fixed: { value: v.value, end: v.end } });
    }
  }
  // kinds other than int need their cell to be a single run: signed and decimal cells are not split
  const s = enumerateSplits(runs, n, opts.accept ?? (() => true), opts.prune);
  return {
    kind: 'split',
    candidates: s.candidates.map((cand: SplitCell[]) => cand.map((c) => ({ value: c.value, start: c.start, end: c.end }))),
    truncated: s.truncated,
  };
}

/**
 * Splits without any arithmetic: trusted only when the digits can be read in one way at all, blank cells
 * included. A blank cell leaves no digit in text without separators, so '111' in three cells is not forced
 * (it may be 1|11 with a blank, or 111 and two blanks): the digits force their split only when they cannot
 * make fewer cells than the row has. A cell starts with a non-zero digit unless it is '0', so a run makes
 * at least (its leading zeros) + (1 if a non-zero digit follows) cells: '000' must be 0|0|0, '0012' 0|0|12.
 */
export function forcedSplit(cells: ValueCell[], kinds: ValueKind[]): CellValue[] | undefined {
  const r = rowValues(cells, kinds, { allowSplit: false });
  if (r.kind === 'direct') return r.values;
  if (cells.length > kinds.length || cells.some((c) => c.kind === 'blank')) return undefined;
  let fewest = 0;
  for (const c of cells) {
    const run = runOf(c);
    if (!run) fewest += 1;
    else {
      const zeros = /^0*/.exec(run.digits)![0].length;
      fewest += zeros + (zeros < run.digits.length ? 1 : 0);
    }
  }
  if (fewest !== kinds.length) return undefined;
  const s = rowValues(cells, kinds, { allowSplit: true });
  if (s.kind === 'split' && !s.truncated && s.candidates.length === 1) return s.candidates[0];
  return undefined;
}
