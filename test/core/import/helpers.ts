// Shared checks for parsed documents: every block and cell is exactly its slice of the document text.
import { expect } from 'vitest';
import type { ParsedDocument, TableBlock } from '../../../src-main/core/document.js';

export function checkBlockModel(doc: ParsedDocument): void {
  let prevEnd = -1;
  doc.blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    expect(b.start).toBeGreaterThan(prevEnd);
    expect(b.end).toBeLessThanOrEqual(doc.text.length);
    prevEnd = b.end;
    if (b.type === 'paragraph') {
      expect(doc.text.slice(b.start, b.end)).toBe(b.text);
      expect(b.text).not.toContain('\n');
      return;
    }
    expect(b.grid.length).toBe(b.rowCount);
    for (const row of b.grid) expect(row.length).toBe(b.colCount);
    b.cells.forEach((c, k) => {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.start).toBeGreaterThanOrEqual(b.start);
      expect(c.end).toBeLessThanOrEqual(b.end);
      for (let r = c.row; r < c.row + c.rowSpan; r++) for (let col = c.col; col < c.col + c.colSpan; col++) expect(b.grid[r][col]).toBe(k);
    });
  });
}

export function tables(doc: ParsedDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.type === 'table');
}

/** The text at grid position (r, c), or undefined for an empty position. */
export function at(t: TableBlock, r: number, c: number): string | undefined {
  const k = t.grid[r]?.[c];
  return k === undefined || k < 0 ? undefined : t.cells[k].text;
}
