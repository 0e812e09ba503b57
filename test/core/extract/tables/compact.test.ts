import { describe, expect, it } from 'vitest';
import { compactOf, findLabel, hasLabel, sourceRange } from '../../../../src-main/core/extract/tables/compact.js';

describe('compact text', () => {
  it('drops whitespace and folds full-width, keeping a map to the source', () => {
    const src = '商业\n企业 | （一） 予以公开';
    const c = compactOf(src);
    expect(c.text).toBe('商业企业|(一)予以公开');
    const hit = findLabel(c, ['予以公开'])!;
    const r = sourceRange(c, hit.cStart, hit.cEnd);
    expect(src.slice(r.start, r.end)).toBe('予以公开');
  });
  it('matches labels split across lines or with spaces inside (real header cells)', () => {
    expect(hasLabel('自 然 人', ['自然人'])).toBe(true);
    expect(hasLabel('结 果 维 持', ['结果维持'])).toBe(true);
    expect(hasLabel('科研\n机构', ['科研机构'])).toBe(true);
  });
  it('prefers the earliest hit, and at one position the longest alias', () => {
    const c = compactOf('规章 | 0\n行政规范性文件 | 1');
    expect(findLabel(c, ['规范性文件', '行政规范性文件'])!.alias).toBe('行政规范性文件');
  });
});
