// The workbook's column layouts are derived from fields.json: every table key has exactly one column, and
// the two-level headers put back together give the key's label.
import { describe, expect, it } from 'vitest';
import spec from '../../../src-main/core/spec/fields.json' with { type: 'json' };
import {
  STAT_COLUMNS, T2_COLUMNS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, UNIQUE_FIELDS, fieldLabel, splitLabel, t3Key, t3RowsFor,
} from '../../../src-main/core/export/layouts.js';

const keys = (prefix: string) => [...new Set(spec.fields.filter((f) => f.key.startsWith(prefix)).map((f) => f.key))];

describe('layouts', () => {
  it('every key of 表二, 表三, 表四 and 统计表 has exactly one column', () => {
    expect(T2_COLUMNS.map((c) => c.key).sort()).toEqual(keys('t2.').sort());
    expect(T4_COLUMNS.map((c) => c.key).sort()).toEqual(keys('t4.').sort());
    expect(STAT_COLUMNS.map((c) => c.key).sort()).toEqual(keys('stat.').sort());
    const t3 = T3_ROWS.flatMap((r) => T3_COLUMNS.map((c) => t3Key(r, c)));
    expect(t3.sort()).toEqual(keys('t3.').sort());
    expect(UNIQUE_FIELDS.map((f) => f.key)).toEqual([...new Set(spec.fields.map((f) => f.key))]);
  });

  it('headers are the labels split at " · "', () => {
    for (const c of T4_COLUMNS) expect(`表四 ${c.group} · ${c.header}`).toBe(fieldLabel(c.key));
    for (const r of T3_ROWS) {
      for (const c of T3_COLUMNS) {
        expect(`表三 ${r.label} · ${c.group ? `${c.group}·${c.header}` : c.header}`).toBe(fieldLabel(t3Key(r, c)));
      }
    }
    for (const c of STAT_COLUMNS) {
      const f = spec.fields.find((x) => x.key === c.key)! as { label: string; unit?: string };
      expect(`统计表 ${c.header}`).toBe(f.unit ? `${f.label}（${f.unit}）` : f.label);
    }
    // 表二: a key both formats have keeps its first (2021) wording; a one-format column says which format
    const license = T2_COLUMNS.find((c) => c.key === 't2.license.decisions')!;
    expect(license.formats.sort()).toEqual(['2019', '2021']);
    expect(license.header).toBe('本年处理决定数量');
    expect(T2_COLUMNS.find((c) => c.key === 't2.rules.made')!.header).toBe('本年新制作数量（2019版）');
    expect(T2_COLUMNS.find((c) => c.key === 't2.rules.issued')!.header).toBe('本年制发件数（2021版）');
    expect(splitLabel('表二(2019) 规章 · 本年新制作数量')).toEqual({ table: '表二(2019)', row: '规章', column: '本年新制作数量' });
  });

  it('表三 rows per format follow the official tables (2021: 三（六） in three rows; 2019: one row)', () => {
    const ids2021 = t3RowsFor('2021').map((r) => r.id);
    const ids2019 = t3RowsFor('2019').map((r) => r.id);
    expect(ids2021).toContain('t3.other.no_correction');
    expect(ids2021).not.toContain('t3.other');
    expect(ids2019).toContain('t3.other');
    expect(ids2019).not.toContain('t3.other.misc');
    expect(ids2021.at(-1)).toBe('t3.carry_forward');
    expect(ids2021).toHaveLength(25);
    expect(ids2019).toHaveLength(23);
  });
});
