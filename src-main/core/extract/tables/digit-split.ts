// Shape 6: the digits of neighbouring cells run together ('640020470' = 64|0|0|2|0|4|70). A run may hold
// several cells; runs separated by whitespace or text are hard boundaries. We enumerate every split into
// the expected number of cells (each cell 1..n digits, no leading zero except '0' itself) that satisfies
// the row's own arithmetic, and let the caller combine rows with the table's column sums.

export interface Run {
  /** digits only */
  digits: string;
  /** offset of digits[0] in the source string */
  start: number;
  /** a cell that cannot be split (has a sign, separators or decimals): exactly one cell with this value */
  fixed?: { value: number; end: number };
}

export interface SplitCell {
  value: number;
  start: number;
  end: number;
}

/** Candidate splits; `truncated` when the enumeration hit its limit (then the result is not trusted). */
export interface Splits {
  candidates: SplitCell[][];
  truncated: boolean;
}

const LIMIT = 20000;

/**
 * Every split of `runs` into exactly `n` cells accepted by `accept` (called on the complete value list).
 * `prune(values)` may reject a prefix early (e.g. a finished group whose total is wrong).
 */
export function enumerateSplits(
  runs: Run[],
  n: number,
  accept: (values: number[]) => boolean,
  prune?: (values: number[]) => boolean,
): Splits {
  const candidates: SplitCell[][] = [];
  let visited = 0;
  let truncated = false;
  const totalDigits = runs.reduce((s, r) => s + r.digits.length, 0);
  if (totalDigits < n || runs.length > n) return { candidates, truncated };
  const cells: SplitCell[] = [];
  const values: number[] = [];

  // digitsLeft: digits remaining after the current position, to check that enough cells can still be made
  function rec(ri: number, pos: number, digitsLeft: number): void {
    if (truncated) return;
    if (++visited > LIMIT) {
      truncated = true;
      return;
    }
    if (ri === runs.length) {
      if (cells.length === n && accept(values)) candidates.push(cells.slice());
      return;
    }
    const run = runs[ri];
    if (run.fixed) {
      cells.push({ value: run.fixed.value, start: run.start, end: run.fixed.end });
      values.push(run.fixed.value);
      if (!prune || !prune(values)) rec(ri + 1, 0, digitsLeft - run.digits.length);
      cells.pop();
      values.pop();
      return;
    }
    const cellsLeft = n - cells.length;
    const runsLeft = runs.length - ri; // each remaining run needs ≥ 1 cell
    if (cellsLeft < runsLeft || cellsLeft > digitsLeft) return;
    const rest = run.digits.length - pos;
    // the current run must be closed at its end; choose the length of the next cell
    const maxLen = run.digits[pos] === '0' ? 1 : rest;
    for (let len = 1; len <= maxLen; len++) {
      const endPos = pos + len;
      const v = Number(run.digits.slice(pos, endPos));
      cells.push({ value: v, start: run.start + pos, end: run.start + endPos });
      values.push(v);
      if (!prune || !prune(values)) {
        if (endPos === run.digits.length) rec(ri + 1, 0, digitsLeft - len);
        else rec(ri, endPos, digitsLeft - len);
      }
      cells.pop();
      values.pop();
      if (truncated) return;
    }
  }
  rec(0, 0, totalDigits);
  return { candidates, truncated };
}

/** Row rule of table 三 (R3): the last cell is the sum of the others. */
export function lastIsSum(values: number[]): boolean {
  let s = 0;
  for (let i = 0; i < values.length - 1; i++) s += values[i];
  return s === values[values.length - 1];
}

/** Table 四 (R4): groups of `size` cells, each group's last cell the sum of the others. */
export function groupsSum(size: number): { accept: (v: number[]) => boolean; prune: (v: number[]) => boolean } {
  const groupOk = (v: number[], end: number): boolean => {
    let s = 0;
    for (let i = end - size; i < end - 1; i++) s += v[i];
    return s === v[end - 1];
  };
  return {
    accept: (v) => {
      for (let end = size; end <= v.length; end += size) if (!groupOk(v, end)) return false;
      return true;
    },
    prune: (v) => v.length % size === 0 && !groupOk(v, v.length),
  };
}

/** The same value in every candidate at cell i? */
export function agreedCells(cands: { value: number | null; start: number; end: number }[][]): boolean[] {
  if (cands.length === 0) return [];
  return cands[0].map((c, i) => cands.every((k) => k[i].value === c.value && k[i].start === c.start && k[i].end === c.end));
}
