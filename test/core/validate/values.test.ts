import { describe, expect, it } from 'vitest';
import { countOf, isBlankMark, numberOf, show } from '../../../src-main/core/validate/values.js';

describe('reading figures from reviewed fields', () => {
  const f = { a: 3, b: null, c: '—', d: '/', e: '无', g: ' 12 ', h: '1,234', i: 'abc', j: '' };

  it('absent, blank and numbers', () => {
    expect(numberOf(f, 'zz')).toBeUndefined();
    for (const k of ['b', 'c', 'd', 'e', 'j']) expect(numberOf(f, k), k).toBeNull();
    expect(numberOf(f, 'a')).toBe(3);
    expect(numberOf(f, 'g')).toBe(12);
    expect(numberOf(f, 'h')).toBe(1234);
    expect(numberOf(f, 'i')).toBeUndefined();
  });

  it('a blank counts as 0; shown as 空白', () => {
    expect(countOf(f, 'b')).toBe(0);
    expect(countOf(f, 'zz')).toBe(0);
    expect(show(null)).toBe('空白');
    expect(show(24252.311082)).toBe('24252.311082');
    expect(isBlankMark('－')).toBe(true);
    expect(isBlankMark('0')).toBe(false);
  });
});
