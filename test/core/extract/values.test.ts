import { describe, expect, it } from 'vitest';
import { isBlankMark, parseCount, parseDecimal, parseSigned, moneyUnit } from '../../../src-main/core/extract/values.js';

describe('parseCount', () => {
  it('reads plain, full-width, padded and separated counts with the span of the digits', () => {
    expect(parseCount('12')).toEqual({ value: 12, start: 0, end: 2 });
    expect(parseCount('１２')).toEqual({ value: 12, start: 0, end: 2 });
    expect(parseCount('\u00a05')).toEqual({ value: 5, start: 1, end: 2 });
    expect(parseCount(' 1,234 ')).toEqual({ value: 1234, start: 1, end: 6 });
    expect(parseCount('1，234')?.value).toBe(1234);
    expect(parseCount('41105条')).toEqual({ value: 41105, start: 0, end: 5 });
  });
  it('treats blank marks as null', () => {
    for (const s of ['', ' ', '—', '/', '无', '－', '——']) expect(parseCount(s)?.value).toBeNull();
  });
  it('rejects labels, decimals and two numbers', () => {
    expect(parseCount('规章')).toBeUndefined();
    expect(parseCount('1.5')).toBeUndefined();
    expect(parseCount('1 2')).toBeUndefined();
    expect(parseCount('12,34')).toBeUndefined();
  });
});

describe('parseSigned', () => {
  it('reads signs and words', () => {
    expect(parseSigned('+12')).toEqual({ value: 12, start: 0, end: 3 });
    expect(parseSigned('-3')?.value).toBe(-3);
    expect(parseSigned('－3')?.value).toBe(-3);
    expect(parseSigned('−3')?.value).toBe(-3);
    expect(parseSigned('增加3')?.value).toBe(3);
    expect(parseSigned('减少2')?.value).toBe(-2);
    expect(parseSigned('0')?.value).toBe(0);
    expect(parseSigned('—')?.value).toBeNull();
    expect(parseSigned('增减')).toBeUndefined();
  });
});

describe('parseDecimal', () => {
  it('keeps the figure in its written unit', () => {
    expect(parseDecimal('24252.311082')?.value).toBe(24252.311082);
    expect(parseDecimal('75394432.52元')).toEqual({ value: 75394432.52, start: 0, end: 11 });
    expect(parseDecimal('1,234.5 万元')?.value).toBe(1234.5);
    expect(moneyUnit('75394432.52元')).toBe('元');
    expect(parseDecimal('/')?.value).toBeNull();
    expect(parseDecimal('约')).toBeUndefined();
  });
  it('knows blank marks', () => {
    expect(isBlankMark(' / ')).toBe(true);
    expect(isBlankMark('0')).toBe(false);
  });
});
