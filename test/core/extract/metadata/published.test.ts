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

describe('findPublished: headers the corpus does not show', () => {
  it.each([
    ['发布时间：2023-01-30 10:28:35 来源：市生态环境局 字号：[大 中 小]', '2023-01-30'],
    ['发布日期：2022年01月28日', '2022-01-28'],
    ['来源：某某县人民政府办公室 发布时间：2022/01/25', '2022-01-25'],
    ['信息来源 | 某某市公安局朝阳分局 | 公开日期 | 2022.01.20', '2022-01-20'],
    ['【发布时间：2023年01月30日 09:30:12】【来源：某某区人民政府】', '2023-01-30'],
    ['发布于：2023-1-9 浏览量：36', '2023-01-09'],
    ['公开时间：2023-02-01', '2023-02-01'],
    ['发布日期：二〇二三年一月三十日', '2023-01-30'],
    ['发布日期\n2023-01-30', '2023-01-30'],
  ])('reads %j', (line, date) => expect(pub(line, 2022)).toBe(date));

  it('the signing date (成文日期) is not the publication, wherever it stands', () => {
    expect(pub('索引号 | 11 | 生成日期 | 2023-01-18\n成文日期 | 2023-01-10', 2022)).toBe('2023-01-18');
    expect(pub('成文日期：2023年1月10日\n某某乡人民政府2022年政府信息公开工作年度报告\n发布日期：2023年1月16日', 2022)).toBe('2023-01-16');
    expect(pub('成文日期：2023-01-10', 2022)).toBeUndefined();
    expect(pub('成 文 日 期：2023-01-10', 2022)).toBeUndefined();
    expect(pub('填报 日期：2023-01-10', 2022)).toBeUndefined();
  });

  it('a 2022 report is published in 2023: the report year does not rule the date out', () => {
    expect(pub('发布时间：2023-01-30', 2022)).toBe('2023-01-30');
    expect(pub('发布时间：2021-12-30', 2022)).toBeUndefined();
  });

  it('takes no impossible date', () => {
    expect(pub('发布日期：2023-02-30')).toBeUndefined();
    expect(pub('发布日期：2023-13-01')).toBeUndefined();
  });
});


describe('an unlabelled byline date next to the title', () => {
  const titled = (text: string, year?: number) => {
    const t = normalize(text).text;
    return findPublished(t, year, 3000, [t.indexOf('政府信息公开工作年度报告')])?.value;
  };

  it('reads "日期 来源:…" and "来源：… 日期" on the line under the title', () => {
    expect(titled('2021年某某路街道政府信息公开工作年度报告\n某某路街道办事处\n2022年01月18日来源:1\n[字体: ] 打印', 2021)).toBe('2022-01-18');
    expect(titled('某某县2021年政府信息公开工作年度报告\n来源：某某县政府办 2022-01-20 10:31\n一、总体情况', 2021)).toBe('2022-01-20');
    expect(titled('某某县2021年政府信息公开工作年度报告\n2022-01-21 09:00 浏览次数：35\n一、总体情况', 2021)).toBe('2022-01-21');
  });

  it('never takes the signing date, a date in a sentence, or a date without a title', () => {
    // the signing date stands alone on its line
    expect(titled('某某乡2021年政府信息公开工作年度报告\n一、总体情况\n工作正常。\n某某乡人民政府\n2022年1月10日', 2021)).toBeUndefined();
    expect(titled('某某乡2021年政府信息公开工作年度报告\n2022年1月10日，我乡召开会议，来源广泛。', 2021)).toBeUndefined();
    expect(pub('某某乡2021年政府信息公开工作年度报告\n2022年01月18日来源:1', 2021)).toBeUndefined();
    // a labelled date near the title wins
    expect(titled('某某乡2021年政府信息公开工作年度报告\n2022年01月18日来源:1 发布日期：2022-01-19', 2021)).toBe('2022-01-19');
  });
});
