import { describe, expect, it } from 'vitest';
import { containment, jaccard, shingles } from '../../../src-main/core/validate/shingles.js';
import { goldReport } from './helpers.js';
import { sectionText } from '../../../src-main/core/validate/sections.js';

describe('shingles', () => {
  const five = sectionText(goldReport('pingtan-2021.txt'), 5)!;

  it('a text is identical to itself and survives changed figures and punctuation', () => {
    expect(jaccard(shingles(five), shingles(five))).toBe(1);
    const edited = five.replace(/\d+/g, '9').replace(/[,。]/g, '；');
    expect(jaccard(shingles(five), shingles(edited))).toBe(1);
  });

  it('a small edit keeps most shingles; different reports share few', () => {
    const edited = five.replace('政策解读形式不够丰富', '政策解读方式比较单一');
    expect(jaccard(shingles(five), shingles(edited))).toBeGreaterThan(0.9);
    const other = sectionText(goldReport('huaian-2024-raw.txt'), 5)!;
    expect(jaccard(shingles(five), shingles(other))).toBeLessThan(0.2);
  });

  it('containment: half of A inside B', () => {
    const half = five.slice(0, Math.floor(five.length / 2));
    expect(containment(shingles(half), shingles(five))).toBeGreaterThan(0.95);
    expect(containment(shingles(five), shingles(half))).toBeLessThan(0.6);
  });
});
