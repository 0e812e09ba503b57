// Assembles the document text and block model: paragraphs one per line; table rows one per line with the
// cells that start in that row joined by " | " (a merged cell's text once, at its top-left position).
// Every block and cell satisfies text.slice(start, end) === its text.
import type { Block, TableBlock, TableCell } from '../document.js';

export const CELL_SEPARATOR = ' | ';

/** A table cell as the source gives it, before the grid is resolved. */
export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export class BlockBuilder {
  readonly blocks: Block[] = [];
  private readonly parts: string[] = [];
  private pos = 0;

  private line(s: string): number {
    if (this.parts.length > 0) {
      this.parts.push('\n');
      this.pos += 1;
    }
    const start = this.pos;
    this.parts.push(s);
    this.pos += s.length;
    return start;
  }

  paragraph(text: string, heading = false): void {
    if (text.length === 0) return;
    const start = this.line(text);
    const block: Block = { type: 'paragraph', index: this.blocks.length, text, start, end: start + text.length };
    if (heading) block.heading = true;
    this.blocks.push(block);
  }

  /** rows: the cells of each <tr> in source order. Resolves rowspan/colspan into a grid. */
  table(rows: RawCell[][]): void {
    const { cells, grid, colCount } = resolveGrid(rows);
    if (cells.length === 0) return;
    const byRow: TableCell[][] = grid.map(() => []);
    for (const cell of cells) byRow[cell.row].push(cell);
    let tableStart = -1;
    let tableEnd = -1;
    for (const rowCells of byRow) {
      if (rowCells.length === 0) continue;
      rowCells.sort((a, b) => a.col - b.col);
      const lineText = rowCells.map((c) => c.text).join(CELL_SEPARATOR);
      const start = this.line(lineText);
      let at = start;
      for (const c of rowCells) {
        c.start = at;
        c.end = at + c.text.length;
        at = c.end + CELL_SEPARATOR.length;
      }
      if (tableStart < 0) tableStart = start;
      tableEnd = start + lineText.length;
    }
    const block: TableBlock = {
      type: 'table',
      index: this.blocks.length,
      start: tableStart,
      end: tableEnd,
      rowCount: grid.length,
      colCount,
      cells,
      grid,
    };
    this.blocks.push(block);
  }

  text(): string {
    return this.parts.join('');
  }
}

const MAX_SPAN = 1000;

/** The HTML table model: each cell takes the first free column in its row; spans are clipped to the table. */
export function resolveGrid(rows: RawCell[][]): { cells: TableCell[]; grid: number[][]; colCount: number } {
  const occupied: number[][] = rows.map(() => []);
  const cells: TableCell[] = [];
  let colCount = 0;
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    for (const raw of rows[r]) {
      while (occupied[r][c] !== undefined) c++;
      const rowSpan = clampSpan(raw.rowSpan, rows.length - r);
      const colSpan = clampSpan(raw.colSpan, MAX_SPAN);
      const index = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan, text: raw.text, start: 0, end: 0 });
      for (let i = 0; i < rowSpan; i++) for (let j = 0; j < colSpan; j++) occupied[r + i][c + j] = index;
      c += colSpan;
      if (c > colCount) colCount = c;
    }
    if (occupied[r].length > colCount) colCount = occupied[r].length;
  }
  const grid = occupied.map((row) => {
    const out = new Array<number>(colCount);
    for (let c = 0; c < colCount; c++) out[c] = row[c] ?? -1;
    return out;
  });
  return { cells, grid, colCount };
}

function clampSpan(n: number, max: number): number {
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), Math.max(1, max));
}
