// The layouts are data: every key they produce is a fields.json key of the right format, and together
// they cover every t2/t3/t4 key of fields.json.
import { describe, expect, it } from 'vitest';
import { FIELDS, FIELD_BY_KEY } from '../../../../src-main/core/fields.js';
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_KEYS, type TableFormat } from '../../../../src-main/core/extract/tables/layouts.js';

function keysOf(f: TableFormat): string[] {
  return [
    ...T2_ROWS[f].flatMap((r) => r.cols.map((c) => `t2.${r.key}.${c.key}`)),
    ...T3_ROWS[f].flatMap((r) => T3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`)),
    ...T4_KEYS,
  ];
}

describe('table layouts', () => {
  for (const f of ['2019', '2021'] as const) {
    it(`${f}: keys are exactly the fields.json table keys of that format, with matching value kinds`, () => {
      const keys = keysOf(f);
      expect(new Set(keys).size).toBe(keys.length);
      const want = FIELDS.filter((x) => /^t[234]\./.test(x.key) && x.formats.includes(f)).map((x) => x.key);
      expect([...keys].sort()).toEqual([...want].sort());
      for (const r of T2_ROWS[f]) {
        for (const c of r.cols) expect(c.kind, `t2.${r.key}.${c.key}`).toBe(FIELD_BY_KEY.get(`t2.${r.key}.${c.key}`)!.type);
      }
    });
  }
  it('table 三 rows have one role each and the arithmetic roles R1/R2 need', () => {
    for (const f of ['2019', '2021'] as const) {
      const roles = T3_ROWS[f].map((r) => r.role);
      expect(roles.filter((r) => r === 'new')).toHaveLength(1);
      expect(roles.filter((r) => r === 'total')).toHaveLength(1);
      expect(roles.filter((r) => r === 'result')).toHaveLength(f === '2021' ? 21 : 19);
    }
  });
});
