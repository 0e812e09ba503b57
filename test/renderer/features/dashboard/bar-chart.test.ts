// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../../src-renderer/features/dashboard/BarChart.js';
import { parseInput } from '../../../../src-renderer/features/review/field-model.js';

describe('chart ticks', () => {
  it('cover the maximum with round steps', () => {
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(640)).toEqual([0, 200, 400, 600, 800]);
    for (const m of [3, 17, 99, 1234, 50000]) expect(niceTicks(m).at(-1)!).toBeGreaterThanOrEqual(m);
  });
});

describe('typed cell input', () => {
  it('parses by field type', () => {
    expect(parseInput('int', ' 1,234 ')).toEqual({ ok: true, value: 1234 });
    expect(parseInput('int', '')).toEqual({ ok: true, value: null });
    expect(parseInput('int', '-1').ok).toBe(false);
    expect(parseInput('int', '1.5').ok).toBe(false);
    expect(parseInput('signed_int', '-3')).toEqual({ ok: true, value: -3 });
    expect(parseInput('signed_int', '+12')).toEqual({ ok: true, value: 12 });
    expect(parseInput('decimal', '0.35')).toEqual({ ok: true, value: 0.35 });
    expect(parseInput('int', '１２')).toEqual({ ok: true, value: 12 });
    expect(parseInput('text', ' 芙蓉街道办事处 ')).toEqual({ ok: true, value: '芙蓉街道办事处' });
  });
});
