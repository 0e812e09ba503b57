import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { extractMetadata } from '../../../../src-main/core/extract/metadata/index.js';

function meta(text: string, htmlTitle?: string) {
  const norm = normalize(text);
  const r = extractMetadata({ text, norm }, htmlTitle);
  return Object.fromEntries(r.fields.map((f) => [f.key, f.value]));
}

describe('extractMetadata', () => {
  it('reads a page header, a title and a byline', () => {
    expect(
      meta('来源: 柳北区政府 | 发布日期: 2018-01-15 09:12 | 作者: 政管办\n柳北区人民政府2017年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。'),
    ).toEqual({ agency: '柳北区人民政府', year: 2017, published: '2018-01-15' });
  });

  it('prefers the title line the report’s own period confirms over links to other years', () => {
    const text = '相关链接:\n某某区人民政府2015年政府信息公开工作年度报告\n某某区人民政府2016年政府信息公开工作年度报告\n本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。';
    expect(meta(text)).toMatchObject({ year: 2016, agency: '某某区人民政府' });
  });

  it('uses the HTML <title> when the text has no title', () => {
    expect(meta('一、总体情况\n我局按照要求。', '平潭综合实验区2021年政府信息公开工作年度报告')).toMatchObject({ year: 2021, agency: '平潭综合实验区' });
  });

  it('names a body compiled from others’ reports ("由市政府办公厅综合…编制而成")', () => {
    expect(meta('2012年度报告根据《条例》的要求,由市政府办公厅综合各区(县)人民政府和市级机关的政府信息公开年度报告编制而成。')).toMatchObject({
      agency: '市政府办公厅',
      year: 2012,
    });
  });

  it('falls back on how the report calls itself, and gives nothing when nothing is said', () => {
    expect(meta('一、总体情况\n我局按照要求。我局公开信息。')).toEqual({ agency: '我局' });
    expect(meta('一、概述\n工作正常。')).toEqual({});
    const notes = extractMetadata({ text: '一、概述', norm: normalize('一、概述') }).notes;
    expect(notes.map((n) => n.keys[0])).toEqual(['agency', 'year']);
    expect(notes[0].message).toMatch(/报告主体/);
  });
});
