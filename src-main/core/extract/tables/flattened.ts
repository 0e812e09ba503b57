// Tables flattened to text (all shapes of report-format.md §4): find each table's region, find the row
// labels of the layout in order, and read the value cells between one label and the next.
import type { ExtractionNote } from '../types.js';
import { findLabel, type Compact } from './compact.js';
import type { Found } from './emit.js';
import { agreedCells } from './digit-split.js';
import { T2_ROWS, T3_ROWS, T3_COLUMNS, type RowSpec, type TableFormat } from './layouts.js';
import { srcEnd, srcStart, stripPrefix, type FlatDoc, type Region } from './flat-regions.js';

import { readRowCells, type RowCells, type ValueCell } from './row-cells.js';
import type { ValueKind } from '../values.js';
import { lastIsSum } from './digit-split.js';
import { rowValues, forcedSplit } from './row-values.js';
import { resolveTable3, type TableRowRead } from './table3.js';
import { narrowByFacts, type Fact } from './narrative-facts.js';
import { t3Columns } from './t3-columns.js';

interface RowHit {
  spec: RowSpec;
  /** compact offset where the row (with its item number) starts, and where its label ends */
  cRowStart: number;
  cLabelEnd: number;
}

const OPEN = '([【〔';
const CLOSE = ')]】〕';
/** How far back a bracket that holds a label may open (compact characters; label notes are long). */
const NOTE_SPAN = 300;

/**
 * The label at compact offset cStart stands inside a bracket opened before it in the same cell: a note to
 * another row's label ('其他对外管理服务事项（指…含行政确认、…、行政处罚、行政强制…）'), not a row of its own.
 */
export function insideBracket(c: Compact, cStart: number, floor: number): boolean {
  let depth = 0;
  for (let i = cStart - 1; i >= Math.max(floor, cStart - NOTE_SPAN); i--) {
    const ch = c.text[i];
    if (ch === '|') return false;
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The row (its label with its item number) starts a line or a cell, or follows the previous row's figures
 * (digits run together): not a word in running text or in another row's label.
 */
function atRowStart(d: FlatDoc, cRowStart: number): boolean {
  let i = srcStart(d, cRowStart) - 1;
  while (i >= 0 && (d.source[i] === ' ' || d.source[i] === '\t' || d.source[i] === '\u3000' || d.source[i] === '\u00a0')) i--;
  return i < 0 || /[\n\r|\d—\-/]/.test(d.source[i]);
}

/** Every occurrence of a row's labels in [from, to), in text order, that is not inside a bracket. */
function labelHits(d: FlatDoc, spec: RowSpec, from: number, to: number, all: boolean): RowHit[] {
  const out: RowHit[] = [];
  let at = from;
  while (all || out.length === 0) {
    const h = findLabel(d.c, spec.labels, at, to);
    if (!h) break;
    if (!insideBracket(d.c, h.cStart, from)) out.push({ spec, cRowStart: stripPrefix(d.c, h.cStart, spec.enumerator), cLabelEnd: h.cEnd });
    at = h.cEnd;
  }
  return out;
}

/**
 * Find the row labels in order; a row whose label is not found is skipped. A label inside a bracket (the note
 * of another row's label) never starts a row. With `preferRowStart` (table 二, whose labels are words that
 * notes and prose use too), a first occurrence that is not at a row start gives way to a later one that is:
 * of two places that claim the row, the one laid out as a row wins.
 */
function findRows(d: FlatDoc, specs: RowSpec[], from: number, to: number, preferRowStart = false): RowHit[] {
  const hits: RowHit[] = [];
  let at = from;
  for (const spec of specs) {
    const all = labelHits(d, spec, at, to, preferRowStart);
    if (all.length === 0) continue;
    let h = all[0];
    if (preferRowStart && !atRowStart(d, h.cRowStart)) h = all.find((x) => atRowStart(d, x.cRowStart)) ?? h;
    hits.push(h);
    at = h.cLabelEnd;
  }
  return hits;
}

/** The content of each found row: from the end of its label to the start of the next found row. */
function rowContents(d: FlatDoc, hits: RowHit[], cTo: number, columns: (spec: RowSpec) => number): { hit: RowHit; cells: RowCells; from: number; to: number }[] {
  return hits.map((hit, k) => {
    const from = srcEnd(d, hit.cLabelEnd);
    const to = k + 1 < hits.length ? srcStart(d, hits[k + 1].cRowStart) : srcStart(d, cTo);
    return { hit, cells: readRowCells(d.source, from, Math.max(from, to), { columns: columns(hit.spec) }), from, to };
  });
}

/**
 * The document ends right after the row's last figure (an excerpt cut mid-table): that figure may be cut
 * short ('12' → '1'), so the row is trusted only when it adds up.
 */
export function cutAtEnd(source: string, cells: RowCells): boolean {
  const last = cells.cells[cells.cells.length - 1];
  return last !== undefined && last.kind === 'num' && source.slice(last.end).trim() === '';
}

// ------------------------------------------------------------------ table 三

export function readTable3Flat(d: FlatDoc, r: Region, format: TableFormat, facts?: () => Fact[]): { found: Found[]; notes: ExtractionNote[]; shape6: boolean } {
  const specs = T3_ROWS[format];
  const hits = findRows(d, specs, r.cFrom, r.cTo);
  const contents = rowContents(d, hits, r.cTo, () => T3_COLUMNS.length);
  const byKey = new Map(contents.map((x) => [x.hit.spec.key, x]));
  // Digit runs are split only in a table whose digits do run together (shape 6: numbers glued to the
  // labels). Whitespace-separated numbers are never split: a short row there means a blank cell.
  const shape6 = contents.filter((x) => x.cells.mode === 'space' && x.cells.glued).length >= 2;
  const rows: TableRowRead[] = specs.map((spec) => {
    const x = byKey.get(spec.key);
    if (!x) return { spec, allowSplit: false };
    // blank cells placed by counting blank lines or bare '|' lines are trusted only in a row that adds up
    const doubt = x.cells.interleaved
      ? '数字与文字交错'
      : x.cells.blankLines
        ? '空白单元格由空行推断'
        : x.cells.cellLines
          ? '空白单元格由单独的分隔符行推断'
          : cutAtEnd(d.source, x.cells)
            ? '表格在文末截断'
            : r.fragment
              ? '表格片段（无表头）'
              : undefined;
    return { spec, cells: x.cells.cells, allowSplit: shape6 && x.cells.mode === 'space', problem: x.cells.problem, needsSum: doubt !== undefined, doubt };
  });
  // the 法人或其他组织 columns in the order the header gives them
  const cols = hits.length > 0 ? t3Columns(d.c, r.cFrom, hits[0].cRowStart, contents.some((x) => x.cells.mode === 'pipe'), d.source) : { kind: 'template' as const };
  if (cols.kind === 'doubtful') {
    const keys = specs.flatMap((s) => T3_COLUMNS.map((col) => `t3.${s.key}.${col.key}`));
    return { found: [], notes: [{ keys, message: `表三未提取：表头中“法人或其他组织”各列的顺序（${cols.names.join('、')}）与模板不同，且文本无分隔符，无法确定各数所在列` }], shape6 };
  }
  const columns = cols.kind === 'mapped' ? cols.order : undefined;
  const labelled = { ...resolveTable3(rows, { doc: false, method: 'flattened-row', confidence: 0.9, facts, columns }), shape6 };
  if (labelled.found.length === specs.length * 7 || hits.length === 0) return labelled;

  // Labels out of order with their numbers (PDF text, one cell per line): read the numbers as a stream.
  const stream = readStream(d, hits[0], r.cTo, specs, columns);
  if (stream && stream.found.length > labelled.found.length) return { ...stream, shape6 };
  return labelled;
}

/** All numbers after the first row label, row by row, when they are exactly rows × 7 and add up. */
function readStream(d: FlatDoc, first: RowHit, cTo: number, specs: RowSpec[], columns?: number[]): { found: Found[]; notes: ExtractionNote[] } | undefined {
  const from = srcEnd(d, first.cLabelEnd);
  const to = srcStart(d, cTo);
  // the region ends at table 四's heading: wrapped label tails within it are not prose ending the table
  const cells = readRowCells(d.source.replace(/\|/g, ' '), from, to, { stopAtProse: false });
  if (cells.glued || cells.cells.length !== specs.length * 7 || cells.cells.some((c) => c.kind !== 'num')) return undefined;
  const rows: TableRowRead[] = specs.map((spec, k) => ({ spec, cells: cells.cells.slice(k * 7, k * 7 + 7), allowSplit: false }));
  // The labels do not say which numbers are whose: the order is trusted only when the table adds up,
  // every row (R3, two exceptions allowed) and every column (R1, R2).
  const grid: number[][] = [];
  let bad = 0;
  for (const row of rows) {
    const v = rowValues(row.cells!, Array(7).fill('int'), { allowSplit: false });
    if (v.kind !== 'direct') return undefined;
    const nums = v.values.map((x) => x.value ?? 0);
    if (!lastIsSum(nums)) bad++;
    grid.push(nums);
  }
  if (bad > 2 || !columnsAddUp(specs, grid)) return undefined;
  return resolveTable3(rows, { doc: false, method: 'flattened-row', confidence: 0.8, columns });
}

/** R1 (一 + 二 = 总计 + 四) and R2 (总计 = Σ 办理结果) in every column. */
function columnsAddUp(specs: RowSpec[], grid: number[][]): boolean {
  const at = (role: string) => specs.findIndex((s) => s.role === role);
  const results = specs.map((s, i) => (s.role === 'result' ? i : -1)).filter((i) => i >= 0);
  for (let c = 0; c < 7; c++) {
    const col = (i: number) => grid[i][c];
    if (col(at('new')) + col(at('carried')) !== col(at('total')) + col(at('carry_forward'))) return false;
    if (col(at('total')) !== results.reduce((s, i) => s + col(i), 0)) return false;
  }
  return true;
}

// ------------------------------------------------------------------ table 二

export function readTable2Flat(d: FlatDoc, r: Region, format: TableFormat, facts: () => Fact[] = () => []): { found: Found[]; notes: ExtractionNote[] } {
  const specs = T2_ROWS[format];
  const found: Found[] = [];
  const notes: ExtractionNote[] = [];
  const asRowSpecs: RowSpec[] = specs.map((s) => ({ key: s.key, labels: s.labels }));
  const hits = findRows(d, asRowSpecs, r.cFrom, r.cTo, true);
  const colsOf = (spec: RowSpec) => specs.find((s) => s.key === spec.key)!.cols.length;
  for (const x of rowContents(d, hits, r.cTo, colsOf)) {
    const spec = specs.find((s) => s.key === x.hit.spec.key)!;
    const keys = spec.cols.map((c) => `t2.${spec.key}.${c.key}`);
    const kinds = spec.cols.map((c) => c.kind);
    if (x.cells.problem) {
      // sub-rows (其他对外管理服务事项 split into 行政检查 / 行政确认 …): when every one of them is all
      // zeros the row's figures are 0 whatever the sub-rows mean; otherwise they are not added up here
      const subs = x.cells.subRows;
      const zeros = subs && subs.every((g) => g.length === kinds.length && g.every((c) => c.kind === 'num' && /^0+$/.test(c.text)));
      if (zeros) {
        subs[0].forEach((c, i) => found.push({ key: keys[i], value: 0, start: c.start, end: c.end, doc: false, method: 'flattened-row', confidence: 0.7 }));
        notes.push({ keys, message: `表二“${spec.labels[0]}”分为${subs.length}个子行，各子行均为0，按0提取` });
      } else notes.push({ keys, message: `表二“${spec.labels[0]}”一行未提取：${x.cells.problem}` });
      continue;
    }
    if (x.cells.cells.length === 0) continue;
    // table 二 has no arithmetic: digits run together are split only when there is one way to do it
    const rv = rowValues(x.cells.cells, kinds, { allowSplit: false });
    if (cutAtEnd(d.source, x.cells)) {
      // the excerpt ends right after the last figure, which may be cut short ('12' → '1'); the cells before
      // it ended where the next one began and are whole: they are read when the row has all its cells
      const whole = rv.kind === 'direct' ? rv.values.slice(0, -1) : [];
      whole.forEach((v, i) => found.push({ key: keys[i], value: v.value, start: v.start, end: v.end, doc: false, method: 'flattened-row', confidence: 0.8 }));
      const rest = keys.slice(whole.length);
      notes.push({ keys: rest, message: `表二“${spec.labels[0]}”一行在文末截断，最后一个数可能不完整，${whole.length > 0 ? '该数' : ''}未提取` });
      continue;
    }
    let values = rv.kind === 'direct' ? rv.values : undefined;
    let confidence = 0.9;
    if (!values && x.cells.mode === 'space' && x.cells.glued && x.cells.cells.length < kinds.length) {
      values = forcedSplit(x.cells.cells, kinds);
      confidence = 0.8;
    }
    if (!values && x.cells.mode === 'space' && x.cells.glued && x.cells.cells.length < kinds.length) {
      // several splits: the cells every split consistent with the figures stated in the text agrees on
      const settled = settleRowByFacts(x.cells.cells, kinds, keys, facts());
      if (settled) {
        found.push(...settled.found);
        if (settled.note) notes.push({ keys: settled.note.keys, message: `表二“${spec.labels[0]}”一行部分未提取：${settled.note.why}` });
        continue;
      }
    }
    if (!values) {
      const why =
        x.cells.mode === 'space' && x.cells.cells.length < kinds.length
          ? `数字连写（${x.cells.cells.map((c) => c.text).join(' ')}），本表无合计关系可定拆分`
          : rv.kind === 'none'
            ? rv.why
            : '';
      notes.push({ keys, message: `表二“${spec.labels[0]}”一行未提取：${why}` });
      continue;
    }
    values.forEach((v, i) => found.push({ key: keys[i], value: v.value, start: v.start, end: v.end, doc: false, method: 'flattened-row', confidence }));
  }
  return { found, notes };
}

/**
 * A table 二 row whose digits run together: with no sums to go by, a cell is read only when every split that
 * agrees with the figures the report states in its text (narrowByFacts) gives it the same value and span.
 */
function settleRowByFacts(
  cells: ValueCell[],
  kinds: ValueKind[],
  keys: string[],
  facts: Fact[],
): { found: Found[]; note?: { keys: string[]; why: string } } | undefined {
  const rv = rowValues(cells, kinds, { allowSplit: true });
  if (rv.kind !== 'split' || rv.truncated || rv.candidates.length < 2) return undefined;
  const { kept, used } = narrowByFacts(rv.candidates, facts, (c, key) => {
    const i = keys.indexOf(key);
    return i < 0 ? undefined : c[i].value;
  });
  if (used.length === 0) return undefined;
  const agreed = agreedCells(kept);
  const found: Found[] = [];
  const left: string[] = [];
  agreed.forEach((ok, i) => {
    const v = kept[0][i];
    if (ok) found.push({ key: keys[i], value: v.value, start: v.start, end: v.end, doc: false, method: 'flattened-row', confidence: 0.6 });
    else left.push(keys[i]);
  });
  if (found.length === 0) return undefined;
  const stated = used.map((f) => f.value).join('、');
  return {
    found,
    note: left.length > 0 ? { keys: left, why: `数字连写（${cells.map((c) => c.text).join(' ')}），按正文所述数字（${stated}）只能确定部分单元格，其余有${kept.length}种拆分` } : undefined,
  };
}
