// Tables 二, 三, 四 from structured tables (TableBlocks of .docx/.html with a resolved grid). All table
// rows of the document form one list, so a table split over several blocks, or with its header rows in a
// block of their own, reads like one. Rows are found by their labels (in layout order), columns by the
// header cells above the value cells; when a header cannot be mapped the template's column order is used.
import type { ParsedDocument, TableBlock, TableCell } from '../../document.js';
import type { ExtractionNote } from '../types.js';
import { compactLabel, compactOf } from './compact.js';
import type { Found } from './emit.js';
import {
  T2_FORMAT_MARKERS,
  T2_ROWS,
  T3_2021_MARKERS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  T4_KEYS,
  type ColSpec,
  type TableFormat,
} from './layouts.js';
import type { ValueCell } from './row-cells.js';
import { cellValue, type CellValue } from './row-values.js';
import { resolveTable3, type TableRowRead } from './table3.js';
import { isBlankMark, parseDecimal, parseSigned } from '../values.js';

type Part = { found: Found[]; notes: ExtractionNote[] };

interface GCell {
  cell: TableCell;
  block: number;
  /** grid row of the row this entry belongs to (a row-spanning cell appears in each of its rows) */
  row: number;
  compact: string;
  isValue: boolean;
  /** the cell starts in this row (false: a row-spanning cell continued from above) */
  own: boolean;
}

interface GRow {
  block: number;
  row: number;
  cells: GCell[];
  /** label text of the row: its non-value cells (the row's own ones when it has any), compact */
  label: string;
  /** the value cells after the last label cell */
  values: GCell[];
  table: TableBlock;
}

const cellCompact = new WeakMap<TableCell, string>();

/** Compact text of a cell, computed once per cell. */
function compactCell(cell: TableCell): string {
  let c = cellCompact.get(cell);
  if (c === undefined) {
    c = compactOf(cell.text).text;
    cellCompact.set(cell, c);
  }
  return c;
}

function looksLikeValue(text: string): boolean {
  const t = text.trim();
  if (t === '' || isBlankMark(t)) return true;
  return parseDecimal(t) !== undefined || parseSigned(t) !== undefined;
}

function rowsOf(parsed: ParsedDocument): GRow[] {
  const rows: GRow[] = [];
  for (const b of parsed.blocks) {
    if (b.type !== 'table') continue;
    for (let r = 0; r < b.rowCount; r++) {
      const seen = new Set<number>();
      const cells: GCell[] = [];
      for (let c = 0; c < b.colCount; c++) {
        const ci = b.grid[r]?.[c] ?? -1;
        if (ci < 0 || seen.has(ci)) continue;
        seen.add(ci);
        const cell = b.cells[ci];
        cells.push({ cell, block: b.index, row: r, compact: compactCell(cell), isValue: looksLikeValue(cell.text), own: cell.row === r });
      }
      let lastLabel = -1;
      cells.forEach((g, i) => {
        if (!g.isValue) lastLabel = i;
      });
      const labelCells = cells.slice(0, lastLabel + 1).filter((g) => !g.isValue);
      const own = labelCells.filter((g) => g.cell.rowSpan === 1);
      const label = (own.length ? own : labelCells).map((g) => g.compact).join('');
      rows.push({ block: b.index, row: r, cells, label, values: cells.slice(lastLabel + 1), table: b });
    }
  }
  return rows;
}

/**
 * Column key of a value cell from the header rows above its row (the nearest first), however many data
 * rows lie between: every row of a table maps its columns through the same header.
 */
function headerKey(rows: GRow[], at: number, v: GCell, specs: { key: string; labels: string[] }[]): string | undefined {
  const col = v.cell.col;
  let headers = 0;
  for (let k = at - 1; k >= 0 && k >= at - 80 && headers < 4; k--) {
    const h = rows[k];
    // header rows in an earlier block (a table split at a page break) count when the grids line up
    if (h.block !== v.block && h.table.colCount !== rows[at].table.colCount) break;
    if (h.values.some((g) => g.compact !== '')) continue; // a data row
    headers++;
    const ci = h.table.grid[h.row]?.[col] ?? -1;
    if (ci < 0) continue;
    const t = compactCell(h.table.cells[ci]);
    const spec = specs.find((s) => s.labels.some((l) => compactLabel(l) === t));
    if (spec) return spec.key;
  }
  return undefined;
}

/** The value cells of a data row in the order of `cols`: by header labels, else by position. */
function mapColumns(rows: GRow[], at: number, cols: { key: string; labels: string[] }[]): GCell[] | undefined {
  const values = rows[at].values;
  const byKey = new Map<string, GCell>();
  let ok = true;
  for (const v of values) {
    const key = headerKey(rows, at, v, cols);
    if (!key) {
      if (v.compact !== '') ok = false; // a figure under no known header
      continue;
    }
    if (byKey.has(key)) ok = false;
    byKey.set(key, v);
  }
  if (ok && byKey.size === cols.length) return cols.map((c) => byKey.get(c.key)!);
  // header not mapped: the template order, if the row has exactly the expected number of cells
  // (empty cells after the last figure are padding columns, not cells of the table)
  let n = values.length;
  while (n > cols.length && values[n - 1].compact === '') n--;
  return n === cols.length ? values.slice(0, n) : undefined;
}

function asValueCell(parsed: ParsedDocument, g: GCell): ValueCell {
  const { cell } = g;
  let start = cell.start;
  // cell offsets index the document text; make sure the text there is the cell's text
  if (parsed.text.slice(cell.start, cell.end) !== cell.text) {
    const i = parsed.text.indexOf(cell.text, Math.max(0, cell.start - 50));
    if (i >= 0) start = i;
  }
  const blank = cell.text.trim() === '' || isBlankMark(cell.text);
  return { kind: blank ? 'blank' : 'num', text: cell.text, start, end: start + cell.text.length };
}

function ref(g: GCell) {
  return { block: g.block, row: g.row, col: g.cell.col };
}

// ------------------------------------------------------------------ table 三

function readT3(parsed: ParsedDocument, rows: GRow[]): Part | undefined {
  const first = rows.findIndex((r) => r.label.includes('本年新收'));
  if (first < 0) return undefined;
  const fmt: TableFormat = rows.slice(first).some((r) => T3_2021_MARKERS.some((m) => r.label.includes(m))) ? '2021' : '2019';
  const specs = T3_ROWS[fmt];
  const reads: TableRowRead[] = [];
  let at = first;
  for (const spec of specs) {
    const aliases = spec.labels.map(compactLabel);
    let k = -1;
    for (let i = at; i < rows.length && i < at + 12; i++) {
      if (aliases.some((a) => rows[i].label.includes(a))) {
        k = i;
        break;
      }
    }
    if (k < 0) {
      reads.push({ spec, allowSplit: false });
      continue;
    }
    at = k + 1;
    const cells = mapColumns(rows, k, T3_COLUMNS);
    if (!cells) {
      reads.push({ spec, cells: [], allowSplit: false, problem: `应有7个单元格，实有${rows[k].values.length}个` });
      continue;
    }
    reads.push({ spec, cells: cells.map((g) => asValueCell(parsed, g)), allowSplit: false, refs: cells.map(ref) });
  }
  return resolveTable3(reads, { doc: true, method: 'table-cell', confidence: 0.97 });
}

// ------------------------------------------------------------------ table 四

function readT4(parsed: ParsedDocument, rows: GRow[]): Part | undefined {
  const isHead = (r: GRow) =>
    r.cells.some((g) => g.compact.startsWith('行政复议')) &&
    rows.some((x) => x.block === r.block && x.cells.some((g) => g.compact.includes('复议后起诉') || g.compact.includes('直接起诉')));
  const head = rows.findIndex(isHead);
  if (head < 0) return undefined;
  let at = -1;
  for (let i = head + 1; i < rows.length && i < head + 6; i++) {
    // the row of figures: 15 value cells (blank in an unfilled template), with or without a label cell
    const v = rows[i].values;
    if (v.length >= T4_KEYS.length && (rows[i].label === '' || v.filter((g) => g.compact !== '').length >= T4_KEYS.length)) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  const groupSpecs = T4_GROUPS;
  const byKey = new Map<string, GCell>();
  for (const v of rows[at].values) {
    const col = headerKey(rows, at, v, T4_COLUMNS);
    const grp = headerKey(rows, at, v, groupSpecs);
    if (col && grp) byKey.set(`t4.${grp}.${col}`, v);
  }
  let cells: GCell[] | undefined;
  if (T4_KEYS.every((k) => byKey.has(k))) cells = T4_KEYS.map((k) => byKey.get(k)!);
  else if (rows[at].values.length === T4_KEYS.length) cells = rows[at].values;
  if (!cells) return { found: [], notes: [{ keys: T4_KEYS, message: '表四未提取：表头与数字单元格对不上' }] };
  const values: (CellValue | undefined)[] = cells.map((g) => cellValue(asValueCell(parsed, g), 'int'));
  const found: Found[] = [];
  values.forEach((v, i) => {
    if (!v) return;
    found.push({ key: T4_KEYS[i], value: v.value, start: v.start, end: v.end, doc: true, method: 'table-cell', confidence: 0.97, ...ref(cells[i]) });
  });
  return { found, notes: [] };
}

// ------------------------------------------------------------------ table 二

function readT2(parsed: ParsedDocument, rows: GRow[], fmtHint: TableFormat | undefined): Part | undefined {
  const start = rows.findIndex((r) => r.cells.some((g) => g.compact.startsWith('第二十条') || g.compact.startsWith('第20条')));
  if (start < 0) return undefined;
  const end = rows.findIndex((r, i) => i > start && r.label.includes('本年新收'));
  const region = rows.slice(start, end < 0 ? Math.min(rows.length, start + 30) : end);
  const text = region.map((r) => r.cells.map((g) => g.compact).join('')).join('');
  const score = (f: TableFormat) => T2_FORMAT_MARKERS[f].filter((m) => text.includes(compactLabel(m))).length;
  const fmt: TableFormat | undefined = score('2021') > score('2019') ? '2021' : score('2019') > score('2021') ? '2019' : fmtHint;
  if (!fmt) return undefined;
  const found: Found[] = [];
  const notes: ExtractionNote[] = [];
  let at = start;
  for (const spec of T2_ROWS[fmt]) {
    const aliases = spec.labels.map(compactLabel);
    let k = -1;
    for (let i = at; i < start + region.length; i++) {
      // the label is the row's first cell ('行政规范性文件' must not match the '规范性文件' alias of a later row)
      const lab = rows[i].label;
      if (aliases.some((a) => lab === a || lab.startsWith(a))) {
        k = i;
        break;
      }
    }
    if (k < 0) continue;
    at = k + 1;
    const keys = spec.cols.map((c) => `t2.${spec.key}.${c.key}`);
    const cells = mapColumns(rows, k, spec.cols as ColSpec[]);
    if (!cells) {
      notes.push({ keys, message: `表二“${spec.labels[0]}”一行未提取：单元格数与表头对不上` });
      continue;
    }
    cells.forEach((g, i) => {
      const v = cellValue(asValueCell(parsed, g), spec.cols[i].kind);
      if (!v) {
        notes.push({ keys: [keys[i]], message: `表二“${spec.labels[0]}”无法读取数值“${g.cell.text.trim()}”` });
        return;
      }
      found.push({ key: keys[i], value: v.value, start: v.start, end: v.end, doc: true, method: 'table-cell', confidence: 0.97, ...ref(g) });
    });
  }
  return { found, notes };
}

export function readStructured(parsed: ParsedDocument, fmt: TableFormat | undefined): Partial<Record<'t2' | 't3' | 't4', Part>> {
  if (!parsed.blocks.some((b) => b.type === 'table')) return {};
  const rows = rowsOf(parsed);
  return { t2: readT2(parsed, rows, fmt), t3: readT3(parsed, rows), t4: readT4(parsed, rows) };
}
