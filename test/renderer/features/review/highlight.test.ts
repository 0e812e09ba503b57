// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../../../src-main/core/document.js';
import { blocksOverlapping, firstRun, mapSpans, parseSelectedNumber, segments } from '../../../../src-renderer/features/review/highlight.js';
import { DOCS_DIR } from '../../../helpers/corpus.js';

// A document text and its blocks built the way the importers do: paragraphs one per line, a table's
// row one per line with cells joined by " | ".
function build(parts: Array<string | string[][]>): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  parts.forEach((p, index) => {
    if (text) text += '\n';
    if (typeof p === 'string') {
      blocks.push({ type: 'paragraph', index, text: p, start: text.length, end: text.length + p.length });
      text += p;
      return;
    }
    const start = text.length;
    const cells: Extract<Block, { type: 'table' }>['cells'] = [];
    const grid: number[][] = [];
    p.forEach((row, r) => {
      if (r > 0) text += '\n';
      grid.push([]);
      row.forEach((c, col) => {
        if (col > 0) text += ' | ';
        cells.push({ row: r, col, rowSpan: 1, colSpan: 1, text: c, start: text.length, end: text.length + c.length });
        grid[r].push(cells.length - 1);
        text += c;
      });
    });
    blocks.push({ type: 'table', index, start, end: text.length, rowCount: p.length, colCount: p[0].length, cells, grid });
  });
  return { text, blocks };
}

describe('span → highlight mapping', () => {
  const doc = build(['一、总体情况', '本年新收申请12件，上年结转3件。', [['项目', '自然人', '总计'], ['一、本年新收', '12', '15']], '结束']);

  it('marks the exact characters of a paragraph span', () => {
    const start = doc.text.indexOf('12件');
    const m = mapSpans(doc.blocks, [{ start, end: start + 2, kind: 'active' }]);
    expect([...m.keys()]).toEqual(['b1']);
    const r = m.get('b1')!;
    expect(doc.blocks[1].type === 'paragraph' && doc.blocks[1].text.slice(r[0].from, r[0].to)).toBe('12');
  });

  it('marks a table cell by its own offsets', () => {
    const t = doc.blocks[2] as Extract<Block, { type: 'table' }>;
    const cell = t.cells[5]; // "15"
    const m = mapSpans(doc.blocks, [{ start: cell.start, end: cell.end, kind: 'finding' }]);
    expect([...m.keys()]).toEqual(['b2c5']);
    expect(m.get('b2c5')).toEqual([{ from: 0, to: 2, kind: 'finding' }]);
  });

  it('a span across blocks marks each piece, and the " | " between cells is not a cell', () => {
    const t = doc.blocks[2] as Extract<Block, { type: 'table' }>;
    const m = mapSpans(doc.blocks, [{ start: t.cells[3].start, end: t.cells[5].end, kind: 'active' }]);
    expect([...m.keys()]).toEqual(['b2c3', 'b2c4', 'b2c5']);
    const m2 = mapSpans(doc.blocks, [{ start: doc.text.indexOf('3件'), end: doc.text.indexOf('结束') + 1, kind: 'related' }]);
    expect([...m2.keys()]).toEqual(['b1', ...t.cells.map((_, i) => `b2c${i}`), 'b3']);
    expect(m2.get('b3')).toEqual([{ from: 0, to: 1, kind: 'related' }]);
  });

  it('empty and out-of-range spans mark nothing', () => {
    expect(mapSpans(doc.blocks, [{ start: 5, end: 5, kind: 'active' }]).size).toBe(0);
    expect(mapSpans(doc.blocks, [{ start: doc.text.length + 5, end: doc.text.length + 9, kind: 'active' }]).size).toBe(0);
    expect(blocksOverlapping(doc.blocks, 0, 1).map((b) => b.index)).toEqual([0]);
    expect(firstRun(doc.blocks, doc.blocks[3].start, doc.blocks[3].start)).toBe('b3');
  });

  it('segments: overlapping ranges, the stronger kind wins', () => {
    const segs = segments('本年新收申请12件', [
      { from: 0, to: 8, kind: 'finding' },
      { from: 6, to: 8, kind: 'active' },
    ]);
    expect(segs).toEqual([
      { text: '本年新收申请', offset: 0, kind: 'finding' },
      { text: '12', offset: 6, kind: 'active' },
      { text: '件', offset: 8, kind: undefined },
    ]);
    expect(segments('abc', undefined)).toEqual([{ text: 'abc', offset: 0 }]);
    expect(segments('abc', []).map((s) => s.text).join('')).toBe('abc');
  });

  it('works on a real corpus text: the marked characters are the span text', () => {
    const text = readFileSync(join(DOCS_DIR, '004_43d0b42a4a6d771f.txt'), 'utf8').replace(/\r\n?/g, '\n');
    // paragraphs one per line, as the .txt importer makes them
    const blocks: Block[] = [];
    let at = 0;
    text.split('\n').forEach((line, index) => {
      blocks.push({ type: 'paragraph', index, text: line, start: at, end: at + line.length });
      at += line.length + 1;
    });
    const start = text.indexOf('3500余条');
    const m = mapSpans(blocks, [{ start, end: start + 4, kind: 'active' }]);
    expect(m.size).toBe(1);
    const [id, ranges] = [...m][0];
    const b = blocks[Number(id.slice(1))] as Extract<Block, { type: 'paragraph' }>;
    expect(b.text.slice(ranges[0].from, ranges[0].to)).toBe('3500');
  });
});

describe('parseSelectedNumber', () => {
  it('reads what a reviewer selects', () => {
    expect(parseSelectedNumber('12')).toBe(12);
    expect(parseSelectedNumber(' 1,234 件')).toBe(1234);
    expect(parseSelectedNumber('３５００余条')).toBe(3500);
    expect(parseSelectedNumber('-3')).toBe(-3);
    expect(parseSelectedNumber('+12')).toBe(12);
    expect(parseSelectedNumber('0.35万元')).toBe(0.35);
    expect(parseSelectedNumber('12 | 15')).toBeNull();
    expect(parseSelectedNumber('无')).toBeNull();
  });
});
