import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseFigure } from '../../../src-main/core/extract/chinese-number.js';

describe('Chinese numerals', () => {
  it.each([
    ['四十', 40], ['十二', 12], ['十', 10], ['一百零五', 105], ['两', 2], ['三千五百', 3500], ['一万二千', 12000], ['五', 5],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('parses Arabic figures with separators and rejects other text', () => {
    expect(parseFigure('3,500')).toBe(3500);
    expect(parseFigure('62.5')).toBe(62.5);
    expect(parseChineseNumeral('四十余')).toBeUndefined();
  });
});
