import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { findPublished } from '../../../../src-main/core/extract/metadata/published.js';

const pub = (text: string, year?: number) => findPublished(normalize(text).text, year)?.value;

describe('findPublished', () => {
  it.each([
    ['來源: 柳北區(qū)政府  |   發(fā)布日期: 2018-01-15 09:12    |  作者: 政管辦', '2018-01-15'],
    ['索引号: | WL801-20220125-234953 | 发布机构: | |\n发文日期: | 2022-01-25 | 主题分类: | 区直部门', '2022-01-25'],
    ['发 布 机 构: 区教育局 发布时间: 2017年01月24日', '2017-01-24'],
    ['来源:区人民政府办公室 时间:2017-01-12 10:01', '2017-01-12'],
    ['成文日期 | 发布日期 | 2022-04-06 |', '2022-04-06'],
    ['- 公文生成日期:2018-01-29', '2018-01-29'],
    ['撰写时间\n2024年01月12日 17:12:21', '2024-01-12'],
    ['信息来源:县政府办 日期:2018-03-20', '2018-03-20'],
    ['发布时间:[2019-02-01] 点击数:', '2019-02-01'],
    ['双塔区前进街道2020年政府信息公开工作年度报告\n更新日期:2021-01-20 信息来源:双塔区政务公开办', '2021-01-20'],
  ])('reads %j', (line, date) => {
    expect(pub(line)).toBe(date);
  });

  it('prefers 发布日期 over 生成日期 and ignores 成文日期', () => {
    expect(pub('生成日期: 2018-03-29 00:00:00\n发布日期:2018-03-30 00:00')).toBe('2018-03-30');
    expect(pub('成文日期:2020-01-21')).toBeUndefined();
    expect(pub('填报日期:2018.2.12')).toBeUndefined();
  });

  it('does not take signing or 印发 dates, nor a date before the report year', () => {
    expect(pub('信丰县人民政府办公室                   2018年1月12日印发', 2017)).toBeUndefined();
    expect(pub('发布日期: 2015-01-15', 2017)).toBeUndefined();
  });

  it('points its span at the written date', () => {
    const text = normalize('发布时间: 2017-01-18 15:57').text;
    const p = findPublished(text)!;
    expect(text.slice(p.span.start, p.span.end)).toBe('2017-01-18');
  });
});
