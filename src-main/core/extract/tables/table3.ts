// Table 三: from the rows a reader found (label → value cells in column order) to fields. Rows whose digits
// run together are split with the row sum (R3); what stays ambiguous is settled with the column sums
// (R1: 一 + 二 = 总计 + 四; R2: 总计 = Σ 办理结果) over the whole table, or left out with a note.
import type { ExtractMethod, ExtractionNote } from '../types.js';
import type { Found } from './emit.js';
import { lastIsSum } from './digit-split.js';
import { T3_COLUMNS, type RowSpec } from './layouts.js';
import type { ValueCell } from './row-cells.js';
import { rowValues, type CellValue } from './row-values.js';
import { narrowByFacts, type Fact } from './narrative-facts.js';

export interface TableRowRead {
  spec: RowSpec;
  /** value cells in canonical column order; undefined when the row was not found */
  cells?: ValueCell[];
  /** digits may run together (flattened text without separators) */
  allowSplit: boolean;
  problem?: string;
  /** the cells' order is doubtful (text between the numbers): read only if the row adds up (R3) */
  needsSum?: boolean;
  /** why the cells are doubtful (for the note when the row does not add up) */
  doubt?: string;
  /** structured cells: block/row/col of each cell (same order as cells) */
  refs?: { block: number; row: number; col: number }[];
}

export interface ReadContext {
  doc: boolean;
  method: ExtractMethod;
  /** confidence of a value read directly from its own cell */
  confidence: number;
  /** figures the report states in its prose: they settle splits the sums leave open (narrative-facts.ts) */
  facts?: () => Fact[];
  /** columns[c] = index in T3_COLUMNS of the c-th value of a row, when the header orders them otherwise */
  columns?: number[];
}

const KINDS = T3_COLUMNS.map((c) => c.kind);
const COMBO_LIMIT = 200_000;

function label(spec: RowSpec): string {
  return spec.labels[0];
}

export function resolveTable3(rows: TableRowRead[], ctx: ReadContext): { found: Found[]; notes: ExtractionNote[] } {
  const found: Found[] = [];
  const notes: ExtractionNote[] = [];
  const keysOf = (spec: RowSpec) => T3_COLUMNS.map((c) => `t3.${spec.key}.${c.key}`);

  // per row: fixed values, or candidates to choose among
  const fixed = new Map<number, { values: CellValue[]; confidence: number }>();
  const open = new Map<number, CellValue[][]>();
  rows.forEach((r, i) => {
    if (!r.cells) return;
    if (r.problem) {
      notes.push({ keys: keysOf(r.spec), message: `表三“${label(r.spec)}”一行未提取：${r.problem}` });
      return;
    }
    const rv = rowValues(r.cells, KINDS, { allowSplit: r.allowSplit, accept: lastIsSum });
    if (rv.kind === 'direct') {
      if (!r.needsSum || lastIsSum(rv.values.map((v) => v.value ?? 0))) fixed.set(i, { values: rv.values, confidence: ctx.confidence });
      else notes.push({ keys: keysOf(r.spec), message: `表三“${label(r.spec)}”一行未提取：${r.doubt ?? '数字与文字交错'}且不符合行合计，无法确定各数所在列` });
    }
    else if (rv.kind === 'none') notes.push({ keys: keysOf(r.spec), message: `表三“${label(r.spec)}”一行未提取：${rv.why}` });
    else if (rv.truncated) notes.push({ keys: keysOf(r.spec), message: `表三“${label(r.spec)}”一行数字连写，拆分方式过多，未提取` });
    else if (rv.candidates.length === 1) fixed.set(i, { values: rv.candidates[0], confidence: 0.8 });
    else if (rv.candidates.length > 1) open.set(i, rv.candidates);
    // No split satisfies the row sum. One digit per cell is not "forced" either: a blank cell leaves no
    // digit, so fewer values than columns is always possible, and a split the row's own sum rejects
    // says exactly that the digits were not read right. Never emitted.
    else notes.push({ keys: keysOf(r.spec), message: `表三“${label(r.spec)}”一行数字连写（${r.cells.map((c) => c.text).join(' ')}），没有符合行合计的拆分，未提取` });
  });

  if (open.size > 0) settleWithColumns(rows, fixed, open, notes, keysOf, ctx.facts, ctx.columns);

  for (const [i, { values, confidence }] of fixed) {
    const r = rows[i];
    values.forEach((v, c) => {
      const ref = r.refs?.[c];
      found.push({
        key: `t3.${r.spec.key}.${T3_COLUMNS[ctx.columns ? ctx.columns[c] : c].key}`,
        value: v.value,
        start: v.start,
        end: v.end,
        doc: ctx.doc,
        method: ctx.method,
        confidence,
        ...(ref ? { block: ref.block, row: ref.row, col: ref.col } : {}),
      });
    });
  }
  return { found, notes };
}

/** Choose among the open rows' splits the combinations that satisfy R1 and R2 in every column. */
function settleWithColumns(
  rows: TableRowRead[],
  fixed: Map<number, { values: CellValue[]; confidence: number }>,
  open: Map<number, CellValue[][]>,
  notes: ExtractionNote[],
  keysOf: (s: RowSpec) => string[],
  facts?: () => Fact[],
  columns?: number[],
): void {
  const idx = (role: string) => rows.map((r, i) => (r.spec.role === role ? i : -1)).filter((i) => i >= 0);
  const known = (i: number) => fixed.has(i) || open.has(i);
  const [iNew] = idx('new');
  const [iCarried] = idx('carried');
  const [iTotal] = idx('total');
  const [iCarry] = idx('carry_forward');
  const results = idx('result');
  // constraints as lists of (row, sign); only those whose rows are all available
  const constraints: { row: number; sign: number }[][] = [];
  if ([iNew, iCarried, iTotal, iCarry].every((i) => i !== undefined && known(i))) {
    constraints.push([{ row: iNew, sign: 1 }, { row: iCarried, sign: 1 }, { row: iTotal, sign: -1 }, { row: iCarry, sign: -1 }]);
  }
  if (iTotal !== undefined && known(iTotal) && results.every(known)) {
    constraints.push([{ row: iTotal, sign: 1 }, ...results.map((row) => ({ row, sign: -1 }))]);
  }
  const openRows = [...open.keys()];
  const useful = constraints.filter((c) => c.some((t) => open.has(t.row)));
  let combos = 1;
  for (const i of openRows) combos *= open.get(i)!.length;
  const leaveOut = (why: string) => {
    for (const i of openRows) notes.push({ keys: keysOf(rows[i].spec), message: `表三“${label(rows[i].spec)}”一行数字连写，${why}，未提取` });
  };
  if (useful.length === 0) return leaveOut(`有${open.get(openRows[0])!.length}种符合行合计的拆分且无法用列合计区分`);
  if (combos > COMBO_LIMIT) return leaveOut('拆分组合过多');

  const value = (i: number, pick: number[], c: number): number | null => {
    const f = fixed.get(i);
    if (f) return f.values[c].value;
    return open.get(i)![pick[openRows.indexOf(i)]][c].value;
  };
  const valid: number[][] = [];
  const pick = new Array(openRows.length).fill(0);
  for (;;) {
    let ok = true;
    for (const con of useful) {
      for (let c = 0; c < T3_COLUMNS.length && ok; c++) {
        let s = 0;
        for (const t of con) s += t.sign * (value(t.row, pick, c) ?? 0);
        if (s !== 0) ok = false;
      }
      if (!ok) break;
    }
    if (ok) valid.push(pick.slice());
    let k = 0;
    while (k < pick.length && ++pick[k] === open.get(openRows[k])!.length) pick[k++] = 0;
    if (k === pick.length) break;
  }
  if (valid.length === 0) return leaveOut('没有同时符合行合计与列合计的拆分');
  let kept = valid;
  if (valid.length > 1 && facts) {
    const rowOf = new Map(rows.map((r, i) => [r.spec.key, i]));
    // text position of each column key
    const colOf = new Map(T3_COLUMNS.map((c, j) => [c.key, columns ? columns.indexOf(j) : j]));
    kept = narrowByFacts(valid, facts(), (combo, key) => {
      const m = /^t3\.(.+)\.([^.]+)$/.exec(key);
      const i = m ? rowOf.get(m[1]) : undefined;
      const c = m ? colOf.get(m[2]) : undefined;
      if (i === undefined || c === undefined || !(fixed.has(i) || open.has(i))) return undefined;
      return value(i, combo, c);
    }).kept;
  }
  openRows.forEach((i, k) => {
    const choices = new Set(kept.map((v) => v[k]));
    const cands = open.get(i)!;
    const first = cands[[...choices][0]];
    const same = [...choices].every((ch) => cands[ch].every((cv, c) => cv.value === first[c].value && cv.start === first[c].start));
    if (same) fixed.set(i, { values: first, confidence: 0.7 });
    else notes.push({ keys: keysOf(rows[i].spec), message: `表三“${label(rows[i].spec)}”一行数字连写，有${choices.size}种符合合计关系的拆分，未提取` });
  });
}
