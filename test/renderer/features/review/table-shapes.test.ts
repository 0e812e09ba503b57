// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import spec from '../../../../src-main/core/spec/fields.json' with { type: 'json' };
import {
  labelCells, moveInShape, shapeKeys, shapesFor, statShape, t2Shape, t3Shape, t4Shape, valuePositions, type TableShape,
} from '../../../../src-renderer/features/review/table-shapes.js';

const fields = spec.fields as Array<{ key: string; formats: string[] }>;
const keysOf = (prefix: string, format: string) => fields.filter((f) => f.key.startsWith(prefix) && f.formats.includes(format)).map((f) => f.key).sort();

/** Width of every row once rowSpan/colSpan are resolved: a well-formed table has the same for all rows. */
function rowWidths(shape: TableShape): number[] {
  const taken: boolean[][] = [];
  return shape.rows.map((cells, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (taken[r][c]) c++;
      for (let i = 0; i < (cell.rowSpan ?? 1); i++) {
        taken[r + i] ??= [];
        for (let j = 0; j < (cell.colSpan ?? 1); j++) taken[r + i][c + j] = true;
      }
      c += cell.colSpan ?? 1;
    }
    return taken[r].filter(Boolean).length;
  });
}

describe('table shapes', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`table 三 (${format}) holds exactly the t3 keys of fields.json for that format`, () => {
      expect(shapeKeys(t3Shape(format)).sort()).toEqual(keysOf('t3.', format));
    });
    it(`table 二 (${format}) holds exactly the t2 keys of fields.json for that format`, () => {
      expect(shapeKeys(t2Shape(format)).sort()).toEqual(keysOf('t2.', format));
    });
    it(`tables of ${format} are rectangular (same width on every row)`, () => {
      for (const s of shapesFor(format)) {
        const w = rowWidths(s);
        expect(new Set(w).size, s.id).toBe(1);
        expect(w[0], s.id).toBe(s.cols.length);
      }
    });
  }

  it('every t3 key of fields.json appears in one of the two layouts', () => {
    const shown = new Set([...shapeKeys(t3Shape('2021')), ...shapeKeys(t3Shape('2019'))]);
    for (const f of fields.filter((x) => x.key.startsWith('t3.'))) expect(shown.has(f.key), f.key).toBe(true);
  });

  it('table 四 has the 15 t4 keys; the statistics list has every stat key', () => {
    expect(shapeKeys(t4Shape()).sort()).toEqual(keysOf('t4.', '2021'));
    expect(shapeKeys(statShape()).sort()).toEqual(keysOf('stat.', 'pre2019'));
    expect(shapesFor('pre2019').map((s) => s.id)).toEqual(['stat']);
    expect(shapesFor(null)).toEqual([]);
  });

  it('the 2021 layout has three （六）其他处理 sub-rows, the 2019 layout one row', () => {
    const six = (f: '2021' | '2019') => t3Shape(f).rows.flat().filter((c) => c.kind === 'label' && c.text === '（六）其他处理');
    expect(six('2021')).toHaveLength(1);
    expect(six('2021')[0].rowSpan).toBe(3);
    expect(six('2019')[0].rowSpan ?? 1).toBe(1);
    expect(six('2019')[0].colSpan).toBe(2);
  });

  it('merges row-span labels: 三、本年度办理结果 spans every result row', () => {
    const cells = labelCells([['A'], ['B', 'x'], ['B', 'y', '1'], ['B', 'y', '2'], ['C']]);
    expect(cells[0]).toEqual([{ kind: 'label', text: 'A', title: 'A', colSpan: 3 }]);
    expect(cells[1][0]).toMatchObject({ text: 'B', rowSpan: 3, vertical: true });
    expect(cells[1][1]).toMatchObject({ text: 'x', colSpan: 2 });
    expect(cells[2]).toHaveLength(2);
    expect(cells[2][0]).toMatchObject({ text: 'y', rowSpan: 2 });
    expect(cells[3]).toEqual([{ kind: 'label', text: '2', title: '2' }]);
    // （一）（二）, 8 不予公开, 3 无法提供, 5 不予处理, （六） (3 rows in 2021, 1 in 2019), （七）
    const r3 = (f: '2021' | '2019') => t3Shape(f).rows.flat().find((c) => c.kind === 'label' && c.text === '三、本年度办理结果');
    expect(r3('2021')?.rowSpan).toBe(22);
    expect(r3('2019')?.rowSpan).toBe(20);
  });

  it('arrow keys move to the cell drawn above/below/beside', () => {
    const s = t3Shape('2021');
    expect(moveInShape(s, 't3.new.natural', 'down')).toBe('t3.carried.natural');
    expect(moveInShape(s, 't3.new.natural', 'right')).toBe('t3.new.business');
    expect(moveInShape(s, 't3.new.total', 'right')).toBeUndefined();
    expect(moveInShape(s, 't3.carry_forward.other', 'up')).toBe('t3.total.other');
    expect(moveInShape(s, 't3.new.natural', 'up')).toBeUndefined();
    const pos = valuePositions(s);
    // value columns line up in every row even though label cells span rows
    expect(pos.get('t3.withheld.query.natural')!.col).toBe(pos.get('t3.new.natural')!.col);
    const t2 = t2Shape('2021');
    expect(moveInShape(t2, 't2.rules.issued', 'down')).toBe('t2.normative.issued');
  });
});
