// One worksheet of the streaming workbook: a one- or two-level header (frozen, with an autofilter), data
// rows written and committed one at a time, and a totals row of SUM formulas. The sums are also computed
// here and stored as the formulas' cached results, so viewers that do not recalculate still show them.
import type ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { FieldValue } from '../fields.js';
import { RawRowWriter, type RawCell } from './raw-rows.js';

export type ColumnKind = 'id' | 'text' | 'longtext' | 'year' | 'date' | 'datetime' | 'int' | 'signed_int' | 'decimal';

export interface SheetColumn {
  header: string;
  /** top header; consecutive columns with the same group share one merged cell */
  group?: string;
  kind: ColumnKind;
  width?: number;
  /** a SUM in the totals row */
  total?: boolean;
  /** the number format, when the kind's default does not fit */
  numFmt?: string;
}

export interface CellInput {
  value: FieldValue | Date | undefined;
  /** a cell note, e.g. the extracted value a correction replaced */
  note?: string;
  /** marks a reviewer-corrected value */
  corrected?: boolean;
}
export type Cell = FieldValue | Date | undefined | CellInput;

const NUM_FMT: Partial<Record<ColumnKind, string>> = {
  id: '0',
  year: '0',
  int: '#,##0',
  signed_int: '+#,##0;-#,##0;0',
  decimal: '#,##0.00##',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};
const DEFAULT_WIDTH: Record<ColumnKind, number> = {
  id: 7, text: 14, longtext: 50, year: 9, date: 12, datetime: 17, int: 11, signed_int: 11, decimal: 13,
};

const THIN = { style: 'thin' as const, color: { argb: 'FFB7B7B7' } };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true, name: '宋体', size: 10 },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
};
const CORRECTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const TOTAL_FONT: Partial<ExcelJS.Font> = { bold: true, name: '宋体', size: 10 };
const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 };

/** Display width of a header (CJK characters count double), for column widths. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return w;
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Excel keeps at most 32,767 characters in a cell and reports a longer one as damage. */
export const MAX_CELL_TEXT = 32_767;
const TRUNCATED = '…（以下内容过长，已截断）';
function fit<T>(v: T): T | string {
  return typeof v === 'string' && v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT - TRUNCATED.length) + TRUNCATED : v;
}

const isInput = (c: Cell): c is CellInput => c !== null && typeof c === 'object' && !(c instanceof Date);

export class SheetWriter {
  readonly ws: ExcelJS.Worksheet;
  readonly headerRows: number;
  private rowNo = 0;
  private readonly sums: number[];
  private firstDataRow = 0;
  private lastDataRow = 0;
  private readonly autoFilter: boolean;
  private readonly styles: Array<Partial<ExcelJS.Style>>;
  private readonly correctedStyles: Array<Partial<ExcelJS.Style>>;
  private readonly totalStyles: Array<Partial<ExcelJS.Style>>;
  private readonly widths: number[];
  /** the fast path for data rows, when exceljs's internals allow it (see raw-rows.ts) */
  private readonly raw: RawRowWriter | undefined;

  constructor(
    wb: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    readonly columns: readonly SheetColumn[],
    options: { freezeColumns?: number; autoFilter?: boolean; /** false: always exceljs's row API */ rawRows?: boolean } = {},
  ) {
    this.headerRows = columns.some((c) => c.group) ? 2 : 1;
    const xSplit = options.freezeColumns ?? 0;
    const topLeft = `${columnLetter(xSplit + 1)}${this.headerRows + 1}`;
    this.ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit, ySplit: this.headerRows, topLeftCell: topLeft, activeCell: topLeft }],
      // printed on A4 landscape, as wide as the page, the header repeated on every page
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `1:${this.headerRows}`,
      },
    });
    // One style object per column, shared by its cells: exceljs caches a style's id by object identity, so
    // sharing saves rendering the style of every cell again (most of the writer's time otherwise).
    this.styles = columns.map((c) => ({
      numFmt: c.numFmt ?? NUM_FMT[c.kind],
      font: BODY_FONT,
      alignment: c.kind === 'longtext' ? { wrapText: true, vertical: 'top' } : { vertical: 'top' },
    }));
    this.correctedStyles = this.styles.map((st) => ({ ...st, fill: CORRECTED_FILL }));
    this.totalStyles = this.styles.map((st) => ({ ...st, font: TOTAL_FONT, border: { top: { style: 'thin' } } }));
    // wide enough for the header on one line, up to 30 (longer headers wrap)
    this.widths = columns.map((c) => c.width ?? Math.max(DEFAULT_WIDTH[c.kind], Math.min(displayWidth(c.header) + 2, 30)));
    this.ws.columns = columns.map((_, i) => ({ width: this.widths[i], style: this.styles[i] }));
    this.sums = columns.map(() => 0);
    this.autoFilter = options.autoFilter ?? true;
    this.writeHeader();
    this.raw = options.rawRows === false ? undefined : RawRowWriter.for(this.ws);
  }

  private writeHeader(): void {
    const { ws, columns } = this;
    // header lines of the most wrapped header, for the header row's height
    const longest = Math.max(...columns.map((c, i) => Math.ceil(displayWidth(c.header) / Math.max(4, this.widths[i] - 1))));
    if (this.headerRows === 1) {
      const row = ws.getRow(1);
      columns.forEach((c, i) => Object.assign(row.getCell(i + 1), { value: c.header, style: HEADER_STYLE }));
      row.height = Math.min(15 * Math.max(1, longest) + 4, 90);
      row.commit();
    } else {
      const top = ws.getRow(1);
      const sub = ws.getRow(2);
      let i = 0;
      while (i < columns.length) {
        const c = columns[i];
        if (!c.group) {
          Object.assign(top.getCell(i + 1), { value: c.header, style: HEADER_STYLE });
          Object.assign(sub.getCell(i + 1), { style: HEADER_STYLE });
          ws.mergeCells(1, i + 1, 2, i + 1);
          i++;
          continue;
        }
        let j = i;
        while (j + 1 < columns.length && columns[j + 1].group === c.group) j++;
        Object.assign(top.getCell(i + 1), { value: c.group, style: HEADER_STYLE });
        for (let k = i; k <= j; k++) {
          if (k > i) Object.assign(top.getCell(k + 1), { style: HEADER_STYLE });
          Object.assign(sub.getCell(k + 1), { value: columns[k].header, style: HEADER_STYLE });
        }
        if (j > i) ws.mergeCells(1, i + 1, 1, j + 1);
        i = j + 1;
      }
      top.height = 30;
      sub.height = Math.min(14 * Math.max(1, longest) + 4, 120);
      top.commit();
      sub.commit();
    }
    this.rowNo = this.headerRows;
    this.firstDataRow = this.headerRows + 1;
  }

  /** Writes and commits one data row. */
  addRow(cells: readonly Cell[]): number {
    const r = ++this.rowNo;
    this.lastDataRow = r;
    if (this.raw?.ready) {
      const out: Array<RawCell | undefined> = new Array(cells.length);
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const input = isInput(c) ? c : undefined;
        const value = input ? input.value : (c as FieldValue | Date | undefined);
        if (value === undefined || value === null) continue;
        if (typeof value === 'number' && this.columns[i]?.total) this.sums[i] += value;
        out[i] = { value: fit(value), style: input?.corrected ? this.correctedStyles[i] : this.styles[i], note: input?.note };
      }
      this.raw.write(r, out);
      return r;
    }
    const row = this.ws.getRow(r);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      const input = isInput(c) ? c : undefined;
      const value = input ? input.value : (c as FieldValue | Date | undefined);
      if (value === undefined || value === null) continue;
      const cell = row.getCell(i + 1);
      cell.value = fit(value);
      cell.style = input?.corrected ? this.correctedStyles[i] : this.styles[i];
      if (typeof value === 'number' && this.columns[i]?.total) this.sums[i] += value;
      if (input?.note) cell.note = input.note;
    }
    row.commit();
    return r;
  }

  /** Commits an empty row (a gap before a block). */
  skipRow(): void {
    this.rowNo++;
  }

  get dataRange(): { first: number; last: number } {
    return { first: this.firstDataRow, last: Math.max(this.lastDataRow, this.firstDataRow - 1) };
  }

  /** The row a totals row written now would get. */
  get nextRow(): number {
    return this.rowNo + 1;
  }

  /** A totals row under the data: SUM over each total column, with the computed sum as cached result. */
  addTotalsRow(label: string, labelColumn: number): void {
    const { first, last } = this.dataRange;
    const row = this.ws.getRow(++this.rowNo);
    const labelCell = row.getCell(labelColumn + 1);
    labelCell.value = label;
    labelCell.style = this.totalStyles[labelColumn];
    this.columns.forEach((c, i) => {
      if (!c.total) return;
      const col = columnLetter(i + 1);
      const cell = row.getCell(i + 1);
      cell.value = last >= first
        ? { formula: `SUM(${col}${first}:${col}${last})`, result: roundSum(this.sums[i]) }
        : { formula: `SUM(${col}${first}:${col}${first})`, result: 0 };
      cell.style = this.totalStyles[i];
    });
    row.commit();
  }

  /** A row of arbitrary formula cells (e.g. the SUMIF block of 表三). */
  addFormulaRow(cells: ReadonlyArray<string | { formula: string; result: number } | undefined>, bold = true): number {
    const row = this.ws.getRow(++this.rowNo);
    cells.forEach((c, i) => {
      if (c === undefined) return;
      const cell = row.getCell(i + 1);
      cell.value = typeof c === 'string' ? c : { formula: c.formula, result: roundSum(c.result) };
      cell.style = bold ? this.totalStyles[i] : this.styles[i];
    });
    row.commit();
    return this.rowNo;
  }

  /**
   * Waits while more than `limit` bytes of this sheet's XML wait to be compressed. exceljs pushes rows into
   * the zip entry's stream without backpressure, so without this a fast reader queues the whole sheet in
   * memory (200 MB for 20,000 reports) while deflate catches up. The entry stream is archiver's PassThrough, exceljs's internal
   * `stream.pipes[0]`; if a future version hides it, this quietly does nothing.
   */
  async drain(limit = 4 * 1048576): Promise<void> {
    type Entry = Writable & { _writableState?: { length: number; ended?: boolean } };
    const target = (this.ws as unknown as { stream?: { pipes?: Entry[] } }).stream?.pipes?.[0];
    if (!target) return;
    // archiver's PassThrough comes from readable-stream 2, which has no writableLength
    const queued = target.writableLength ?? target._writableState?.length ?? 0;
    if (queued > limit && !target._writableState?.ended) await once(target, 'drain');
  }

  /** Autofilter over the header's last row and the data; then the sheet is committed. */
  commit(): void {
    const { first, last } = this.dataRange;
    if (this.autoFilter) {
      this.ws.autoFilter = {
        from: { row: this.headerRows, column: 1 },
        to: { row: Math.max(last, first - 1), column: this.columns.length },
      };
    }
    this.ws.commit();
  }
}

/** Sums of decimals carry binary noise (0.1 + 0.2); the cached result is rounded to what the cells show. */
export function roundSum(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
